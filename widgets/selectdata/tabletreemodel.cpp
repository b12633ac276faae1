// SPDX-License-Identifier: MIT
#include "selectdata/tabletreemodel.h"

#include <QLocale>

namespace Qonduit {

TableTreeModel::TableTreeModel(Selection *selection, QObject *parent)
    : QAbstractItemModel(parent)
    , m_selection(selection)
{
}

void TableTreeModel::setSchema(const Schema &schema)
{
    beginResetModel();
    m_schema = schema;
    m_topTables.clear();
    for (int i = 0; i < m_schema.tables.size(); ++i) {
        if (m_schema.tables[i].parent < 0)
            m_topTables.append(i);
    }
    endResetModel();
}

QList<int> TableTreeModel::childrenOf(int table) const
{
    return table < 0 ? m_topTables : m_schema.tables[table].children;
}

QModelIndex TableTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex TableTreeModel::indexOfTable(int table) const
{
    if (table < 0 || table >= m_schema.tables.size())
        return {};
    const int parent = m_schema.tables[table].parent;
    const int row = int(childrenOf(parent).indexOf(table));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(table));
}

QModelIndex TableTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfTable(m_schema.tables[int(child.internalId())].parent);
}

int TableTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int TableTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::CheckState TableTreeModel::checkState(int table) const
{
    bool any = false;
    bool all = true;
    QList<int> pending {table};
    while (!pending.isEmpty()) {
        const int index = pending.takeLast();
        const bool on = m_selection->isTableSelected(m_schema.tables[index]);
        any = any || on;
        all = all && on;
        pending.append(m_schema.tables[index].children);
    }
    return all ? Qt::Checked : any ? Qt::PartiallyChecked : Qt::Unchecked;
}

QVariant TableTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int table = int(index.internalId());
    const SchemaTable &t = m_schema.tables[table];
    if (role == TableIndexRole)
        return table;
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return t.name;
        case Qt::CheckStateRole:
            return checkState(table);
        case Qt::ToolTipRole:
            return t.name == t.sourceName
                ? tr("%1: %Ln rows", nullptr, int(std::min<qint64>(t.rows, INT_MAX))).arg(t.path)
                : tr("%1: named %2 because a table above it or before it is called \"%3\" too")
                      .arg(t.path, t.name, t.sourceName);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole)
        return QLocale().toString(t.rows);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void TableTreeModel::announceAll(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, NameColumn, parent), index(rows - 1, NameColumn, parent), {Qt::CheckStateRole});
    for (int row = 0; row < rows; ++row)
        announceAll(index(row, NameColumn, parent));
}

bool TableTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    const bool on = value.value<Qt::CheckState>() != Qt::Unchecked;
    m_selection->setBranchSelected(m_schema, int(index.internalId()), on);
    announceAll({}); // ancestors change too: partially ticked
    emit selectionEdited();
    return true;
}

Qt::ItemFlags TableTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant TableTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Table") : tr("Rows");
}

} // namespace Qonduit
