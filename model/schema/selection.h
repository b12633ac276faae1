// SPDX-License-Identifier: MIT
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
//
// Ticks and renames are kept by where a table is in the response (its path) and by the field's name in
// the response, not by Qlik's names: those move when a later page or a re-parse brings a table that
// repeats a name (docs/qlik-formats.md, "Names").
class Selection
{
public:
    bool isTableSelected(const SchemaTable &table) const { return !m_offTables.contains(table.path); }
    void setTableSelected(const SchemaTable &table, bool selected);
    // The table and every table below it: a tick on a parent in the tree.
    void setBranchSelected(const Schema &schema, int table, bool selected);
    bool isFieldSelected(const SchemaTable &table, const SchemaField &field) const;
    void setFieldSelected(const SchemaTable &table, const SchemaField &field, bool selected);

    // The name the field is loaded as: the rename, or the schema's (Qlik's) name.
    QString loadedName(const SchemaTable &table, const SchemaField &field) const;
    QString renameOf(const SchemaTable &table, const SchemaField &field) const;
    // An empty name, or the schema's own name, removes the rename.
    void setRename(const SchemaTable &table, const SchemaField &field, const QString &name);

    // Renames that clash with another loaded name: Qlik would link the tables by that name (or
    // build a synthetic key). One sentence per clash.
    QStringList problems(const Schema &schema) const;

    // The command line's --select: `table` or `table:field1,field2`, entries joined by `;`. Tables left
    // out are not loaded; a table without a field list loads every field. Names as the schema has them.
    static Expected<Selection, QString> fromSpec(const Schema &schema, const QString &spec);

    bool operator==(const Selection &) const = default;

private:
    static QString fieldKey(const SchemaTable &table, const SchemaField &field)
    {
        return table.path + u'\x1f' + field.sourceName;
    }
    QSet<QString> m_offTables; // paths
    QSet<QString> m_offFields; // path and source name
    QHash<QString, QString> m_renames;
};

} // namespace Qonduit
