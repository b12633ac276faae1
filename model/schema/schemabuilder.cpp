// SPDX-License-Identifier: MIT
#include "schema/schemabuilder.h"

#include "schema/qliknames.h"

#include "messagecontext.h"
#include "qlikvocabulary.h"

#include <cstring>

namespace Qonduit {

namespace {

constexpr quint64 HashSeed = 0x9e3779b97f4a7c15ULL;

// Our own 64-bit hash for the "Current record" and "Fully qualified record" keys: eight bytes a step.
// Qlik's hash values cannot be observed without Qlik; ours only has to be stable and spread well.
quint64 mix(quint64 h, quint64 v)
{
    h ^= v + HashSeed + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}

quint64 hashBytes(quint64 h, std::string_view text)
{
    const char *p = text.data();
    std::size_t n = text.size();
    while (n >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = mix(h, v);
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    if (n > 0) // an empty view may have no data pointer at all
        std::memcpy(&tail, p, n);
    return mix(h, tail ^ (quint64(text.size()) << 56));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text, std::size_t from, std::size_t count)
{
    for (std::size_t i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

// 2024-05-01, 2024-05-01T10:00:00Z, 2024/05/01 10:00, 01.05.2024, 05/01/2024: what analysts call dates.
bool looksLikeDate(std::string_view text)
{
    if (text.size() < 10 || text.size() > 40)
        return false;
    const bool iso = allDigits(text, 0, 4) && (text[4] == '-' || text[4] == '/') && allDigits(text, 5, 2)
        && text[7] == text[4] && allDigits(text, 8, 2);
    const bool dayFirst = allDigits(text, 0, 2) && (text[2] == '.' || text[2] == '/') && allDigits(text, 3, 2)
        && text[5] == text[2] && allDigits(text, 6, 4);
    return (iso || dayFirst) && (text.size() == 10 || text[10] == 'T' || text[10] == ' ');
}

FieldType classifyNumber(std::string_view text)
{
    for (char c : text) {
        if (c == '.' || c == 'e' || c == 'E')
            return FieldType::Number;
    }
    return FieldType::Integer;
}

bool equalsIgnoringCase(std::string_view text, std::string_view word)
{
    if (text.size() != word.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((text[i] | 0x20) != word[i])
            return false;
    }
    return true;
}

// CSV cells and XML text carry no type: it comes from the content.
FieldType classifyUntyped(std::string_view text)
{
    std::size_t i = 0;
    if (text[0] == '-' || text[0] == '+')
        i = 1;
    if (i < text.size() && isDigit(text[i])) {
        std::size_t digits = 0;
        while (i < text.size() && isDigit(text[i])) {
            ++i;
            ++digits;
        }
        if (i == text.size())
            return digits <= 18 ? FieldType::Integer : FieldType::Text;
        bool number = false;
        if (text[i] == '.') {
            ++i;
            while (i < text.size() && isDigit(text[i]))
                ++i;
            number = true;
        }
        if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
            ++i;
            if (i < text.size() && (text[i] == '-' || text[i] == '+'))
                ++i;
            const std::size_t exponent = i;
            while (i < text.size() && isDigit(text[i]))
                ++i;
            number = i > exponent;
        }
        if (i == text.size() && number)
            return FieldType::Number;
    }
    if (equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "false"))
        return FieldType::Boolean;
    return looksLikeDate(text) ? FieldType::Date : FieldType::Text;
}

FieldType merged(FieldType a, FieldType b)
{
    if (a == FieldType::Empty || a == b)
        return b;
    const auto either = [&](FieldType x, FieldType y) { return (a == x && b == y) || (a == y && b == x); };
    if (either(FieldType::Integer, FieldType::Number))
        return FieldType::Number;
    if (either(FieldType::Date, FieldType::Text))
        return FieldType::Text;
    return FieldType::Mixed;
}

QString previewText(std::string_view text)
{
    // Cut before converting: a single value may be a gigabyte.
    constexpr std::size_t bytes = SchemaBuilder::PreviewTextLimit * 4;
    if (text.size() <= bytes)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    QString cut = QString::fromUtf8(text.data(), qsizetype(bytes)).left(SchemaBuilder::PreviewTextLimit);
    return cut + u'\u2026';
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

SchemaBuilder::SchemaBuilder(const Options &options)
    : m_options(options)
    , m_hashing(options.detectDuplicates || options.keys == KeyGenerationStrategy::CurrentRecord
          || options.keys == KeyGenerationStrategy::FullyQualifiedRecord)
{
}

void SchemaBuilder::stop(const QString &reason)
{
    if (m_stopReason.isEmpty())
        m_stopReason = reason;
}

bool SchemaBuilder::keepGoing(qint64 bytesRead)
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_canceled = true;
        stop(QStringLiteral("Canceled."));
    }
    if (m_progress)
        m_progress(bytesRead);
    return m_stopReason.isEmpty();
}

int SchemaBuilder::newTable(int parent, const QString &source)
{
    if (int(m_tables.size()) >= m_options.maxTables) {
        stop(Messages::SchemaBuilder::tr(
            "The response makes more than %1 tables; Qonduit stops there, since this is "
            "not data Qlik can load as tables.")
                 .arg(m_options.maxTables));
    }
    Table table;
    table.sourceName = source;
    table.parent = parent;
    // The path names a table for good (ticks and renames are kept by it): its Qlik name may move.
    table.path = parent < 0 ? source : m_tables[parent].path + u'/' + source;
    m_tables.push_back(std::move(table));
    const int index = int(m_tables.size()) - 1;
    if (parent >= 0)
        m_tables[parent].children.append(index);
    return index;
}

int SchemaBuilder::topTable()
{
    if (m_tables.empty())
        newTable(-1, m_topName.isEmpty() ? m_defaultTopName : m_topName);
    return 0;
}

void SchemaBuilder::topName(std::string_view name)
{
    if (m_tables.empty())
        m_topName = fromView(name);
}

int SchemaBuilder::slotFor(Frame &frame, std::string_view name)
{
    Table &table = m_tables[frame.table];
    // Records mostly repeat their key order: try the slot after the last one first.
    if (frame.cursor < int(table.nameSlots.size())) {
        const QByteArray &source = table.nameSlots[frame.cursor].source;
        if (std::size_t(source.size()) == name.size()
            && (name.empty() || std::memcmp(source.constData(), name.data(), name.size()) == 0))
            return frame.cursor++;
    }
    const int slot = slotNamed(table, name);
    frame.cursor = slot + 1;
    return slot;
}

int SchemaBuilder::slotNamed(Table &table, std::string_view name)
{
    // fromRawData: the lookup copies nothing; only a new name is stored.
    const auto found
        = table.slotIndex.constFind(QByteArray::fromRawData(name.data(), qsizetype(name.size())));
    if (found != table.slotIndex.constEnd())
        return *found;
    Slot created;
    created.source = QByteArray(name.data(), qsizetype(name.size()));
    table.nameSlots.push_back(created);
    table.slotIndex.insert(created.source, int(table.nameSlots.size()) - 1);
    return int(table.nameSlots.size()) - 1;
}

int SchemaBuilder::fieldFor(int tableIndex, int slot)
{
    Table &table = m_tables[tableIndex];
    if (table.nameSlots[slot].field >= 0)
        return table.nameSlots[slot].field;
    if (int(table.fields.size()) >= m_options.maxFieldsPerTable) {
        stop(Messages::SchemaBuilder::tr(
            "The table \"%1\" has more than %2 fields; Qonduit stops there, since this is "
            "not data Qlik can load as a table.")
                 .arg(table.sourceName)
                 .arg(m_options.maxFieldsPerTable));
    }
    Field field;
    field.sourceName = QString::fromUtf8(table.nameSlots[slot].source);
    table.fields.push_back(std::move(field));
    table.nameSlots[slot].field = int(table.fields.size()) - 1;
    return table.nameSlots[slot].field;
}

int SchemaBuilder::childTable(int parentTable, int slot)
{
    if (m_tables[parentTable].nameSlots[slot].child < 0) {
        // newTable may grow m_tables: the parent is looked up again after it.
        const int child
            = newTable(parentTable, QString::fromUtf8(m_tables[parentTable].nameSlots[slot].source));
        m_tables[parentTable].nameSlots[slot].child = child;
    }
    return m_tables[parentTable].nameSlots[slot].child;
}

int SchemaBuilder::allocateNode(int parent)
{
    int index;
    if (!m_freeNodes.empty()) {
        index = m_freeNodes.back();
        m_freeNodes.pop_back();
        m_nodes[index] = KeyNode();
    } else {
        index = int(m_nodes.size());
        m_nodes.emplace_back();
    }
    m_nodes[index].parent = parent;
    return index;
}

bool SchemaBuilder::enterLevel()
{
    // One level is one object or one array: an array of arrays takes two frames a level here, and
    // must not count double (512 nested arrays are as deep as 512 nested objects).
    if (++m_depth > m_options.maxDepth) {
        stop(Messages::SchemaBuilder::tr("The response nests deeper than %1 levels; Qonduit stops there.")
                 .arg(m_options.maxDepth));
        return false;
    }
    return true;
}

void SchemaBuilder::openRecord(int tableIndex, int parentNode)
{
    Table &table = m_tables[tableIndex];
    Frame frame;
    frame.table = tableIndex;
    frame.node = allocateNode(parentNode);
    frame.serial = ++m_serial;
    frame.hash = HashSeed;
    frame.inArray = !m_stack.empty() && m_stack.back().isArray;
    if (const Frame *parent = enclosingRecord())
        frame.withinElement = parent->inArray || parent->withinElement;
    ++table.rows;
    m_nodes[frame.node].sequence = ++table.sequence;
    if (int(table.preview.size()) < m_options.previewRows) {
        PreviewRow row;
        row.node = frame.node;
        table.preview.push_back(std::move(row));
        frame.previewRow = int(table.preview.size()) - 1;
        m_unresolved.emplace_back(tableIndex, frame.previewRow);
        if (m_options.keys == KeyGenerationStrategy::SequenceId
            || m_options.keys == KeyGenerationStrategy::NoKeys) {
            // Known at once: the preview shows them while the parse goes on.
            table.preview.back().key = QVariant(table.sequence);
            if (parentNode >= 0)
                table.preview.back().foreignKey = QVariant(m_nodes[parentNode].sequence);
        }
        for (int node = frame.node; node >= 0; node = m_nodes[node].parent)
            ++m_nodes[node].refs;
    }
    m_stack.push_back(frame);
}

void SchemaBuilder::closeRecord()
{
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    KeyNode &node = m_nodes[frame.node];
    node.own = frame.hash;
    node.closed = true;
    // Only the records of a page count, compared whole: elements of an array that no other array
    // element holds. A page's own top object (its paging metadata), a record without values, or a
    // child record (tags that repeat from record to record) is no duplicate.
    if (m_options.detectDuplicates) {
        const quint64 whole = frame.children == 0 ? frame.hash : mix(frame.hash, frame.children);
        if (Frame *parent = enclosingRecord())
            parent->children = mix(parent->children, whole ^ (quint64(frame.table) << 1));
        if (frame.inArray && !frame.withinElement && whole != HashSeed) {
            auto [it, inserted] = m_tables[frame.table].seen.try_emplace(whole, m_page);
            if (!inserted && it->second < m_page)
                ++m_duplicates;
        }
    }
    const bool topLevel = node.parent < 0;
    if (node.refs == 0)
        m_freeNodes.push_back(frame.node);
    if (topLevel)
        resolvePendingKeys();
}

SchemaBuilder::Frame *SchemaBuilder::enclosingRecord()
{
    for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
        if (!it->isArray)
            return &*it;
    }
    return nullptr;
}

void SchemaBuilder::pushArray(int table, int parentNode, bool closesRecord)
{
    Frame frame;
    frame.isArray = true;
    frame.table = table;
    frame.node = parentNode;
    frame.closesRecord = closesRecord;
    m_stack.push_back(frame);
}

quint64 SchemaBuilder::keyOf(int index)
{
    KeyNode &node = m_nodes[index];
    if (node.hasKey)
        return node.key;
    switch (m_options.keys) {
    case KeyGenerationStrategy::SequenceId:
    case KeyGenerationStrategy::NoKeys:
        node.key = quint64(node.sequence);
        break;
    case KeyGenerationStrategy::CurrentRecord:
        node.key = node.own;
        break;
    case KeyGenerationStrategy::FullyQualifiedRecord: {
        // Iterative up the chain: a deep response must not recurse.
        std::vector<int> chain;
        for (int i = index; i >= 0 && !m_nodes[i].hasKey; i = m_nodes[i].parent)
            chain.push_back(i);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            KeyNode &link = m_nodes[*it];
            link.key = link.parent < 0 ? link.own : mix(m_nodes[link.parent].key, link.own);
            link.hasKey = true;
        }
        return m_nodes[index].key;
    }
    }
    node.hasKey = true;
    return node.key;
}

