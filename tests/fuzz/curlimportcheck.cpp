// SPDX-License-Identifier: MIT
#include "curlimportcheck.h"

#include "connectionstring.h"
#include "curlimport.h"

using namespace Qonduit;
using namespace Qt::StringLiterals;

QString checkCurlImport(const QByteArray &bytes)
{
    const auto imported = CurlImport::read(QString::fromUtf8(bytes));
    if (!imported)
        return imported.error().isEmpty() ? u"an error without a message"_s : QString();
    const ConnectionSettings &settings = imported.value().settings;
    if (settings.request.url.isEmpty())
        return u"imported without a URL"_s;
    const QString statement = ConnectionString::writeStatement(settings);
    const auto again = ConnectionString::read(statement);
    if (!again)
        return u"the imported connection's statement does not read back: "_s + again.error().toString();
    if (ConnectionString::writeStatement(again.value()) != statement)
        return u"the imported connection's statement is not stable"_s;
    return {};
}
