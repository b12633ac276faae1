// SPDX-License-Identifier: MIT
#include "responsetype.h"

#include "messagecontext.h"
#include "schema/csvparser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

#include <algorithm>

namespace Qonduit {

QString responseTypeName(ResponseType type)
{
    switch (type) {
    case ResponseType::Json:
        return QStringLiteral("JSON");
    case ResponseType::Xml:
        return QStringLiteral("XML");
    case ResponseType::Csv:
        return QStringLiteral("CSV");
    case ResponseType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

QByteArray withoutBom(const QByteArray &body)
{
    return body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
}

bool looksLikeCsv(const QByteArray &body)
{
    return CsvParser::looksLikeCsv(std::string_view(body.constData(), std::size_t(body.size())));
}

} // namespace

bool isNewlineDelimitedJson(std::string_view text, qint64 offset)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t first = 0;
    while (first < text.size() && isSpace(text[first]))
        ++first;
    if (first == text.size() || (text[first] != '{' && text[first] != '['))
        return false;
    std::size_t at = std::size_t(std::clamp<qint64>(offset, 0, qint64(text.size())));
    std::size_t before = at;
    while (before > 0 && isSpace(text[before - 1]))
        --before;
    while (at < text.size() && isSpace(text[at]))
        ++at;
    const bool lineBreak = text.substr(before, at - before).find('\n') != std::string_view::npos;
    return lineBreak && at < text.size() && (text[at] == '{' || text[at] == '[');
}

QString newlineDelimitedJsonSentence()
{
    return Messages::ResponseType::tr(
        "The response is newline-delimited JSON (one JSON value per line, as streaming APIs send it), "
        "which Qlik's REST connector does not read either: ask the API for a JSON array instead.");
}

ResponseTypeCheck detectResponseType(const QByteArray &contentType, const QByteArray &rawBody, bool complete)
{
    const QByteArray type = contentType.toLower();
    const QByteArray body = withoutBom(rawBody);
    const QByteArray start = body.left(512).trimmed();

    ResponseTypeCheck check;
    if (type.contains("json") || (type.isEmpty() && (start.startsWith('{') || start.startsWith('['))))
        check.type = ResponseType::Json;
    else if (type.contains("xml")
        || (!type.contains("html") && start.startsWith('<') && !start.toLower().startsWith("<!doctype html")
            && !start.toLower().startsWith("<html")))
        check.type = ResponseType::Xml;
    else if (type.contains("csv") || (type.startsWith("text/plain") && looksLikeCsv(body)))
        check.type = ResponseType::Csv;
    else if (!type.contains("html") && looksLikeCsv(body))
        check.type = ResponseType::Csv; // lines that split evenly are CSV rather than unknown

    // A NUL byte is text in none of the three: some readers would stop at it and call the rest valid.
    if (check.type != ResponseType::Unknown) {
        if (const qsizetype nul = body.left(64 * 1024 * 1024).indexOf('\0'); nul >= 0) {
            check.problem = Messages::ResponseType::tr(
                "The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text "
                "may contain.")
                                .arg(nul);
            return check;
        }
    }

    switch (check.type) {
    case ResponseType::Json: {
        // Whole-document checks are for test connection's sizes; big bodies are parsed by the schema pass.
        if (!complete || body.size() > 64 * 1024 * 1024)
            break;
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        // QJsonDocument takes only objects and arrays at the top; a lone scalar is valid JSON too.
        if (error.error != QJsonParseError::NoError && !start.isEmpty() && !start.startsWith('{')
            && !start.startsWith('[')) {
            QJsonParseError wrapped;
            QJsonDocument::fromJson('[' + body + ']', &wrapped);
            if (wrapped.error == QJsonParseError::NoError)
                error = wrapped;
        }
        if (error.error == QJsonParseError::GarbageAtEnd
            && isNewlineDelimitedJson(
                std::string_view(body.constData(), std::size_t(body.size())), error.offset))
            check.problem = newlineDelimitedJsonSentence();
        else if (error.error != QJsonParseError::NoError)
            check.problem = Messages::ResponseType::tr(
                "The response says it is JSON but is not valid JSON: %1 at byte %2.")
                                .arg(error.errorString())
                                .arg(error.offset);
        break;
    }
    case ResponseType::Xml: {
        QXmlStreamReader xml(body.left(64 * 1024 * 1024));
        while (!xml.atEnd() && !xml.hasError())
            xml.readNext();
        const bool cutShort = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !complete;
        if (xml.hasError() && !cutShort)
            check.problem
                = Messages::ResponseType::tr("The response is not valid XML: %1 at line %2, column %3.")
                      .arg(xml.errorString())
                      .arg(xml.lineNumber())
                      .arg(xml.columnNumber());
        break;
    }
    case ResponseType::Csv:
        break;
    case ResponseType::Unknown:
        check.problem
            = Messages::ResponseType::tr("The response is neither JSON, XML nor CSV (Content-Type %1).")
                  .arg(contentType.isEmpty() ? QStringLiteral("missing") : QString::fromLatin1(contentType));
        break;
    }
    return check;
}

} // namespace Qonduit
