// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// qonduit-cli script INPUT [--response FILE] [--select SPEC] [--name NAME] [--qlikview] [--with-connection]
int runScriptCommand(const QStringList &arguments);
