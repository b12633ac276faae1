// SPDX-License-Identifier: MIT
#include "connectioninput.h"

#include "connectionfile.h"
#include "connectionstring.h"
#include "messagecontext.h"

#include <QStringDecoder>

namespace Qonduit::ConnectionInput {

Expected<Read, QString> read(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8); // skips a leading BOM
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Messages::ConnectionFile::tr("the input is not valid UTF-8 text");

    if (text.trimmed().startsWith(u'{')) {
        auto settings = ConnectionFile::read(bytes);
        if (!settings)
            return settings.error();
        return Read {std::move(settings).value(), Kind::ConnectionFile};
    }
    auto settings = ConnectionString::read(text);
    if (!settings)
        return settings.error().toString();
    return Read {std::move(settings).value(), Kind::ConnectionString};
}

} // namespace Qonduit::ConnectionInput
