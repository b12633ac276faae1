// SPDX-License-Identifier: MIT
#include "import/yamlreader.h"

#include "messagecontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml.h>

#include <memory>
#include <vector>

namespace Qonduit::YamlReader {

namespace {

using Messages::Import;

// YAML 1.2's core schema for plain scalars: what OpenAPI writers mean by `true`, `42` and `~`.
QJsonValue resolvePlain(const QString &text)
{
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue::Null;
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    const QChar first = text.front();
    if (!first.isDigit() && first != u'-' && first != u'+' && first != u'.')
        return text;
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    bool ok = false;
    if (decimal.match(text).hasMatch()) {
        const double value = text.toDouble(&ok);
        if (ok)
            return value;
    } else if (text.startsWith(QStringLiteral("0x")) || text.startsWith(QStringLiteral("0o"))) {
        const qlonglong value = text.mid(2).toLongLong(&ok, text[1] == u'x' ? 16 : 8);
        if (ok)
            return double(value);
    } else if (real.match(text).hasMatch()) {
        const double value = text.toDouble(&ok);
        if (ok)
            return value;
    }
    return text; // .inf and .nan have no JSON form: kept as written
}

struct Frame
{
    bool isMap = false;
    QJsonObject map;
    QJsonArray sequence;
    std::optional<QString> key; // a map's key waiting for its value
    QString anchor;
    qsizetype nodes = 1; // values inside, aliases counted as what they stand for
    QList<QJsonValue> merges; // `<<` values, merged at the end: the map's own keys win
};

struct Anchored
{
    QJsonValue value;
    qsizetype nodes = 1;
};

class Builder
{
public:
    explicit Builder(const Limits &limits)
        : m_limits(limits)
    {
    }

    // Adds a finished value to the frame on top, or makes it the document.
    Expected<void, QString> add(QJsonValue value, qsizetype nodes, const QString &anchor, bool plainKeyText,
        const QString &keyText, std::size_t line)
    {
        m_nodes += nodes;
        if (m_nodes > m_limits.maxNodes)
            return Import::tr("line %1: the YAML stands for more than %2 values (aliases of aliases?); "
                              "it is not read further")
                .arg(line)
                .arg(m_limits.maxNodes);
        if (!anchor.isEmpty())
            m_anchors.insert(anchor, {value, nodes});
        if (m_stack.empty()) {
            m_document = std::move(value);
            m_done = true;
            return {};
        }
        Frame &top = m_stack.back();
        top.nodes += nodes;
        if (!top.isMap) {
            top.sequence.append(value);
            return {};
        }
        if (!top.key) {
            if (!plainKeyText && !value.isString())
                return Import::tr("line %1: a map's key is itself a map or a list; JSON has no such key")
                    .arg(line);
            top.key = plainKeyText ? keyText : value.toString();
            return {};
        }
        if (*top.key == u"<<" && (value.isObject() || value.isArray()))
            top.merges.append(value);
        else
            top.map.insert(*top.key, value);
        top.key.reset();
        return {};
    }

    Expected<void, QString> open(bool isMap, const QString &anchor, std::size_t line)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            return Import::tr("line %1: nested more than %2 levels deep; it is not read further")
                .arg(line)
                .arg(m_limits.maxDepth);
        Frame frame;
        frame.isMap = isMap;
        frame.anchor = anchor;
        m_stack.push_back(std::move(frame));
        return {};
    }

