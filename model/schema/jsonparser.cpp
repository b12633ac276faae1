#include "schema/jsonparser.h"

#include "messagecontext.h"
#include "responsetype.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

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
    const auto run = [&](auto &stream) {
        Handler handler(events, stream);
        rapidjson::Reader reader;
        constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
        result = reader.Parse<flags>(stream, handler);
        position = qint64(stream.Tell());
    };
    if (textEndsWithNul()) {
        rapidjson::StringStream stream(text.data());
        run(stream);
    } else {
        rapidjson::MemoryStream stream(text.data(), text.size());
        run(stream);
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
