#include "responsetype.h"

#include "messagecontext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

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
    // Two lines or more with the same number (> 0) of one delimiter.
    const QList<QByteArray> lines = body.left(64 * 1024).split('\n');
    if (lines.size() < 2)
        return false;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        const auto count = lines[0].count(delimiter);
        if (count > 0 && lines[1].count(delimiter) == count)
            return true;
    }
    return false;
}

} // namespace

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
    else if (type.isEmpty() && looksLikeCsv(body))
        check.type = ResponseType::Csv;

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
        if (error.error != QJsonParseError::NoError)
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
