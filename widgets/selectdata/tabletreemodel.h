// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"
#include "schema/selection.h"

#include <QAbstractItemModel>

namespace Qonduit {

// The tables of a schema as a tree, with tri-state ticks: a tick on a table goes to its whole branch.
class TableTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RowsColumn, ColumnCount };
    static constexpr int TableIndexRole = Qt::UserRole + 1;

    TableTreeModel(Selection *selection, QObject *parent = nullptr);

    void setSchema(const Schema &schema);
    const Schema &schema() const { return m_schema; }
    QModelIndex indexOfTable(int table) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void selectionEdited();

private:
    QList<int> childrenOf(int table) const; // -1: the top tables
    Qt::CheckState checkState(int table) const;
    void announceAll(const QModelIndex &parent);

    Selection *m_selection;
    Schema m_schema;
    QList<int> m_topTables;
};

} // namespace Qonduit