    Expected<void, QString> close(std::size_t line)
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        QJsonValue value;
        if (frame.isMap) {
            for (const QJsonValue &merge : std::as_const(frame.merges)) {
                const QJsonArray sources = merge.isArray() ? merge.toArray() : QJsonArray {merge};
                for (const QJsonValue &source : sources) {
                    const QJsonObject object = source.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it) {
                        if (!frame.map.contains(it.key()))
                            frame.map.insert(it.key(), it.value());
                    }
                }
            }
            value = frame.map;
        } else {
            value = frame.sequence;
        }
        // The frame's values were counted as they came; only the container itself is new.
        m_nodes -= frame.nodes - 1;
        return add(value, frame.nodes, frame.anchor, false, {}, line);
    }

    Expected<void, QString> alias(const QString &name, std::size_t line)
    {
        const auto found = m_anchors.constFind(name);
        if (found == m_anchors.constEnd())
            return Import::tr("line %1: the alias *%2 names no anchor before it").arg(line).arg(name);
        return add(found->value, found->nodes, {}, false, {}, line);
    }

    bool isDone() const { return m_done; }
    bool awaitsKey() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().key; }
    QJsonValue document() const { return m_document; }

private:
    const Limits &m_limits;
    std::vector<Frame> m_stack;
    QHash<QString, Anchored> m_anchors;
    QJsonValue m_document;
    qsizetype m_nodes = 0;
    bool m_done = false;
};

QString text(const yaml_char_t *chars)
{
    return chars ? QString::fromUtf8(reinterpret_cast<const char *>(chars)) : QString();
}

} // namespace

Expected<QJsonValue, QString> read(QByteArrayView bytes, const Limits &limits)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return Import::tr("the YAML reader could not start");
    const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> parserGuard(&parser, yaml_parser_delete);
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());

    Builder builder(limits);
    while (!builder.isDone()) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            const QString where = Import::tr("line %1, column %2")
                                      .arg(parser.problem_mark.line + 1)
                                      .arg(parser.problem_mark.column + 1);
            return Import::tr("%1: %2%3")
                .arg(where, QString::fromUtf8(parser.problem ? parser.problem : "not YAML"),
                    parser.context ? QStringLiteral(" (%1)").arg(QString::fromUtf8(parser.context))
                                   : QString());
        }
        const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> eventGuard(&event, yaml_event_delete);
        const std::size_t line = event.start_mark.line + 1;
        Expected<void, QString> step;
        switch (event.type) {
        case YAML_SCALAR_EVENT: {
            const auto &scalar = event.data.scalar;
            const QString value
                = QString::fromUtf8(reinterpret_cast<const char *>(scalar.value), qsizetype(scalar.length));
            const QString tag = text(scalar.tag);
            const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && tag != u"tag:yaml.org,2002:str";
            if (builder.awaitsKey()) // a key is text as written, even `200:` or `true:`
                step = builder.add(value, 1, text(scalar.anchor), true, value, line);
            else
                step = builder.add(
                    plain ? resolvePlain(value) : QJsonValue(value), 1, text(scalar.anchor), false, {}, line);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
            step = builder.open(false, text(event.data.sequence_start.anchor), line);
            break;
        case YAML_MAPPING_START_EVENT:
            step = builder.open(true, text(event.data.mapping_start.anchor), line);
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            step = builder.close(line);
            break;
        case YAML_ALIAS_EVENT:
            step = builder.alias(text(event.data.alias.anchor), line);
            break;
        case YAML_STREAM_END_EVENT:
            return Import::tr("the YAML holds no document");
        default:
            break;
        }
        if (!step)
            return step.error();
    }
    // What follows the document is read too: a second document would be dropped unsaid, and text
    // that is no YAML after it says the file is not what it seems.
    for (bool documentEnded = false;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event))
            return Import::tr("line %1, column %2: %3")
                .arg(parser.problem_mark.line + 1)
                .arg(parser.problem_mark.column + 1)
                .arg(QString::fromUtf8(parser.problem ? parser.problem : "not YAML"));
        const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> eventGuard(&event, yaml_event_delete);
        if (event.type == YAML_STREAM_END_EVENT)
            break;
        if (event.type == YAML_DOCUMENT_START_EVENT && documentEnded)
            return Import::tr("line %1: a second YAML document begins; an API document is one document")
                .arg(event.start_mark.line + 1);
        if (event.type == YAML_DOCUMENT_END_EVENT)
            documentEnded = true;
    }
    return builder.document();
}

} // namespace Qonduit::YamlReader
