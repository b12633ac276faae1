// SPDX-License-Identifier: MIT
#include "namevalueeditor.h"

#include "namevaluemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qonduit {

NameValueEditor::NameValueEditor(const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : QWidget(parent)
    , m_model(new NameValueModel(nameHeader, valueHeader, this))
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Typing, F2 or a double click edits a cell; moving through the cells with the arrows does not.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(true);
    m_view->horizontalHeader()->setSectionResizeMode(NameValueModel::NameColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(NameValueModel::NameColumn, 220);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4
        + m_view->horizontalHeader()->sizeHint().height() + 4);
    m_view->setMaximumHeight(m_view->minimumHeight() * 2);
    m_view->installEventFilter(this);

    m_add->setText(tr("Add"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setToolTip(tr("Add a row (Insert)"));
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setToolTip(tr("Remove the selected rows (Delete)"));

    m_buttons = new QVBoxLayout;
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);

    connect(m_add, &QToolButton::clicked, this, &NameValueEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &NameValueEditor::removeSelectedRows);
    connect(m_model, &NameValueModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || roles.contains(Qt::EditRole) || roles.contains(Qt::CheckStateRole))
                emit changed();
        });
    connect(m_model, &NameValueModel::rowsInserted, this, &NameValueEditor::changed);
    connect(m_model, &NameValueModel::rowsRemoved, this, &NameValueEditor::changed);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &NameValueEditor::updateButtons);
    connect(m_model, &NameValueModel::modelReset, this, &NameValueEditor::updateButtons);
    updateButtons();
}

void NameValueEditor::enableFlagColumn(const QString &header)
{
    m_model->enableFlagColumn(header);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(NameValueModel::ValueColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(NameValueModel::FlagColumn, QHeaderView::ResizeToContents);
    columns->resizeSection(NameValueModel::NameColumn, 220);
}

void NameValueEditor::setFlags(const QList<bool> &flags)
{
    m_model->setFlags(flags);
}

QList<bool> NameValueEditor::flags() const
{
    return m_model->flags();
}

void NameValueEditor::enableSecretMasking(const QString &toolTip, const QString &accessibleName)
{
    auto *reveal = m_reveal = new QToolButton(this);
    reveal->setObjectName(QStringLiteral("showSecrets"));
    reveal->setText(tr("Show"));
    reveal->setCheckable(true);
    reveal->setToolButtonStyle(Qt::ToolButtonTextOnly);
    reveal->setToolTip(toolTip.isEmpty()
            ? tr("Show the values of headers that hold secrets (Authorization, API keys, tokens)")
            : toolTip);
    reveal->setAccessibleName(accessibleName.isEmpty() ? tr("Show secret header values") : accessibleName);
    m_buttons->insertWidget(2, reveal); // below Add and Remove
    m_model->setSecretsMasked(true);
    connect(reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_model->setSecretsMasked(!shown);
        emit secretsRevealed(shown);
    });
}

void NameValueEditor::nameParts(const QString &field, const QString &label)
{
    m_view->setObjectName(field + QStringLiteral(".table"));
    m_view->setAccessibleName(label);
    m_view->setToolTip(toolTip());
    m_add->setObjectName(field + QStringLiteral(".add"));
    m_add->setAccessibleName(tr("Add a row to %1").arg(label));
    m_remove->setObjectName(field + QStringLiteral(".remove"));
    if (m_reveal)
        m_reveal->setObjectName(field + QStringLiteral(".showSecrets"));
    m_remove->setAccessibleName(tr("Remove the selected rows from %1").arg(label));
}

void NameValueEditor::setRows(const QList<NameValue> &rows)
{
    m_model->setRows(rows);
}

QList<NameValue> NameValueEditor::rows() const
{
    return m_model->rows();
}

void NameValueEditor::setProblems(const QHash<int, QString> &problems)
{
    m_model->setProblems(problems);
}

void NameValueEditor::addRow()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex name = m_model->index(row, NameValueModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
}

void NameValueEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_model->removeRows(row, 1);
}

bool NameValueEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the keys, so these reach the view only between edits.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeSelectedRows();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NameValueEditor::updateButtons()
{
    m_remove->setEnabled(m_view->selectionModel()->hasSelection() || m_view->currentIndex().isValid());
}

} // namespace Qonduit
