// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// qonduit-cli import curl|openapi|postman|insomnia|har FILE ...; arguments after "import". Returns the
// exit code.
int runImportCommand(const QStringList &arguments);
