// SPDX-License-Identifier: MIT
#include "schema/jsonparser.h"

#include "messagecontext.h"
#include "responsetype.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <limits>
#include <vector>

namespace Qonduit {

namespace {

constexpr unsigned ProgressEvery = 1u << 14;

template<typename Stream>
struct Handler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler<Stream>>
{
    TreeEvents &events;
    const Stream &stream;
    unsigned countdown = ProgressEvery;

    Handler(TreeEvents &e, const Stream &s)
        : events(e)
        , stream(s)
    {
    }

    bool tick()
    {
        if (--countdown != 0)
            return true;
        countdown = ProgressEvery;
        return events.keepGoing(qint64(stream.Tell()));
    }
    bool Null()
    {
        events.scalar(ScalarKind::Null, {});
        return tick();
    }
    bool Bool(bool value)
    {
        events.scalar(ScalarKind::Boolean, value ? std::string_view("true") : std::string_view("false"));
        return tick();
    }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        events.scalar(ScalarKind::Number, std::string_view(text, length));
        return tick();
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        events.scalar(ScalarKind::String, std::string_view(text, length));
        return tick();
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        events.key(std::string_view(text, length));
        return true;
    }
    bool StartObject()
    {
        events.beginObject();
        return tick();
    }
    bool EndObject(rapidjson::SizeType)
    {
        events.endObject();
        return true;
    }
    bool StartArray()
    {
        events.beginArray();
        return tick();
    }
    bool EndArray(rapidjson::SizeType)
    {
        events.endArray();
        return true;
    }
};

// Forwards the events after the first `skip` ones and counts them all: a parse run again from the start
// goes on where the last one stopped, without giving the events twice.
class ResumingEvents final : public TreeEvents
{
public:
    ResumingEvents(TreeEvents &next, qint64 skip)
        : m_next(next)
        , m_skip(skip)
    {
    }
    qint64 count() const { return m_count; }

    void topName(std::string_view name) override
    {
        if (pass())
            m_next.topName(name);
    }
    void beginObject() override
    {
        if (pass())
            m_next.beginObject();
    }
    void endObject() override
    {
        if (pass())
            m_next.endObject();
    }
    void beginArray() override
    {
        if (pass())
            m_next.beginArray();
    }
    void endArray() override
    {
        if (pass())
            m_next.endArray();
    }
    void key(std::string_view name) override
    {
        if (pass())
            m_next.key(name);
    }
    void scalar(ScalarKind kind, std::string_view text) override
    {
        if (pass())
            m_next.scalar(kind, text);
    }
    bool keepGoing(qint64 bytesRead) override { return m_next.keepGoing(bytesRead); }
    void note(const QString &text) override { m_next.note(text); }

private:
    bool pass() { return ++m_count > m_skip; }
    TreeEvents &m_next;
    qint64 m_skip;
    qint64 m_count = 0;
};

// The text with the numbers at the given offsets in quotes: a number too big for a double is read as
// its text instead of refusing the whole response. Tell() counts in the original text.
class QuotingStream
{
public:
    using Ch = char;
    QuotingStream(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>> &numbers)
        : m_text(text)
        , m_numbers(numbers)
    {
        settle(); // a number may start the text
    }
    Ch Peek() const { return current(); }
    Ch Take()
    {
        const Ch c = current();
        advance();
        return c;
    }
    std::size_t Tell() const { return m_position; }
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    std::size_t PutEnd(Ch *) { return 0; }

private:
    // 0: not in a quoted number; 1: its opening quote is next; 2: inside; 3: its closing quote is next.
    Ch current() const
    {
        if (m_state == 1 || m_state == 3)
            return '"';
        return m_position < m_text.size() ? m_text[m_position] : '\0';
    }
    void settle()
    {
        if (m_state == 0 && m_next < m_numbers.size() && m_numbers[m_next].first == m_position)
            m_state = 1;
        if (m_state == 2 && m_position == m_numbers[m_next].first + m_numbers[m_next].second)
            m_state = 3;
    }
    void advance()
    {
        if (m_state == 1) {
            m_state = 2;
        } else if (m_state == 3) {
            m_state = 0;
            ++m_next;
        } else if (m_position < m_text.size()) {
            ++m_position;
        }
        settle();
    }

