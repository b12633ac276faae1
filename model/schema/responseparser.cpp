// SPDX-License-Identifier: MIT
#include "schema/responseparser.h"

#include "responsetype.h"
#include "schema/csvparser.h"
#include "schema/jsonparser.h"
#include "schema/xmlparser.h"

#include <QStringDecoder>

#include <array>

namespace Qonduit {

QString responseFormatName(ResponseFormat format)
{
    switch (format) {
    case ResponseFormat::Auto:
        return QStringLiteral("auto");
    case ResponseFormat::Json:
        return QStringLiteral("json");
    case ResponseFormat::Xml:
        return QStringLiteral("xml");
    case ResponseFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ResponseFormat> responseFormatFromName(QStringView name)
{
    for (ResponseFormat format :
        {ResponseFormat::Auto, ResponseFormat::Json, ResponseFormat::Xml, ResponseFormat::Csv}) {
        if (name.compare(responseFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::unique_ptr<ResponseParser> ResponseParser::create(ResponseFormat format, const CsvOptions &csv)
{
    switch (format) {
    case ResponseFormat::Xml:
        return std::make_unique<XmlParser>();
    case ResponseFormat::Csv:
        return std::make_unique<CsvParser>(csv);
    case ResponseFormat::Auto:
    case ResponseFormat::Json:
        break;
    }
    return std::make_unique<JsonParser>();
}

ResponseFormat detectResponseFormat(const QByteArray &contentType, std::string_view body)
{
    const QByteArray start
        = QByteArray::fromRawData(body.data(), qsizetype(std::min<std::size_t>(body.size(), 64 * 1024)));
    switch (detectResponseType(contentType, start, false).type) {
    case ResponseType::Xml:
        return ResponseFormat::Xml;
    case ResponseType::Csv:
        return ResponseFormat::Csv;
    case ResponseType::Json:
    case ResponseType::Unknown:
        break;
    }
    return ResponseFormat::Json;
}

namespace {

// Windows-1252's 0x80..0x9F; the rest of the byte range is Latin-1.
constexpr std::array<char16_t, 32> Windows1252High {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string_view toUtf8Text(std::string_view body, TextEncoding encoding, QByteArray &storage)
{
    const bool utf16le = startsWith(body, "\xFF\xFE");
    const bool utf16be = startsWith(body, "\xFE\xFF");
    if (encoding == TextEncoding::Utf16 || (encoding == TextEncoding::Auto && (utf16le || utf16be))) {
        QStringDecoder decoder(utf16be ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
        const std::string_view data = (utf16le || utf16be) ? body.substr(2) : body;
        const QString text = decoder.decode(QByteArrayView(data.data(), qsizetype(data.size())));
        storage = text.toUtf8();
        return std::string_view(storage.constData(), std::size_t(storage.size()));
    }
    if (encoding == TextEncoding::Latin1) {
        QString text(qsizetype(body.size()), Qt::Uninitialized);
        QChar *out = text.data();
        for (std::size_t i = 0; i < body.size(); ++i) {
            const auto byte = static_cast<unsigned char>(body[i]);
            out[i]
                = byte >= 0x80 && byte <= 0x9F ? QChar(Windows1252High[byte - 0x80]) : QChar(char16_t(byte));
        }
        storage = text.toUtf8();
        return std::string_view(storage.constData(), std::size_t(storage.size()));
    }
    if (startsWith(body, "\xEF\xBB\xBF"))
        return body.substr(3);
    return body;
}

void locate(std::string_view text, qint64 offset, ParseProblem &problem)
{
    const std::size_t end = std::min<std::size_t>(std::size_t(std::max<qint64>(offset, 0)), text.size());
    qint64 line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    problem.line = line;
    problem.column = qint64(end - lineStart) + 1;
}

} // namespace Qonduit
