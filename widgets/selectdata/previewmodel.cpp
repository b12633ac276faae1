// SPDX-License-Identifier: MIT
#include "selectdata/previewmodel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Qonduit {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setTable(const Schema &schema, int table)
{
    beginResetModel();
    m_schema = schema;
    m_table = table >= 0 && table < schema.tables.size() ? table : -1;
    m_columns.clear();
    m_highlight = QVariant();
    if (m_table >= 0) {
        const QList<SchemaField> &fields = m_schema.tables[m_table].fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields[i].role == FieldRole::Data || m_schema.keys != KeyGenerationStrategy::NoKeys)
                m_columns.append(i);
        }
    }
    endResetModel();
}

void PreviewModel::setHighlightedForeignKey(const QVariant &key)
{
    m_highlight = key;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

bool PreviewModel::isHighlighted(int row) const
{
    if (!m_highlight.isValid() || m_table < 0)
        return false;
    const int column = m_schema.tables[m_table].foreignKeyField();
    return column >= 0 && m_schema.tables[m_table].previewRows[row].value(column) == m_highlight;
}

QList<int> PreviewModel::highlightedRows() const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        if (isHighlighted(row))
            rows.append(row);
    }
    return rows;
}

QVariant PreviewModel::keyOfRow(int row) const
{
    if (m_table < 0 || row < 0 || row >= rowCount())
        return {};
    const int column = m_schema.tables[m_table].keyField();
    return column < 0 ? QVariant() : m_schema.tables[m_table].previewRows[row].value(column);
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_table < 0 ? 0 : int(m_schema.tables[m_table].previewRows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || m_table < 0)
        return {};
    const QVariant value = m_schema.tables[m_table].previewRows[index.row()].value(m_columns[index.column()]);
    switch (role) {
    case Qt::DisplayRole:
        return value.isValid() ? value.toString().left(500) : QString();
    case Qt::ToolTipRole:
        return value.isValid() ? value.toString().left(4000) : tr("null");
    case Qt::BackgroundRole:
        if (isHighlighted(index.row()))
            return QGuiApplication::palette().color(QPalette::Highlight).lighter(160);
        return {};
    case Qt::ForegroundRole:
        if (isHighlighted(index.row()))
            return QColor(Qt::black); // on the light highlight, in any palette
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || m_table < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_columns.size() ? m_schema.tables[m_table].fields[m_columns[section]].name : QVariant();
}

} // namespace Qonduit
