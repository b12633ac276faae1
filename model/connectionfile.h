// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Qonduit::ConnectionFile {

// [ours]: the file Qonduit saves a connection in. JSON, every field but the secrets (passwords are
// never written), and the layout of the connection string it was read from, so that unknown keys
// and the original key order survive a save.
inline constexpr QStringView Extension = u".qonduit";
inline constexpr QStringView FormatName = u"qonduit-connection";
inline constexpr int FormatVersion = 1;

// Secret header values (isSecretHeader: Authorization, API keys, tokens) are left empty in the file.
QByteArray write(const ConnectionSettings &settings);
// Empties the values of secret headers, in the list and in the layout of the string that was read.
void withoutSecretHeaderValues(ConnectionSettings &settings);

// The error names the JSON path of the field that is wrong ("request.timeoutSeconds: ...").
Expected<ConnectionSettings, QString> read(const QByteArray &json);

} // namespace Qonduit::ConnectionFile
