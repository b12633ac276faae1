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
