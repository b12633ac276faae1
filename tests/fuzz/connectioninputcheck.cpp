// SPDX-License-Identifier: MIT
#include "connectioninputcheck.h"

#include "connectionfile.h"
#include "connectioninput.h"
#include "connectionstring.h"
#include "connectionvalidator.h"
#include "qlikvocabulary.h"

#include <QStringDecoder>

using namespace Qonduit;
using namespace Qt::StringLiterals;

QString checkConnectionInput(const QByteArray &bytes)
{
    const auto read = ConnectionInput::read(bytes);
    if (!read)
        return read.error().isEmpty() ? u"an error without a message"_s : QString();
    const ConnectionSettings &settings = read.value().settings;
    validate(settings);

    // Whatever was read writes a statement that reads back and writes the same string again.
    const QString written = ConnectionString::write(settings);
    const auto again = ConnectionString::read(ConnectionString::writeStatement(settings));
    if (!again)
        return u"the written statement does not read back: "_s + again.error().toString();
    if (ConnectionString::write(again.value()) != written)
        return u"writing is not stable: "_s + written;

    // A bare string reads and writes back byte for byte (surrounding white space aside).
    if (read.value().kind == ConnectionInput::Kind::ConnectionString) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = QString(decoder.decode(bytes)).trimmed();
        const bool bare = !text.startsWith(u'"') && !text.startsWith(u'\'')
            && !text.startsWith(u"custom"_s, Qt::CaseInsensitive);
        if (bare && written != text)
            return u"round trip changed the bytes: "_s + written;
    }

    // The connection file keeps everything but QlikView's password, which it never writes.
    const auto reloaded = ConnectionFile::read(ConnectionFile::write(settings));
    if (!reloaded)
        return u"the connection file does not read back: "_s + reloaded.error();
    if (!written.contains(Qlik::Key::QlikViewPassword, Qt::CaseInsensitive)
        && ConnectionString::write(reloaded.value()) != written)
        return u"the connection file changed the string"_s;
    return {};
}
