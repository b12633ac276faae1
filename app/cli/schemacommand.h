#pragma once

#include <QStringList>

// qonduit-cli schema INPUT [--response FILE] [--format auto|json|xml|csv] [--all-pages] [--json]
int runSchemaCommand(const QStringList &arguments);
