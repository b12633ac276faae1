// SPDX-License-Identifier: MIT
#include "import/apientrymodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace Qonduit {

ApiEntryModel::ApiEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ApiEntryModel::setEntries(const QList<ApiEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ApiEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ApiEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ApiEntry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Method:
            return entry.method;
        case Target:
            return entry.target;
        case Title:
            return entry.title;
        case Group:
            return entry.group;
        }
        return {};
    case Qt::ToolTipRole:
        return entry.fits() ? QVariant(entry.title.isEmpty() ? entry.target : entry.title)
                            : QVariant(entry.whyNot);
    case Qt::ForegroundRole:
        // Greyed, not hidden: the user sees the operation is there and, hovering, why it cannot be used.
        if (!entry.fits())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case FitsRole:
        return entry.fits();
    case WhyNotRole:
        return entry.whyNot;
    }
    return {};
}

QVariant ApiEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Method:
        return tr("Method");
    case Target:
        return tr("Path or URL");
    case Title:
        return tr("Summary");
    case Group:
        return tr("Tag or folder");
    }
    return {};
}

} // namespace Qonduit
