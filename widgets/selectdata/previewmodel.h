// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"

#include <QAbstractTableModel>

namespace Qonduit {

// The first rows of one table as Qlik would load them, keys included (hidden with "No keys"). Rows
// whose foreign key is the highlighted key are marked: they are the children of the row selected
// in the parent table.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    void setTable(const Schema &schema, int table);
    // Marks the rows whose foreign key equals `key`; an invalid key marks none.
    void setHighlightedForeignKey(const QVariant &key);
    QList<int> highlightedRows() const;
    QVariant keyOfRow(int row) const; // the row's __KEY_ value, invalid when the table has none
    int table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool isHighlighted(int row) const;

    Schema m_schema;
    int m_table = -1;
    QList<int> m_columns; // field indexes shown
    QVariant m_highlight;
};

} // namespace Qonduit
