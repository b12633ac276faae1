// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"
#include "schema/treeevents.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Qonduit {

// Turns parser events into Qlik's tables, fields and keys (docs/qlik-formats.md 2.1 and 2.2) in one pass,
// keeping statistics for every field and the first rows of every table, never the whole response. One builder
// may take several bodies in turn (the pages of a paginated response): they add rows to the same tables.
class SchemaBuilder final : public TreeEvents
{
public:
    struct Options
    {
        KeyGenerationStrategy keys = KeyGenerationStrategy::SequenceId;
        int previewRows = 1000; // per table
        bool detectDuplicates = false; // across pages: costs a hash per record
        int maxDepth = 512; // deeper nesting stops the parse with a message instead of a crash
        int maxFieldsPerTable = 10000;
        int maxTables = 10000;
    };
    static constexpr int SampleCount = 5;
    static constexpr int PreviewTextLimit = 4096; // characters of a value kept for the preview

    explicit SchemaBuilder(const Options &options);
    SchemaBuilder()
        : SchemaBuilder(Options {})
    {
    }

    // The name of the top table when the parser gives none: root for JSON, CSV_source for CSV.
    void setDefaultTopName(const QString &name) { m_defaultTopName = name; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressCallback(std::function<void(qint64)> callback) { m_progress = std::move(callback); }

    // Ends one body: records a truncated body left open are closed, and every kept row gets its keys.
    void finishDocument();
    // Marks the start of the next page: records seen again on a later page count as duplicates.
    void beginPage();
    // One row of the __response_header table, one field per header name.
    void addResponseHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers);
    // Why the builder stopped the parse (too deep, too wide, canceled); empty otherwise.
    QString stopReason() const { return m_stopReason; }
    bool wasCanceled() const { return m_canceled; }
    qint64 duplicateRecords() const { return m_duplicates; }
    qint64 recordsOf(int table) const;

    // The tables as they stand. Key values of records whose ancestors are still open are null.
    Schema snapshot(bool withRows = true) const;

    void topName(std::string_view name) override;
    void beginObject() override;
    void endObject() override;
    void beginArray() override;
    void endArray() override;
    void key(std::string_view name) override;
    void scalar(ScalarKind kind, std::string_view text) override;
    bool keepGoing(qint64 bytesRead) override;
    void note(const QString &text) override;

private:
    struct Field
    {
        QString sourceName; // Qlik's name is given in snapshot(): it depends on the whole tree
        FieldType type = FieldType::Empty;
        qint64 present = 0;
        qint64 nulls = 0;
        std::vector<std::string> samples;
        quint64 lastRecord = 0; // the record that last set it: a second value there is a repeat
        bool sawEmptyText = false; // "" or an empty CSV cell or XML element: text, though typeless
    };
    struct Slot
    {
        QByteArray source;
        int field = -1; // when the name holds a scalar
        int child = -1; // when it holds an object or an array
    };
    struct PreviewRow
    {
        QVariantList values;
        int node = -1;
        QVariant key;
        QVariant foreignKey;
        bool resolved = false;
    };
    struct Table
    {
        QString sourceName;
        QString path;
        int parent = -1;
        QList<int> children;
        std::vector<Field> fields;
        std::vector<Slot> nameSlots;
        QHash<QByteArray, int> slotIndex;
        qint64 rows = 0;
        qint64 sequence = 0;
        std::vector<PreviewRow> preview;
        std::unordered_map<quint64, int> seen; // record hash -> page, for duplicates
    };
    // What a record's key is made from; kept while the record is open or a kept preview row needs it.
    struct KeyNode
    {
        int parent = -1;
        qint64 sequence = 0;
        quint64 own = 0;
        int refs = 0;
        bool closed = false;
        bool hasKey = false;
        quint64 key = 0;
    };
    struct Frame
    {
        bool isArray = false;
        bool inArray = false; // a record that is an element of an array: a data record
        bool closesRecord = false; // an array inside an array: the record holding it closes with it
        int table = 0;
        int node = -1; // records: own node; arrays: the node of the record holding the array
        int previewRow = -1;
        int pendingSlot = -1;
        int cursor = 0; // the slot the next key probably names: records repeat their key order
        quint64 serial = 0;
        quint64 hash = 0;
        // Duplicates across pages: the records of its child tables folded together (the whole record is
        // this with `hash`), and whether it sits inside another array element (then it is part of a
        // record, not a record of the page).
        quint64 children = 0;
        bool withinElement = false;
    };
    Frame *enclosingRecord(); // the innermost record frame on the stack, or nullptr

    int topTable();
    int childTable(int parentTable, int slot); // the table a name of the parent holds, made on first use
    static int slotNamed(Table &table, std::string_view name); // found, or added
    int slotFor(Frame &frame, std::string_view name);
    int fieldFor(int table, int slot);
    int newTable(int parent, const QString &source);
    bool enterLevel();
    void openRecord(int table, int parentNode);
    void closeRecord();
    void pushArray(int table, int parentNode, bool closesRecord);
    void setValue(Frame &frame, int field, ScalarKind kind, std::string_view text);
    int allocateNode(int parent);
    void resolvePendingKeys();
    quint64 keyOf(int node);
    QVariant keyValue(quint64 key) const;
    void stop(const QString &reason);

    Options m_options;
    bool m_hashing = false;
    QString m_defaultTopName = QStringLiteral("root");
    QString m_topName;
    std::vector<Table> m_tables;
    std::vector<Frame> m_stack;
    std::vector<KeyNode> m_nodes;
    std::vector<int> m_freeNodes;
    std::vector<std::pair<int, int>> m_unresolved; // (table, preview row)
    quint64 m_serial = 0;
    int m_depth = 0; // objects and arrays open now: one level each, whatever the frames it takes
    int m_page = 0;
    qint64 m_duplicates = 0;
    qint64 m_repeatedValues = 0;
    int m_headerTable = -1;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
    QString m_stopReason;
    QStringList m_notes; // from the parsers, once each
    bool m_canceled = false;
};

} // namespace Qonduit
