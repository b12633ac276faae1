// SPDX-License-Identifier: MIT
#pragma once

#include "schema/treeevents.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace Qonduit {

enum class ResponseFormat { Auto, Json, Xml, Csv };
enum class TextEncoding { Auto, Utf8, Utf16, Latin1 }; // Latin1 reads Windows-1252, its superset

QString responseFormatName(ResponseFormat format); // "auto", "json", "xml", "csv"
std::optional<ResponseFormat> responseFormatFromName(QStringView name);

struct CsvOptions
{
    char delimiter = 0; // 0: detected among , ; tab |
    char quote = '"'; // 0: no quoting
    bool header = true;
    TextEncoding encoding = TextEncoding::Auto;
    bool operator==(const CsvOptions &) const = default;
};

// Where a parse stopped and why; empty message when it read everything.
struct ParseProblem
{
    QString message;
    qint64 offset = -1; // byte offset in the (UTF-8) text
    qint64 line = 0; // 1-based; 0 when not known
    qint64 column = 0;
    bool isEmpty() const { return message.isEmpty(); }
};

// One class per format, each streaming its input into TreeEvents without building a tree of its own.
class ResponseParser
{
public:
    virtual ~ResponseParser() = default;
    virtual ResponseFormat format() const = 0;
    // `text` is UTF-8 (see toUtf8Text); `events` may stop the parse through keepGoing().
    virtual ParseProblem parse(std::string_view text, TreeEvents &events) = 0;

    // The byte after the text is a readable NUL (a QByteArray's own data): parsers may read faster.
    void setTextEndsWithNul(bool ends) { m_textEndsWithNul = ends; }
    bool textEndsWithNul() const { return m_textEndsWithNul; }

    static std::unique_ptr<ResponseParser> create(ResponseFormat format, const CsvOptions &csv = {});

private:
    bool m_textEndsWithNul = false;
};

// Auto-detection from the Content-Type, else from the first bytes.
ResponseFormat detectResponseFormat(const QByteArray &contentType, std::string_view body);

// The body as UTF-8 without BOM: a view into `body` when it already is UTF-8, else converted into
// `storage`. UTF-16 is recognized by its BOM; Latin1 is read as Windows-1252.
std::string_view toUtf8Text(std::string_view body, TextEncoding encoding, QByteArray &storage);

// 1-based line and column of a byte offset, columns counted in bytes.
void locate(std::string_view text, qint64 offset, ParseProblem &problem);

} // namespace Qonduit
