// SPDX-License-Identifier: MIT
#include "schema/schema.h"

#include <QCoreApplication>

namespace Qonduit {

namespace {

// The words files and the command line use, marked for translation so the select-data page can show
// them in the user's language: one list for both.
const char *fieldTypeWord(FieldType type)
{
    switch (type) {
    case FieldType::Empty:
        return QT_TRANSLATE_NOOP("FieldType", "empty");
    case FieldType::Integer:
        return QT_TRANSLATE_NOOP("FieldType", "integer");
    case FieldType::Number:
        return QT_TRANSLATE_NOOP("FieldType", "number");
    case FieldType::Boolean:
        return QT_TRANSLATE_NOOP("FieldType", "boolean");
    case FieldType::Date:
        return QT_TRANSLATE_NOOP("FieldType", "date");
    case FieldType::Text:
        return QT_TRANSLATE_NOOP("FieldType", "text");
    case FieldType::Mixed:
        return QT_TRANSLATE_NOOP("FieldType", "mixed");
    }
    return "";
}

} // namespace

QString fieldTypeName(FieldType type)
{
    return QString::fromLatin1(fieldTypeWord(type));
}

QString fieldTypeLabel(FieldType type)
{
    return QCoreApplication::translate("FieldType", fieldTypeWord(type));
}

int SchemaTable::indexOf(QStringView fieldName) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].name == fieldName)
            return i;
    }
    return -1;
}

int SchemaTable::keyField() const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].role == FieldRole::Key)
            return i;
    }
    return -1;
}

int SchemaTable::foreignKeyField() const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].role == FieldRole::ForeignKey)
            return i;
    }
    return -1;
}

int Schema::indexOf(QStringView tableName) const
{
    for (int i = 0; i < tables.size(); ++i) {
        if (tables[i].name == tableName)
            return i;
    }
    return -1;
}

QList<int> parentsFirst(const QList<SchemaTable> &tables)
{
    QList<int> order;
    order.reserve(tables.size());
    QList<int> pending;
    for (int i = int(tables.size()) - 1; i >= 0; --i) {
        if (tables[i].parent < 0)
            pending.append(i);
    }
    while (!pending.isEmpty()) {
        const int table = pending.takeLast();
        order.append(table);
        const QList<int> &children = tables[table].children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            pending.append(*it);
    }
    return order;
}

QList<int> childrenFirst(const QList<SchemaTable> &tables)
{
    QList<int> order;
    order.reserve(tables.size());
    for (int top = 0; top < tables.size(); ++top) {
        if (tables[top].parent >= 0)
            continue;
        QList<std::pair<int, qsizetype>> stack {{top, 0}}; // (table, next child to visit)
        while (!stack.isEmpty()) {
            auto &[table, next] = stack.last();
            const QList<int> &children = tables[table].children;
            if (next < children.size()) {
                const int child = children[next++];
                stack.append({child, 0});
            } else {
                order.append(table);
                stack.removeLast();
            }
        }
    }
    return order;
}

QList<int> Schema::treeOrder() const
{
    return parentsFirst(tables);
}

int Schema::depth(int table) const
{
    int depth = 0;
    while (table >= 0 && table < tables.size() && tables[table].parent >= 0) {
        table = tables[table].parent;
        ++depth;
    }
    return depth;
}

} // namespace Qonduit
