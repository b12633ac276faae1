// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "schema/responseparser.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Qonduit {

enum class FieldType { Empty, Integer, Number, Boolean, Date, Text, Mixed }; // Empty: only nulls seen
enum class FieldRole { Data, Key, ForeignKey };

QString fieldTypeName(FieldType type); // "integer", "number", "boolean", "date", "text", "mixed", "empty"
QString fieldTypeLabel(FieldType type); // the same word in the user's language, for the GUI

struct SchemaField
{
    QString name; // as Qlik names it, after the _u<N> renames of docs/qlik-formats.md 2.1
    QString sourceName; // as the response names it
    FieldRole role = FieldRole::Data;
    FieldType type = FieldType::Empty;
    qint64 present = 0; // rows that have the field, null or not
    qint64 nulls = 0;
    QStringList samples; // a few distinct values, in first-appearance order
    qint64 filled() const { return present - nulls; }
    bool isRenamed() const { return name != sourceName; } // the name repeats elsewhere in the tree
    bool operator==(const SchemaField &) const = default;
};

struct SchemaTable
{
    QString name;
    QString sourceName;
    QString path; // root/orders/lines: where in the response the table lives
    int parent = -1; // index in Schema::tables
    QList<int> children;
    qint64 rows = 0;
    // Data fields in first-appearance order, then __KEY_<name> when the table has children, then
    // __FK_<name> when it has a parent: the order of Qlik's SELECT.
    QList<SchemaField> fields;
    QList<QVariantList> previewRows; // the first rows, aligned with fields; invalid QVariant = null
    bool operator==(const SchemaTable &) const = default;

    int indexOf(QStringView fieldName) const;
    int keyField() const; // -1 when none
    int foreignKeyField() const;
};

// Walks of the table tree, each top table's tree in turn; iterative, for responses hundreds deep.
QList<int> parentsFirst(const QList<SchemaTable> &tables); // pre-order, children in document order
QList<int> childrenFirst(const QList<SchemaTable> &tables); // post-order, children in document order

// The response as the tables and keys Qlik builds from it (docs/qlik-formats.md 2.1, 2.2), with what the
// parse found.
struct Schema
{
    ResponseFormat format = ResponseFormat::Auto;
    KeyGenerationStrategy keys = KeyGenerationStrategy::SequenceId;
    CsvOptions csv; // for CSV: the options in effect, the delimiter as detected
    QList<SchemaTable> tables; // in order of first appearance; tables[0] is the top table
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    ParseProblem problem; // what stopped the parse, if anything: the tables hold what came before it
    bool canceled = false;
    bool complete = false; // false while a parse is still going (a progress snapshot)
    QStringList warnings;

    bool isEmpty() const { return tables.isEmpty(); }
    int indexOf(QStringView tableName) const;
    // Depth-first, parents before children, siblings in first-appearance order.
    QList<int> treeOrder() const;
    int depth(int table) const;
    bool operator==(const Schema &) const = default;
};

} // namespace Qonduit
