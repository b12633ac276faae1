// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QList>
#include <QString>
#include <QStringView>

// The escaping inside Qlik connection-string values (docs/qlik-formats.md): '%' '%%', ';' '%1', '=' '%2',
// '"' '%3'.
// It is not URL percent-encoding: "token%26abc" means "token=6abc".
namespace Qonduit::QlikEscape {

QString escape(QStringView text);

struct Unescaped
{
    QString text;
    // Offsets in the input of every '%' that starts no known escape (such as "%u"). Qlik accepts
    // strings with these, so they are kept as written; validation reports them.
    QList<qsizetype> unknownEscapes;
};
Unescaped unescape(QStringView text);

// A list (query parameters, headers, trusted locations, whitelist) is a connection string in a value:
// items "escape(name)=escape(value)" joined by ';'. These give and take the list's text before the
// outer escape that every value gets.
QString encodeList(const QList<NameValue> &items);

struct ListError
{
    qsizetype offset = 0; // in the list text
    QString message;
};
Expected<QList<NameValue>, ListError> decodeList(QStringView listText);

} // namespace Qonduit::QlikEscape
