#include "connectioninput.h"

#include "connectionfile.h"
#include "connectionstring.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
// The context translators see for the messages of this file.
struct ConnectionInputText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFile)
};
} // namespace

namespace Qonduit::ConnectionInput {

Expected<Read, QString> read(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8); // skips a leading BOM
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return ConnectionInputText::tr("the input is not valid UTF-8 text");

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
