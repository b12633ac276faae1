// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QByteArray>
#include <QString>

namespace Qonduit::ConnectionInput {

enum class Kind { ConnectionString, ConnectionFile };

struct Read
{
    ConnectionSettings settings;
    Kind kind = Kind::ConnectionString;
};

// Whatever a user may hand us as a connection: a `.qonduit` file (JSON), or text holding a
// `CUSTOM CONNECT TO` statement, a quoted string or a bare string, in UTF-8 with or without a BOM.
// The error says where the problem is.
Expected<Read, QString> read(const QByteArray &bytes);

} // namespace Qonduit::ConnectionInput
