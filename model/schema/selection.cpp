// SPDX-License-Identifier: MIT
#include "schema/selection.h"

#include "messagecontext.h"

namespace Qonduit {

void Selection::setTableSelected(const SchemaTable &table, bool selected)
{
    if (selected)
        m_offTables.remove(table.path);
    else
        m_offTables.insert(table.path);
}

void Selection::setBranchSelected(const Schema &schema, int table, bool selected)
{
    QList<int> pending {table};
    while (!pending.isEmpty()) {
        const int index = pending.takeLast();
        if (index < 0 || index >= schema.tables.size())
            continue;
        setTableSelected(schema.tables[index], selected);
        pending.append(schema.tables[index].children);
    }
}

bool Selection::isFieldSelected(const SchemaTable &table, const SchemaField &field) const
{
    return !m_offFields.contains(fieldKey(table, field));
}

void Selection::setFieldSelected(const SchemaTable &table, const SchemaField &field, bool selected)
{
    if (selected)
        m_offFields.remove(fieldKey(table, field));
    else
        m_offFields.insert(fieldKey(table, field));
}

QString Selection::renameOf(const SchemaTable &table, const SchemaField &field) const
{
    return m_renames.value(fieldKey(table, field));
}

QString Selection::loadedName(const SchemaTable &table, const SchemaField &field) const
{
    const QString rename = renameOf(table, field);
    return rename.isEmpty() ? field.name : rename;
}

void Selection::setRename(const SchemaTable &table, const SchemaField &field, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == field.name)
        m_renames.remove(fieldKey(table, field));
    else
        m_renames.insert(fieldKey(table, field), trimmed);
}

Expected<Selection, QString> Selection::fromSpec(const Schema &schema, const QString &spec)
{
    Selection selection;
    for (const SchemaTable &table : schema.tables)
        selection.setTableSelected(table, false);
    for (const QString &entry : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString tableName = entry.section(u':', 0, 0).trimmed();
        const int table = schema.indexOf(tableName);
        if (table < 0)
            return Messages::Selection::tr("no table \"%1\" in the response").arg(tableName);
        selection.setTableSelected(schema.tables[table], true);
        if (!entry.contains(u':'))
            continue;
        const QStringList wanted = entry.section(u':', 1).split(u',', Qt::SkipEmptyParts);
        for (const QString &name : wanted) {
            if (schema.tables[table].indexOf(name.trimmed()) < 0)
                return Messages::Selection::tr("no field \"%1\" in table %2").arg(name.trimmed(), tableName);
        }
        for (const SchemaField &field : schema.tables[table].fields) {
            bool on = false;
            for (const QString &name : wanted)
                on = on || name.trimmed() == field.name;
            selection.setFieldSelected(schema.tables[table], field, on);
        }
    }
    return selection;
}

QStringList Selection::problems(const Schema &schema) const
{
    QHash<QString, QString> owner; // loaded name -> "table.field" that has it
    QStringList problems;
    for (const SchemaTable &table : schema.tables) {
        if (!isTableSelected(table))
            continue;
        for (const SchemaField &field : table.fields) {
            if (field.role != FieldRole::Data || !isFieldSelected(table, field))
                continue;
            const QString name = loadedName(table, field);
            const QString where = table.name + u'.' + field.name;
            const auto other = owner.constFind(name);
            if (other != owner.constEnd()) {
                problems.append(
                    Messages::Selection::tr("%1 and %2 are both loaded as \"%3\": Qlik would link the tables "
                                            "by that name.")
                        .arg(*other, where, name));
            } else {
                owner.insert(name, where);
            }
        }
    }
    return problems;
}

} // namespace Qonduit
