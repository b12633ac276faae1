// SPDX-License-Identifier: MIT
#include "selectdata/pagetimelinemodel.h"

namespace Qonduit {

PageTimelineModel::PageTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PageTimelineModel::clear()
{
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

void PageTimelineModel::append(const PageRecord &page)
{
    beginInsertRows({}, int(m_pages.size()), int(m_pages.size()));
    m_pages.append(page);
    endInsertRows();
}

int PageTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

int PageTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PageTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const PageRecord &page = m_pages[index.row()];
    switch (index.column()) {
    case PageColumn:
        return page.number;
    case UrlColumn:
        return page.url.toString();
    case StatusColumn:
        return page.status;
    case RecordsColumn:
        return page.records < 0 ? QVariant(tr("?")) : QVariant(page.records);
    case NextColumn:
        return page.next;
    case TimeColumn:
        return tr("%1 ms").arg(page.milliseconds);
    case DuplicatesColumn:
        return page.duplicates;
    case NoteColumn:
        return page.note;
    default:
        return {};
    }
}

QVariant PageTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PageColumn:
        return tr("Page");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case RecordsColumn:
        return tr("Records");
    case NextColumn:
        return tr("Next");
    case TimeColumn:
        return tr("Time");
    case DuplicatesColumn:
        return tr("Repeated records");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Qonduit
