// SPDX-License-Identifier: MIT
#include "import/keyorder.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <yaml.h>

#include <memory>
#include <vector>

namespace Qonduit::KeyOrder {

namespace {

// Where the walk is: containers open (maps and lists), and whether the map just below the top key is
// the one whose keys are wanted.
struct Walk
{
    QStringView topKey;
    QStringList keys;
    int depth = 0; // containers open
    bool topKeySeen = false; // the last key at depth 1 was topKey, its value not yet begun
    int wantedDepth = -1; // depth of the wanted map while inside it

    void key(const QString &name)
    {
        if (depth == 1)
            topKeySeen = name == topKey;
        else if (depth == wantedDepth)
            keys.append(name);
    }
    void open(bool isMap)
    {
        ++depth;
        if (depth == 2 && topKeySeen && isMap)
            wantedDepth = 2;
        if (depth == 2)
            topKeySeen = false;
    }
    void close()
    {
        if (depth == wantedDepth)
            wantedDepth = -1;
        --depth;
    }
    void scalar()
    {
        if (depth == 1)
            topKeySeen = false;
    }
};

struct JsonHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, JsonHandler>
{
    Walk &walk;
    explicit JsonHandler(Walk &w)
        : walk(w)
    {
    }
    bool Default()
    {
        walk.scalar();
        return true;
    }
    bool String(const char *, rapidjson::SizeType, bool) { return Default(); }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        walk.key(QString::fromUtf8(text, qsizetype(length)));
        return true;
    }
    bool StartObject()
    {
        walk.open(true);
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        walk.close();
        return true;
    }
    bool StartArray()
    {
        walk.open(false);
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        walk.close();
        return true;
    }
};

} // namespace

QStringList ofJson(QByteArrayView text, QStringView topKey)
{
    Walk walk;
    walk.topKey = topKey;
    JsonHandler handler(walk);
    rapidjson::MemoryStream stream(text.data(), size_t(text.size()));
    rapidjson::Reader reader;
    // Depth is not limited by rapidjson's iterative parser; the document itself was read already.
    reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(stream, handler);
    return walk.keys;
}

QStringList ofYaml(QByteArrayView text, QStringView topKey)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return {};
    const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> guard(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char *>(text.data()), size_t(text.size()));
    Walk walk;
    walk.topKey = topKey;
    // Per open container: a map alternates key, value; a list has values only.
    struct Frame
    {
        bool isMap;
        bool expectingKey;
    };
    std::vector<Frame> stack;
    const auto valueDone = [&] {
        if (!stack.empty() && stack.back().isMap)
            stack.back().expectingKey = true;
    };
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event))
            return walk.keys;
        const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> eventGuard(&event, yaml_event_delete);
        switch (event.type) {
        case YAML_SCALAR_EVENT:
            if (!stack.empty() && stack.back().isMap && stack.back().expectingKey) {
                walk.key(QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                    qsizetype(event.data.scalar.length)));
                stack.back().expectingKey = false;
            } else {
                walk.scalar();
                valueDone();
            }
            break;
        case YAML_ALIAS_EVENT:
            if (!stack.empty() && stack.back().isMap && stack.back().expectingKey)
                stack.back().expectingKey = false;
            else
                valueDone();
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            walk.open(event.type == YAML_MAPPING_START_EVENT);
            stack.push_back({event.type == YAML_MAPPING_START_EVENT, true});
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            walk.close();
            stack.pop_back();
            valueDone();
            break;
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        default:
            break;
        }
    }
    return walk.keys;
}

} // namespace Qonduit::KeyOrder