QVariant SchemaBuilder::keyValue(quint64 key) const
{
    if (m_options.keys == KeyGenerationStrategy::SequenceId
        || m_options.keys == KeyGenerationStrategy::NoKeys)
        return QVariant(qint64(key));
    return QVariant(QStringLiteral("%1").arg(key, 16, 16, QLatin1Char('0')));
}

void SchemaBuilder::resolvePendingKeys()
{
    // Every record of the finished top-level record is closed now: its kept rows get their keys.
    for (const auto &[tableIndex, rowIndex] : m_unresolved) {
        PreviewRow &row = m_tables[tableIndex].preview[rowIndex];
        row.key = keyValue(keyOf(row.node));
        const int parent = m_nodes[row.node].parent;
        if (parent >= 0)
            row.foreignKey = keyValue(keyOf(parent));
        row.resolved = true;
        row.node = -1;
    }
    m_unresolved.clear();
    m_nodes.clear();
    m_freeNodes.clear();
}

void SchemaBuilder::setValue(Frame &frame, int fieldIndex, ScalarKind kind, std::string_view text)
{
    Field &field = m_tables[frame.table].fields[fieldIndex];
    if (field.lastRecord == frame.serial) {
        ++m_repeatedValues; // a repeated key in one record: the first value counts, as for a field
        return;
    }
    field.lastRecord = frame.serial;
    ++field.present;
    // Only JSON's null is missing: an empty CSV cell, an empty XML element and "" are empty text, as
    // Qlik reads them (IsNull() is false); empty text leaves the field's type as the other values make it.
    const bool isNull = kind == ScalarKind::Null;
    if (isNull) {
        ++field.nulls;
    } else if (text.empty()) {
        field.sawEmptyText = true;
    } else {
        if (field.type != FieldType::Mixed) {
            FieldType type;
            switch (kind) {
            case ScalarKind::Boolean:
                type = FieldType::Boolean;
                break;
            case ScalarKind::Integer:
                type = FieldType::Integer;
                break;
            case ScalarKind::Number:
                type = classifyNumber(text);
                break;
            case ScalarKind::String:
                type = looksLikeDate(text) ? FieldType::Date : FieldType::Text;
                break;
            default:
                type = classifyUntyped(text);
                break;
            }
            field.type = merged(field.type, type);
        }
        if (field.samples.size() < SampleCount && field.present <= 1000) {
            const std::string_view cut = text.substr(0, 200);
            bool known = false;
            for (const std::string &sample : field.samples)
                known = known || sample == cut;
            if (!known)
                field.samples.emplace_back(cut);
        }
    }
    if (m_hashing) {
        frame.hash = mix(frame.hash, quint64(fieldIndex) << 8 | quint64(kind));
        frame.hash = hashBytes(frame.hash, text);
    }
    if (frame.previewRow >= 0) {
        QVariantList &values = m_tables[frame.table].preview[frame.previewRow].values;
        if (values.size() <= fieldIndex)
            values.resize(fieldIndex + 1);
        values[fieldIndex]
            = isNull ? QVariant() : QVariant(text.empty() ? QStringLiteral("") : previewText(text));
    }
}

