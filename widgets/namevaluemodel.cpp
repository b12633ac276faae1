// SPDX-License-Identifier: MIT
#include "namevaluemodel.h"

#include "script/secretheaders.h"

#include <QApplication>
#include <QStyle>

namespace Qonduit {

NameValueModel::NameValueModel(const QString &nameHeader, const QString &valueHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers {nameHeader, valueHeader}
{
}

void NameValueModel::setRows(const QList<NameValue> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_flags = QList<bool>(rows.size(), false);
    m_problems.clear();
    endResetModel();
}

void NameValueModel::enableFlagColumn(const QString &header)
{
    beginResetModel();
    m_hasFlags = true;
    m_headers[FlagColumn] = header;
    endResetModel();
}

void NameValueModel::setFlags(const QList<bool> &flags)
{
    for (int row = 0; row < m_flags.size(); ++row)
        m_flags[row] = row < flags.size() && flags[row];
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool NameValueModel::isMasked(int row) const
{
    const NameValue &value = m_rows[row];
    if (!m_secretsMasked || value.value.isEmpty())
        return false;
    return m_hasFlags ? m_flags[row] : holdsSecret(value);
}

void NameValueModel::setProblems(const QHash<int, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            {Qt::DecorationRole, Qt::ToolTipRole, ProblemRole});
}

int NameValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NameValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_hasFlags ? 3 : 2);
}

void NameValueModel::setSecretsMasked(bool masked)
{
    m_secretsMasked = masked;
    if (!m_rows.isEmpty())
        emit dataChanged(
            index(0, ValueColumn), index(int(m_rows.size()) - 1, ValueColumn), {Qt::DisplayRole});
}

QVariant NameValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NameValue &row = m_rows[index.row()];
    const QString problem = m_problems.value(index.row());
    if (index.column() == FlagColumn)
        return role == Qt::CheckStateRole ? QVariant(m_flags[index.row()] ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn && isMasked(index.row()))
            return Mask.toString();
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::EditRole:
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::ToolTipRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::DecorationRole:
        if (!problem.isEmpty() && index.column() == NameColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case ProblemRole:
        return problem;
    default:
        return {};
    }
}

bool NameValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == FlagColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        m_flags[index.row()] = value.toInt() == Qt::Checked;
        emit dataChanged(index.siblingAtColumn(0), index, {Qt::CheckStateRole, Qt::DisplayRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    NameValue &row = m_rows[index.row()];
    QString &target = index.column() == NameColumn ? row.name : row.value;
    if (target == value.toString())
        return true;
    target = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags NameValueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == FlagColumn)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant NameValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
        return m_headers[section];
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

bool NameValueModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(row, count, NameValue());
    m_flags.insert(row, count, false);
    m_problems.clear(); // rows moved: the next validation names them again
    endInsertRows();
    return true;
}

bool NameValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_flags.remove(row, count);
    m_problems.clear();
    endRemoveRows();
    return true;
}

} // namespace Qonduit
