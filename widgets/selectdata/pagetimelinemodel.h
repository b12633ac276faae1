// SPDX-License-Identifier: MIT
#pragma once

#include "pagination/pagewalker.h"

#include <QAbstractTableModel>

namespace Qonduit {

// One row per page of a pagination walk: number, URL, status, records, what it led to, time.
class PageTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PageColumn,
        UrlColumn,
        StatusColumn,
        RecordsColumn,
        NextColumn,
        TimeColumn,
        DuplicatesColumn,
        NoteColumn,
        ColumnCount
    };

    explicit PageTimelineModel(QObject *parent = nullptr);
    void clear();
    void append(const PageRecord &page);
    const QList<PageRecord> &pages() const { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PageRecord> m_pages;
};

} // namespace Qonduit