void SchemaBuilder::beginObject()
{
    if (!m_stopReason.isEmpty())
        return; // stopped: the tables keep what came before
    if (!enterLevel())
        return;
    if (m_stack.empty()) {
        openRecord(topTable(), -1);
        return;
    }
    Frame &top = m_stack.back();
    if (top.isArray) {
        openRecord(top.table, top.node);
        return;
    }
    if (top.pendingSlot < 0)
        return; // not from a well-formed parser
    const int slot = top.pendingSlot;
    const int parentNode = top.node;
    const int tableIndex = top.table;
    top.pendingSlot = -1;
    openRecord(childTable(tableIndex, slot), parentNode);
}

void SchemaBuilder::endObject()
{
    if (!m_stopReason.isEmpty())
        return; // stopped: the tables keep what came before
    --m_depth;
    if (!m_stack.empty() && !m_stack.back().isArray)
        closeRecord();
}

void SchemaBuilder::beginArray()
{
    if (!m_stopReason.isEmpty())
        return; // stopped: the tables keep what came before
    if (!enterLevel())
        return;
    if (m_stack.empty()) {
        pushArray(topTable(), -1, false);
        return;
    }
    Frame &top = m_stack.back();
    if (top.isArray) {
        // An array in an array: a record of this table holding a child table of the same name.
        const int tableIndex = top.table;
        openRecord(tableIndex, top.node);
        const int node = m_stack.back().node;
        const QByteArray name = m_tables[tableIndex].sourceName.toUtf8();
        const int slot
            = slotNamed(m_tables[tableIndex], std::string_view(name.constData(), std::size_t(name.size())));
        pushArray(childTable(tableIndex, slot), node, true);
        return;
    }
    if (top.pendingSlot < 0)
        return;
    const int slot = top.pendingSlot;
    const int parentNode = top.node;
    const int tableIndex = top.table;
    top.pendingSlot = -1;
    pushArray(childTable(tableIndex, slot), parentNode, false);
}

