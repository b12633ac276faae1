// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"
#include "schema/selection.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Qonduit {

// The fields of one table: a tick to load it, its name (edited as a rename), type, fill rate and
// samples. Key fields are always loaded, and hidden with the "No keys" strategy.
class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, FilledColumn, SamplesColumn, NoteColumn, ColumnCount };

    FieldListModel(Selection *selection, QObject *parent = nullptr);

    void setTable(const Schema &schema, int table);
    int table() const { return m_table; }
    const SchemaField *fieldAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void selectionEdited();

private:
    QString note(const SchemaField &field) const;
    void countLoadedNames();

    Selection *m_selection;
    Schema m_schema;
    int m_table = -1;
    QList<int> m_fields; // indexes into the table's fields that are shown
    QHash<QString, QStringList> m_loadedBy; // loaded name -> table.field that load it
};

} // namespace Qonduit