    std::string_view m_text;
    const std::vector<std::pair<std::size_t, std::size_t>> &m_numbers;
    std::size_t m_position = 0;
    std::size_t m_next = 0;
    int m_state = 0;
};

std::size_t numberLength(std::string_view text, std::size_t at)
{
    std::size_t end = at;
    while (end < text.size()
        && ((text[end] >= '0' && text[end] <= '9') || text[end] == '-' || text[end] == '+' || text[end] == '.'
            || text[end] == 'e' || text[end] == 'E'))
        ++end;
    return end - at;
}

constexpr int MaxTooBigNumbers = 16; // each one reads the text again from its start

} // namespace

ParseProblem JsonParser::parse(std::string_view text, TreeEvents &events)
{
    ParseProblem problem;
    std::size_t start = 0;
    while (start < text.size()
        && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n' || text[start] == '\r'))
        ++start;
    if (start == text.size()) {
        problem.message = Messages::ResponseParser::tr("The response is empty: there is no JSON to read.");
        return problem;
    }
    // A text that ends with a NUL byte reads faster: no bounds check per character. An embedded NUL
    // ends either stream the same way.
    rapidjson::ParseResult result;
    qint64 position = 0;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const auto run = [&](auto &stream, TreeEvents &sink) {
        Handler handler(sink, stream);
        rapidjson::Reader reader;
        result = reader.Parse<flags>(stream, handler);
        position = qint64(stream.Tell());
    };
    if (textEndsWithNul()) {
        rapidjson::StringStream stream(text.data());
        run(stream, events);
    } else {
        rapidjson::MemoryStream stream(text.data(), text.size());
        run(stream, events);
    }
    // A number too big for a double (1e400) is RapidJSON's error, not JSON's: read again with it in
    // quotes, going on where the last run stopped, so that one value does not cost the whole response.
    std::vector<std::pair<std::size_t, std::size_t>> tooBig;
    qint64 delivered = -1;
    while (!result && result.Code() == rapidjson::kParseErrorNumberTooBig
        && int(tooBig.size()) < MaxTooBigNumbers) {
        if (delivered < 0) {
            // How many events the first run gave: count them by running once more, giving none.
            ResumingEvents counter(events, std::numeric_limits<qint64>::max());
            QuotingStream stream(text, tooBig);
            run(stream, counter);
            delivered = counter.count();
        }
        tooBig.emplace_back(result.Offset(), numberLength(text, result.Offset()));
        ResumingEvents resumed(events, delivered);
        QuotingStream stream(text, tooBig);
        run(stream, resumed);
        delivered = resumed.count();
    }
    if (!tooBig.empty()) {
        events.note(Messages::ResponseParser::tr(
            "%n number(s) too big for a double (such as %1) were kept as text.", nullptr, int(tooBig.size()))
                        .arg(QString::fromUtf8(text.substr(
                            tooBig.front().first, std::min<std::size_t>(tooBig.front().second, 40)))));
    }
    events.keepGoing(position);
    if (!result) {
        if (result.Code() == rapidjson::kParseErrorTermination) {
            problem.message = QStringLiteral("stopped");
        } else if (result.Offset() >= text.size()) {
            problem.message
                = Messages::ResponseParser::tr("The JSON ends early: the response was cut off (%1).")
                      .arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code())));
        } else if (result.Code() == rapidjson::kParseErrorDocumentRootNotSingular
            && isNewlineDelimitedJson(text, qint64(result.Offset()))) {
            problem.message = newlineDelimitedJsonSentence();
        } else {
            problem.message = Messages::ResponseParser::tr("Invalid JSON: %1")
                                  .arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code())));
        }
        problem.offset = qint64(result.Offset());
        locate(text, problem.offset, problem);
    }
    return problem;
}

} // namespace Qonduit