void SchemaBuilder::endArray()
{
    if (!m_stopReason.isEmpty())
        return; // stopped: the tables keep what came before
    --m_depth;
    if (m_stack.empty() || !m_stack.back().isArray)
        return;
    const bool closesRecord = m_stack.back().closesRecord;
    m_stack.pop_back();
    if (closesRecord)
        closeRecord();
}

void SchemaBuilder::key(std::string_view name)
{
    if (!m_stopReason.isEmpty())
        return; // stopped: the tables keep what came before
    if (m_stack.empty() || m_stack.back().isArray)
        return;
    Frame &top = m_stack.back();
    top.pendingSlot = slotFor(top, name);
}

void SchemaBuilder::scalar(ScalarKind kind, std::string_view text)
{
    if (!m_stopReason.isEmpty())
        return; // stopped: the tables keep what came before
    static const QByteArray valueField = Qlik::Tables::ValueField.toString().toUtf8();
    const std::string_view valueName(valueField.constData(), std::size_t(valueField.size()));
    if (m_stack.empty() || m_stack.back().isArray) {
        // A scalar element of an array, or a scalar response: one row with its @Value.
        const int tableIndex = m_stack.empty() ? topTable() : m_stack.back().table;
        openRecord(tableIndex, m_stack.empty() ? -1 : m_stack.back().node);
        Frame &record = m_stack.back();
        setValue(record, fieldFor(tableIndex, slotFor(record, valueName)), kind, text);
        closeRecord();
        return;
    }
    Frame &top = m_stack.back();
    if (top.pendingSlot < 0)
        return;
    const int field = fieldFor(top.table, top.pendingSlot);
    top.pendingSlot = -1;
    setValue(top, field, kind, text);
}

