// SPDX-License-Identifier: MIT
#pragma once

#include "schema/responseparser.h"

namespace Qonduit {

// A byte-level state machine over UTF-8 text: one table, a record per line, a field per column
// (named by the header row, else col_1, col_2, ...). Quoted cells may hold delimiters, doubled quotes
// and line breaks. A row longer than the header gets col_<n> names for the extra cells.
class CsvParser final : public ResponseParser
{
public:
    explicit CsvParser(const CsvOptions &options)
        : m_options(options)
    {
    }
    ResponseFormat format() const override { return ResponseFormat::Csv; }
    ParseProblem parse(std::string_view text, TreeEvents &events) override;

    // The delimiter among , ; tab | that splits the first lines most evenly.
    static char detectDelimiter(std::string_view text, char quote);
    // Two lines or more that one delimiter splits evenly, read with quotes as the parser reads them:
    // what auto detection takes for CSV.
    static bool looksLikeCsv(std::string_view text, char quote = '"');

private:
    CsvOptions m_options;
};

} // namespace Qonduit
