// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectionstringkeys.h"
#include "qlikescape.h"

#include <QMetaType>
#include <QStringList>

#include <functional>

namespace Qonduit::Testing {

// Every field of the settings as "field=value" lines, lists one line per row ("queryHeaders[1]=name: value"),
// so that a failing comparison shows which field differs.
inline QStringList dump(const ConnectionSettings &settings)
{
    QStringList lines;
    for (const auto &key : ConnectionStringKeys::all()) {
        if (key.placement == ConnectionStringKeys::Placement::Legacy || key.field == u"provider")
            continue;
        const QString value = key.get(settings);
        if (!key.isList) {
            lines.append(key.field.toString() + u'=' + value);
            continue;
        }
        const auto rows = QlikEscape::decodeList(value);
        for (qsizetype i = 0; rows && i < rows.value().size(); ++i)
            lines.append(QStringLiteral("%1[%2]=%3: %4")
                             .arg(key.field)
                             .arg(i)
                             .arg(rows.value()[i].name, rows.value()[i].value));
    }
    lines.append(QStringLiteral("name=") + settings.name);
    lines.append(QStringLiteral("authentication.userName=") + settings.authentication.userName);
    lines.append(QStringLiteral("authentication.password=") + settings.authentication.password);
    lines.append(QStringLiteral("certificates.pfxPassword=") + settings.certificates.pfxPassword);
    const TokenSettings &t = settings.token;
    lines.append(QStringLiteral("token=%1 %2 %3 id=%4 basic=%5 scope=%6 audience=%7 user=%8 path=%9")
                     .arg(int(t.source))
                     .arg(t.url)
                     .arg(int(t.grant))
                     .arg(t.clientId)
                     .arg(t.clientSecretAsBasic)
                     .arg(t.scope, t.audience, t.userName, t.tokenPath));
    lines.append(QStringLiteral("token.send=%1 %2 [%3] method=%4 body=%5")
                     .arg(int(t.placement))
                     .arg(t.placementName, t.valuePrefix)
                     .arg(int(t.method))
                     .arg(t.body));
    for (const NameValue &field : t.extraFields)
        lines.append(QStringLiteral("token.extraFields=%1: %2").arg(field.name, field.value));
    for (const NameValue &header : t.headers)
        lines.append(QStringLiteral("token.headers=%1: %2").arg(header.name, header.value));
    for (qsizetype i = 0; i < settings.variables.size(); ++i) {
        const Variable &variable = settings.variables[i];
        lines.append(QStringLiteral("variables[%1]=%2: %3%4")
                         .arg(i)
                         .arg(variable.name, variable.testValue,
                             variable.secret ? QStringLiteral(" (secret)") : QString()));
    }
    return lines;
}

// A change to settings, for data-driven tests.
using SettingsEdit = std::function<void(ConnectionSettings &)>;

} // namespace Qonduit::Testing

Q_DECLARE_METATYPE(Qonduit::Testing::SettingsEdit)