void SchemaBuilder::finishDocument()
{
    // Not through endArray(): it ignores events once the builder has stopped.
    while (!m_stack.empty()) {
        if (m_stack.back().isArray)
            m_stack.pop_back(); // a record an array closes is the next frame down
        else
            closeRecord();
    }
    resolvePendingKeys();
}

void SchemaBuilder::beginPage()
{
    ++m_page;
}

void SchemaBuilder::addResponseHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (!m_stack.empty())
        return;
    if (m_headerTable < 0)
        m_headerTable = newTable(-1, Qlik::Tables::ResponseHeaders.toString());
    openRecord(m_headerTable, -1);
    for (const auto &[name, value] : headers) {
        Frame &record = m_stack.back();
        const int slot = slotFor(record, std::string_view(name.constData(), std::size_t(name.size())));
        setValue(record, fieldFor(m_headerTable, slot), ScalarKind::Untyped,
            std::string_view(value.constData(), std::size_t(value.size())));
    }
    closeRecord();
}

void SchemaBuilder::note(const QString &text)
{
    if (!m_notes.contains(text))
        m_notes.append(text);
}

qint64 SchemaBuilder::recordsOf(int table) const
{
    return table >= 0 && table < int(m_tables.size()) ? m_tables[table].rows : 0;
}

