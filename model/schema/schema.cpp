#include "schema/schema.h"

namespace Qonduit {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Empty:
        return QStringLiteral("empty");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
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

QList<int> Schema::treeOrder() const
{
    // Iterative: a hostile response can nest hundreds of tables deep.
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
