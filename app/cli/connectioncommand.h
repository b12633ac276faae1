// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// qonduit-cli connection print|validate ...; arguments after "connection". Returns the exit code.
int runConnectionCommand(const QStringList &arguments);
