// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QHash>
#include <QWidget>

class QTableView;
class QVBoxLayout;
class QToolButton;

namespace Qonduit {

class NameValueModel;

// A name/value table with add and remove buttons: Insert adds a row and starts editing its name,
// Delete removes the selected rows, Tab moves from name to value.
class NameValueEditor : public QWidget
{
    Q_OBJECT

public:
    NameValueEditor(const QString &nameHeader, const QString &valueHeader, QWidget *parent = nullptr);

    void setRows(const QList<NameValue> &rows);
    QList<NameValue> rows() const;
    void setProblems(const QHash<int, QString> &problems);

    // Names the table and buttons after the field ("queryParameters.table", ".add", ".remove") and
    // gives them accessible names that say which table they belong to.
    void nameParts(const QString &field, const QString &label);

    // Masks the values of secret headers (with a flag column: of ticked rows), with a "Show" toggle beside
    // the table (named field.showSecrets).
    void enableSecretMasking(const QString &toolTip = QString(), const QString &accessibleName = QString());
    // A third column of ticks, such as a variable's "Secret".
    void enableFlagColumn(const QString &header);
    void setFlags(const QList<bool> &flags);
    QList<bool> flags() const;

    NameValueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void addRow();
    void removeSelectedRows();

signals:
    void changed();
    void secretsRevealed(bool revealed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVBoxLayout *m_buttons = nullptr;
    void updateButtons();

    NameValueModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_reveal = nullptr; // with secret masking
};

} // namespace Qonduit
