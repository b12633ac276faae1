// SPDX-License-Identifier: MIT
#include "bodyformatter.h"

#include <QJsonDocument>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Qonduit {

namespace {

QString indentedXml(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    const bool declared = body.trimmed().startsWith("<?xml");
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            return {};
        // Whitespace is the writer's to make; a declaration only where the body had one.
        if (reader.isWhitespace() || (reader.isStartDocument() && !declared))
            continue;
        writer.writeCurrentToken(reader);
    }
    while (out.startsWith(u'\n'))
        out.remove(0, 1); // what the writer puts before the first element when there is no declaration
    return out;
}

} // namespace

QString prettyBody(const QByteArray &body, ResponseType type, qint64 totalSize, qsizetype limit)
{
    const QByteArray shown = body.left(limit);
    QString text;
    if (shown.size() == body.size() && shown.size() == totalSize) {
        if (type == ResponseType::Json) {
            const QJsonDocument document = QJsonDocument::fromJson(shown);
            if (!document.isNull())
                text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        } else if (type == ResponseType::Xml) {
            text = indentedXml(shown);
        }
    }
    if (text.isEmpty())
        text = QString::fromUtf8(shown);
    if (totalSize > shown.size()) {
        text += QStringLiteral("\n\n[%1 of %2 shown]")
                    .arg(QLocale::c().formattedDataSize(shown.size()),
                        QLocale::c().formattedDataSize(totalSize));
    }
    return text;
}

} // namespace Qonduit
