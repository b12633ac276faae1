// SPDX-License-Identifier: MIT
#pragma once

#include "import/apidocument.h"

#include <QAbstractTableModel>

namespace Qonduit {

// The operations or requests of an imported document, one row each: method, path or URL, title, group.
// Those Qlik's connector cannot send stay listed, greyed, with the reason as their tooltip.
class ApiEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Method, Target, Title, Group, ColumnCount };
    enum Role { FitsRole = Qt::UserRole + 1, WhyNotRole };

    explicit ApiEntryModel(QObject *parent = nullptr);

    void setEntries(const QList<ApiEntry> &entries);
    const QList<ApiEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApiEntry> m_entries;
};

} // namespace Qonduit
