// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QString>
#include <QStringView>

namespace Qonduit {

struct ConnectionParseError
{
    QString key; // the key being read; empty when the problem is outside any pair
    qsizetype position = 0; // 1-based character position in the text that was read
    QString message;
    // "character 57, key timeout: "abc" is not a whole number of seconds"
    QString toString() const;
};

using ConnectionReadResult = Expected<ConnectionSettings, ConnectionParseError>;

// Qlik's connection string (docs/qlik-formats.md section 1).
namespace ConnectionString {

// Reads a statement `CUSTOM CONNECT TO "...";` (or with single quotes), a quoted string, or the bare
// `provider=...;` string. The settings remember the string's layout, so that writing them back gives
// the same bytes and keeps unknown keys.
ConnectionReadResult read(QStringView text);

// The string as it stands between the quotes: the layout of the string that was read, with every
// changed value written anew; for settings made from scratch, every key in Qlik's order.
QString write(const ConnectionSettings &settings);

// `CUSTOM CONNECT TO "...";` with the quote character of the string that was read (a quote character
// inside is doubled, as in every Qlik script string).
QString writeStatement(const ConnectionSettings &settings);

} // namespace ConnectionString
} // namespace Qonduit
