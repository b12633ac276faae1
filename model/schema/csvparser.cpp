// SPDX-License-Identifier: MIT
#include "schema/csvparser.h"

#include "messagecontext.h"
#include "qlikvocabulary.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace Qonduit {

namespace {

constexpr std::array<char, 4> Candidates {',', ';', '\t', '|'};

// Each candidate delimiter's count on each of the first lines, outside quotes, as the parser reads
// them: a quoted cell may hold delimiters and line breaks. A last line without its line break counts
// when it has any candidate.
std::array<std::vector<int>, 4> delimiterCounts(std::string_view text, char quote)
{
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> line {};
    bool quoted = false;
    int lines = 0;
    for (std::size_t i = 0; i < text.size() && i < 64 * 1024 && lines < 20; ++i) {
        const char c = text[i];
        if (quote != 0 && c == quote) {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            for (std::size_t k = 0; k < Candidates.size(); ++k)
                counts[k].push_back(line[k]);
            line.fill(0);
            ++lines;
        } else if (!quoted) {
            for (std::size_t k = 0; k < Candidates.size(); ++k)
                line[k] += c == Candidates[k];
        }
    }
    for (std::size_t k = 0; k < Candidates.size(); ++k) {
        if (line[k] > 0 || lines == 0)
            counts[k].push_back(line[k]);
    }
    return counts;
}

// The cell from i on, leaving i on the delimiter, the line break or the end; nullopt for a quoted cell
// that is never closed. A cell with doubled quotes or text after its closing quote is copied to cell.
// Small and in this file so that the compiler keeps it inline: it runs once per cell of the response.
std::optional<std::string_view> readCell(
    std::string_view text, std::size_t &i, char quote, char delimiter, std::string &cell)
{
    const std::size_t n = text.size();
    const auto skipToEnd = [&] {
        while (i < n && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
            ++i;
    };
    if (quote == 0 || i >= n || text[i] != quote) {
        const std::size_t start = i;
        skipToEnd();
        return text.substr(start, i - start);
    }
    ++i;
    const std::size_t start = i;
    bool doubled = false;
    for (;;) {
        const void *found = i < n ? std::memchr(text.data() + i, quote, n - i) : nullptr;
        if (!found)
            return std::nullopt;
        i = std::size_t(static_cast<const char *>(found) - text.data());
        if (i + 1 < n && text[i + 1] == quote) {
            doubled = true;
            i += 2;
            continue;
        }
        break;
    }
    std::string_view value = text.substr(start, i - start);
    ++i; // the closing quote
    if (doubled) {
        cell.clear();
        for (std::size_t k = 0; k < value.size(); ++k) {
            cell.push_back(value[k]);
            if (value[k] == quote)
                ++k;
        }
        value = cell;
    }
    // Text after the closing quote up to the delimiter is kept, as spreadsheets do.
    const std::size_t after = i;
    skipToEnd();
    if (i > after) {
        if (value.data() != cell.data())
            cell.assign(value);
        cell.append(text.substr(after, i - after));
        value = cell;
    }
    return value;
}

// The header's names, then col_<n> for a column it has no name for.
class ColumnNames
{
public:
    void takeHeader(const std::vector<std::string> &cells)
    {
        for (std::size_t k = 0; k < cells.size(); ++k)
            m_names.push_back(cells[k].empty() ? generated(k) : cells[k]);
    }
    const std::string &of(std::size_t column)
    {
        while (m_names.size() <= column)
            m_names.push_back(generated(m_names.size()));
        return m_names[column];
    }

private:
    std::string generated(std::size_t column) const { return m_prefix + std::to_string(column + 1); }

    std::string m_prefix = Qlik::Tables::CsvColumnPrefix.toString().toStdString();
    std::vector<std::string> m_names;
};

} // namespace

bool CsvParser::looksLikeCsv(std::string_view text, char quote)
{
    const auto counts = delimiterCounts(text, quote);
    for (const std::vector<int> &perLine : counts) {
        if (perLine.size() < 2 || perLine.front() == 0)
            continue;
        if (std::all_of(perLine.begin(), perLine.end(), [&](int n) { return n == perLine.front(); }))
            return true;
    }
    return false;
}

char CsvParser::detectDelimiter(std::string_view text, char quote)
{
    // The winner appears on every line, the same number of times, as often as possible.
    constexpr auto candidates = Candidates;
    const auto counts = delimiterCounts(text, quote);
    char best = ',';
    long bestScore = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (counts[k].empty() || counts[k].front() == 0)
            continue;
        long score = counts[k].front();
        for (int n : counts[k]) {
            if (n != counts[k].front())
                score = 0; // uneven: not the delimiter, or a ragged file
        }
        if (score == 0)
            score = 1;
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

ParseProblem CsvParser::parse(std::string_view text, TreeEvents &events)
{
    ParseProblem problem;
    const char quote = m_options.quote;
    const char delimiter = m_options.delimiter != 0 ? m_options.delimiter : detectDelimiter(text, quote);
    ColumnNames names;

    std::size_t i = 0;
    const std::size_t n = text.size();
    std::string cell; // only for quoted cells with doubled quotes
    bool headerPending = m_options.header;
    std::vector<std::string> headerCells;
    unsigned countdown = 1;
    bool arrayOpen = false;

    while (i < n) {
        if (--countdown == 0) {
            countdown = 4096;
            if (!events.keepGoing(qint64(i))) {
                problem.message = QStringLiteral("stopped");
                break;
            }
        }
        // Skip blank lines between records.
        if (text[i] == '\n' || text[i] == '\r') {
            ++i;
            continue;
        }
        if (!headerPending && !arrayOpen) {
            events.beginArray();
            arrayOpen = true;
        }
        if (!headerPending)
            events.beginObject();
        std::size_t column = 0;
        for (;;) {
            const std::size_t open = i;
            const std::optional<std::string_view> value = readCell(text, i, quote, delimiter, cell);
            if (!value) {
                problem.message = Messages::ResponseParser::tr("Invalid CSV: a quoted cell is never closed.");
                problem.offset = qint64(open);
                locate(text, problem.offset, problem);
                if (!headerPending)
                    events.endObject();
                if (arrayOpen)
                    events.endArray();
                return problem;
            }
            if (headerPending) {
                headerCells.emplace_back(*value);
            } else {
                events.key(names.of(column));
                events.scalar(ScalarKind::Untyped, *value);
            }
            ++column;
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            break;
        }
        if (headerPending) {
            headerPending = false;
            names.takeHeader(headerCells);
        } else {
            events.endObject();
        }
    }
    if (!arrayOpen && problem.isEmpty()) {
        if (headerCells.empty()) { // no row, and no header either
            problem.message = Messages::ResponseParser::tr("The response is empty: there is no CSV to read.");
            return problem;
        }
        events.beginArray(); // a header and no rows: the table exists, empty
        arrayOpen = true;
    }
    if (arrayOpen)
        events.endArray();
    events.keepGoing(qint64(n));
    return problem;
}

} // namespace Qonduit
