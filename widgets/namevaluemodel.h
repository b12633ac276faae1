// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Qonduit {

// The rows of one of the form's name/value tables, editable in place, with a problem per row
// (a repeated name, a URL that is not one) shown where the row is.
class NameValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, FlagColumn };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    NameValueModel(const QString &nameHeader, const QString &valueHeader, QObject *parent = nullptr);

    void setRows(const QList<NameValue> &rows);
    QList<NameValue> rows() const { return m_rows; }
    // A third column of ticks (the variables' "Secret"); a ticked row's value is the one masked.
    void enableFlagColumn(const QString &header);
    void setFlags(const QList<bool> &flags);
    QList<bool> flags() const { return m_flags; }
    // Problems by row; rows not named have none.
    void setProblems(const QHash<int, QString> &problems);
    // Values of headers that hold secrets (isSecretHeader) show as dots until revealed; editing a
    // cell shows the real value.
    void setSecretsMasked(bool masked);
    bool secretsMasked() const { return m_secretsMasked; }
    static constexpr QStringView Mask = u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    bool isMasked(int row) const;

    bool m_secretsMasked = false;
    QString m_headers[3];
    bool m_hasFlags = false;
    QList<NameValue> m_rows;
    QList<bool> m_flags; // one per row, with the flag column
    QHash<int, QString> m_problems;
};

} // namespace Qonduit
