#pragma once

#include "expected.h"
#include "schema/schema.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Qonduit {

// What the analyst ticked and renamed in the select step. It records what is left out rather than
// what is in, so that tables and fields arriving later in a parse (or on a later page) start ticked,
// as in Qlik's dialog.
class Selection
{
public:
    bool isTableSelected(const QString &table) const { return !m_offTables.contains(table); }
    void setTableSelected(const QString &table, bool selected);
    // The table and every table below it: a tick on a parent in the tree.
    void setBranchSelected(const Schema &schema, int table, bool selected);
    bool isFieldSelected(const QString &table, const QString &field) const;
    void setFieldSelected(const QString &table, const QString &field, bool selected);

    // The name the field is loaded as: the rename, or the schema's name.
    QString loadedName(const QString &table, const QString &field) const;
    QString renameOf(const QString &table, const QString &field) const;
    // An empty name, or the schema's own name, removes the rename.
    void setRename(const QString &table, const QString &field, const QString &name);

    // Renames that clash with another loaded name: Qlik would link the tables by that name (or
    // build a synthetic key). One sentence per clash.
    QStringList problems(const Schema &schema) const;

    // The command line's --select: `table` or `table:field1,field2`, entries joined by `;`. Tables left
    // out are not loaded; a table without a field list loads every field. Names as the schema has them.
    static Expected<Selection, QString> fromSpec(const Schema &schema, const QString &spec);

    bool operator==(const Selection &) const = default;

private:
    static QString fieldKey(const QString &table, const QString &field) { return table + u'\x1f' + field; }
    QSet<QString> m_offTables;
    QSet<QString> m_offFields;
    QHash<QString, QString> m_renames;
};

} // namespace Qonduit
