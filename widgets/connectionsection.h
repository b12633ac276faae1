// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectionvalidator.h"

#include <QComboBox>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace Qonduit {

class NameValueEditor;

// One part of Qlik's REST connection form. Each section reads its fields from the settings, writes
// them back, says when the user changed something, and shows the validator's problems next to the
// fields it owns. Field widgets are named after their path in the .qonduit file ("request.url"),
// the same name validation uses, so a problem finds its field without a lookup table.
class ConnectionSection : public QWidget
{
    Q_OBJECT

public:
    ConnectionSection(const QString &id, const QString &title, QWidget *parent = nullptr);

    QString id() const { return objectName().mid(8); } // "section.request" -> "request"
    QString title() const { return m_title; }

    virtual void load(const ConnectionSettings &settings) = 0;
    virtual void save(ConnectionSettings &settings) const = 0;

    // Shows the problems of this section's fields next to them; returns how many there were.
    int showProblems(const QList<ValidationProblem> &problems);

    // The widest label of this section, and a width for all: the dialog aligns every section's fields.
    int labelColumnWidth() const;
    void setLabelColumnWidth(int width);
    QWidget *fieldWidget(QStringView field) const;

signals:
    void changed();

protected:
    QFormLayout *form() const { return m_form; }
    // A labelled row: the label's mnemonic leads to the field; the tooltip comes from Qlik's help.
    // rowWidget, when given, is what stands in the row (the field with buttons beside it).
    void addRow(QStringView field, const QString &label, QWidget *widget, const QString &toolTip,
        QWidget *rowWidget = nullptr);
    // A check box on a row of its own, its text the label.
    void addCheckRow(QStringView field, QCheckBox *box, const QString &toolTip);
    // A table on a row of its own, under a label.
    void addTableRow(
        QStringView field, const QString &label, NameValueEditor *editor, const QString &toolTip);
    // An explanation below the fields, in the smaller print of help text.
    QLabel *addNote(const QString &text);
    void setFieldVisible(QStringView field, bool visible);

    // The enum value each item of a combo box stands for.
    template<typename E>
    static void addItem(QComboBox *combo, const QString &text, E value)
    {
        combo->addItem(text, int(value));
    }
    template<typename E>
    static E valueOf(const QComboBox *combo)
    {
        return E(combo->currentData().toInt());
    }
    template<typename E>
    static void select(QComboBox *combo, E value)
    {
        combo->setCurrentIndex(combo->findData(int(value)));
    }

private:
    struct Field
    {
        QWidget *widget = nullptr;
        QWidget *rowWidget = nullptr; // what stands in the form: the widget, or a box holding it
        QWidget *rowLabel = nullptr;
        QLabel *problem = nullptr;
        bool visible = true;
    };
    void watch(QWidget *widget);
    Field &registerField(
        QStringView field, QWidget *widget, const QString &toolTip, const QString &accessibleName);
    void refreshRow(const Field &field);

    QString m_title;
    QFormLayout *m_form;
    QHash<QString, Field> m_fields;
};

} // namespace Qonduit
