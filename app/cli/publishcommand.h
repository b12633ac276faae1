// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// qonduit-cli publish INPUT --name NAME (--cloud URL --space ID | --qrs URL) [--dry-run] ...
int runPublishCommand(const QStringList &arguments);