Schema SchemaBuilder::snapshot(bool withRows) const
{
    Schema schema;
    schema.keys = m_options.keys;
    if (m_repeatedValues > 0) {
        schema.warnings.append(
            Messages::SchemaBuilder::tr("%1 values were left out because their name repeats within "
                                        "one record; the first value of each name counts.")
                .arg(m_repeatedValues));
    }
    schema.warnings.append(m_notes);
    const bool sequence = m_options.keys == KeyGenerationStrategy::SequenceId
        || m_options.keys == KeyGenerationStrategy::NoKeys;
    for (const Table &table : m_tables) {
        SchemaTable out;
        out.sourceName = table.sourceName;
        out.path = table.path;
        out.parent = table.parent;
        out.children = table.children;
        out.rows = table.rows;
        for (const Field &field : table.fields) {
            SchemaField f;
            f.sourceName = field.sourceName;
            f.type = field.type == FieldType::Empty && field.sawEmptyText ? FieldType::Text : field.type;
            f.present = field.present;
            f.nulls = field.nulls;
            for (const std::string &sample : field.samples)
                f.samples.append(QString::fromUtf8(sample.data(), qsizetype(sample.size())));
            out.fields.append(f);
        }
        schema.tables.append(out);
    }
    // Names come from the whole tree (children before parents), so they are given here, each time.
    assignQlikNames(schema.tables);
    for (qsizetype index = 0; index < schema.tables.size(); ++index) {
        const Table &table = m_tables[std::size_t(index)];
        SchemaTable &out = schema.tables[index];
        const qsizetype dataFields = out.fields.size();
        const bool hasKey = !table.children.isEmpty();
        const bool hasForeignKey = table.parent >= 0;
        const auto keyField = [&](FieldRole role, QStringView prefix) {
            SchemaField f;
            f.name = prefix.toString() + out.name;
            f.sourceName = f.name;
            f.role = role;
            f.type = table.rows == 0 ? FieldType::Empty : sequence ? FieldType::Integer : FieldType::Text;
            f.present = table.rows;
            return f;
        };
        if (hasKey)
            out.fields.append(keyField(FieldRole::Key, Qlik::Tables::KeyPrefix));
        if (hasForeignKey)
            out.fields.append(keyField(FieldRole::ForeignKey, Qlik::Tables::ForeignKeyPrefix));
        for (const PreviewRow &row : table.preview) {
            QVariantList values = row.values;
            values.resize(dataFields);
            if (hasKey)
                values.append(row.key);
            if (hasForeignKey)
                values.append(row.foreignKey);
            if (hasKey && out.fields[dataFields].samples.size() < SampleCount && row.key.isValid())
                out.fields[dataFields].samples.append(row.key.toString());
            const qsizetype foreignKeyField = dataFields + (hasKey ? 1 : 0);
            if (hasForeignKey && row.foreignKey.isValid()) {
                QStringList &samples = out.fields[foreignKeyField].samples;
                const QString value = row.foreignKey.toString();
                if (samples.size() < SampleCount && !samples.contains(value))
                    samples.append(value);
            }
            if (withRows)
                out.previewRows.append(values);
        }
    }
    return schema;
}

} // namespace Qonduit
