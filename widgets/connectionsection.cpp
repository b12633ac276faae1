// SPDX-License-Identifier: MIT
#include "connectionsection.h"

#include "namevalueeditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>

namespace Qonduit {

namespace {

QString withoutMnemonic(QString label)
{
    return label.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

} // namespace

ConnectionSection::ConnectionSection(const QString &id, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("section.") + id);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

ConnectionSection::Field &ConnectionSection::registerField(
    QStringView field, QWidget *widget, const QString &toolTip, const QString &accessibleName)
{
    widget->setObjectName(field.toString());
    widget->setToolTip(toolTip);
    widget->setAccessibleName(accessibleName);
    widget->setAccessibleDescription(toolTip);
    watch(widget);

    auto *problem = new QLabel(this);
    problem->setObjectName(field.toString() + QStringLiteral(".problem"));
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    QPalette palette = problem->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28));
    problem->setPalette(palette);
    problem->setVisible(false);
    problem->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    Field &entry = m_fields[field.toString()];
    entry.widget = widget;
    entry.rowWidget = widget;
    entry.problem = problem;
    return entry;
}

void ConnectionSection::addRow(
    QStringView field, const QString &label, QWidget *widget, const QString &toolTip, QWidget *rowWidget)
{
    auto *rowLabel = new QLabel(label, this);
    rowLabel->setBuddy(widget);
    rowLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter); // stays right when widened to align sections
    Field &entry = registerField(field, widget, toolTip, withoutMnemonic(label));
    entry.rowLabel = rowLabel;
    entry.rowWidget = rowWidget ? rowWidget : widget;
    m_form->addRow(rowLabel, entry.rowWidget);
    m_form->addRow(QString(), entry.problem);
    m_form->setRowVisible(entry.problem, false);
}

void ConnectionSection::addCheckRow(QStringView field, QCheckBox *box, const QString &toolTip)
{
    Field &entry = registerField(field, box, toolTip, withoutMnemonic(box->text()));
    m_form->addRow(QString(), box);
    m_form->addRow(QString(), entry.problem);
    m_form->setRowVisible(entry.problem, false);
}

void ConnectionSection::addTableRow(
    QStringView field, const QString &label, NameValueEditor *editor, const QString &toolTip)
{
    auto *rowLabel = new QLabel(label, this);
    rowLabel->setBuddy(editor->view());
    Field &entry = registerField(field, editor, toolTip, withoutMnemonic(label));
    editor->nameParts(field.toString(), withoutMnemonic(label));
    entry.rowLabel = rowLabel;
    m_form->addRow(rowLabel);
    m_form->addRow(editor);
    m_form->addRow(entry.problem);
    m_form->setRowVisible(entry.problem, false);
}

QLabel *ConnectionSection::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    // Without this a wrapped label in a form keeps its narrow size hint and breaks every few words.
    note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    note->setMinimumWidth(note->fontMetrics().averageCharWidth() * 60);
    m_form->addRow(QString(), note);
    return note;
}

void ConnectionSection::watch(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSection::changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &ConnectionSection::changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionSection::changed);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, &ConnectionSection::changed);
    } else if (auto *box = qobject_cast<QCheckBox *>(widget))
        connect(box, &QCheckBox::toggled, this, &ConnectionSection::changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionSection::changed);
    else if (auto *editor = qobject_cast<NameValueEditor *>(widget))
        connect(editor, &NameValueEditor::changed, this, &ConnectionSection::changed);
}

void ConnectionSection::setFieldVisible(QStringView field, bool visible)
{
    auto found = m_fields.find(field.toString());
    if (found == m_fields.end())
        return;
    found->visible = visible;
    refreshRow(*found);
}

void ConnectionSection::refreshRow(const Field &field)
{
    if (field.rowLabel && qobject_cast<NameValueEditor *>(field.widget)) {
        m_form->setRowVisible(field.rowLabel, field.visible);
    }
    m_form->setRowVisible(field.rowWidget, field.visible);
    m_form->setRowVisible(field.problem, field.visible && !field.problem->text().isEmpty());
}

int ConnectionSection::showProblems(const QList<ValidationProblem> &problems)
{
    QHash<QString, QStringList> messages;
    QHash<QString, QHash<int, QString>> rowMessages;
    int count = 0;
    for (const ValidationProblem &problem : problems) {
        if (!m_fields.contains(problem.field))
            continue;
        ++count;
        const QString text = (problem.isError() ? QString() : tr("Warning: ")) + problem.message;
        if (problem.row >= 0) {
            QString &rowText = rowMessages[problem.field][problem.row];
            rowText += (rowText.isEmpty() ? QString() : QStringLiteral("\n")) + text;
        }
        messages[problem.field].append(text);
    }
    for (auto field = m_fields.begin(); field != m_fields.end(); ++field) {
        field->problem->setText(messages.value(field.key()).join(u'\n'));
        if (auto *editor = qobject_cast<NameValueEditor *>(field->widget))
            editor->setProblems(rowMessages.value(field.key()));
        refreshRow(*field);
    }
    return count;
}

int ConnectionSection::labelColumnWidth() const
{
    int width = 0;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *label = m_form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
            width = std::max(width, label->widget()->sizeHint().width());
    }
    return width;
}

void ConnectionSection::setLabelColumnWidth(int width)
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *label = m_form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
            label->widget()->setMinimumWidth(width);
    }
}

QWidget *ConnectionSection::fieldWidget(QStringView field) const
{
    return m_fields.value(field.toString()).widget;
}

} // namespace Qonduit
