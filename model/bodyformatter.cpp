// SPDX-License-Identifier: MIT
#include "bodyformatter.h"

#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <algorithm>

namespace Qonduit {

namespace {

// `complete`: the whole body; otherwise its first part, indented as far as it goes.
QString indentedXml(const QByteArray &body, bool complete)
{
    QXmlStreamReader reader(body);
    const bool declared = body.trimmed().startsWith("<?xml");
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError()) {
            if (complete || reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return {};
            writer.writeCharacters(QString()); // closes a start tag the writer holds open for attributes
            break;
        }
        // Whitespace is the writer's to make; a declaration only where the body had one.
        if (reader.isWhitespace() || (reader.isStartDocument() && !declared))
            continue;
        writer.writeCurrentToken(reader);
    }
    while (out.startsWith(u'\n'))
        out.remove(0, 1); // what the writer puts before the first element when there is no declaration
    return out;
}

// Whether a whole body is JSON, as far as indenting goes: a number too big for a double stops RapidJSON
// but is JSON (the tables keep it as text), so the body is taken as it is from there.
bool isValidJson(std::string_view text)
{
    rapidjson::Reader reader;
    rapidjson::StringStream stream(text.data()); // a QByteArray's data ends with a NUL
    rapidjson::BaseReaderHandler<> ignore;
    const rapidjson::ParseResult result = reader.Parse<rapidjson::kParseValidateEncodingFlag>(stream, ignore);
    if (result.Code() == rapidjson::kParseErrorNumberTooBig)
        return text.find('\0') == std::string_view::npos;
    return !result.IsError() && stream.Tell() == text.size();
}

} // namespace

QByteArray indentedJson(std::string_view text)
{
    QByteArray out;
    out.reserve(qsizetype(text.size() + text.size() / 2));
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newLine = [&] {
        out += '\n';
        out.append(qsizetype(depth) * 4, ' ');
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '\n':
            // Between values at the top (newline-delimited JSON) a line break stays one.
            if (depth == 0 && !out.isEmpty() && !out.endsWith('\n'))
                out += '\n';
            break;
        case ' ':
        case '\t':
        case '\r':
            break;
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            std::size_t next = i + 1;
            while (
                next < text.size() && std::string_view(" \t\r\n").find(text[next]) != std::string_view::npos)
                ++next;
            if (next < text.size() && text[next] == (c == '{' ? '}' : ']')) {
                out += c;
                out += text[next];
                i = next;
                break;
            }
            out += c;
            ++depth;
            newLine();
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newLine();
            out += c;
            break;
        case ',':
            out += c;
            newLine();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    if (depth == 0 && !inString && !out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    return out;
}

QString prettyBody(const QByteArray &body, ResponseType type, qint64 totalSize, qsizetype limit)
{
    const QByteArray shown = body.left(limit);
    const bool complete = shown.size() == body.size() && shown.size() == totalSize;
    const std::string_view view(shown.constData(), std::size_t(shown.size()));
    QString text;
    // A whole body is indented only when it is what it says; its first part as far as it goes.
    if (type == ResponseType::Json && (!complete || isValidJson(view)))
        text = QString::fromUtf8(indentedJson(view));
    else if (type == ResponseType::Xml)
        text = indentedXml(shown, complete);
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
