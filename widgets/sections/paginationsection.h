// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Qonduit {

// "Specifying the type of pagination": the type, and the fields of that type only.
class PaginationSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit PaginationSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    // Each field belongs to one pagination type; the table says which, and binds it to the settings.
    struct Binding
    {
        PaginationType type;
        QWidget *widget;
        QString *(*text)(PaginationSettings &) = nullptr;
        bool *(*flag)(PaginationSettings &) = nullptr;
    };
    void addOffsetFields();
    void addNextPageFields();
    void addNextTokenAndUrlFields();
    QLineEdit *addText(PaginationType type, QStringView field, const QString &label, const QString &toolTip,
        QString *(*text)(PaginationSettings &));
    QCheckBox *addFlag(PaginationType type, QStringView field, const QString &label, const QString &toolTip,
        bool *(*flag)(PaginationSettings &));
    void updateVisibility();

    QComboBox *m_type;
    QLabel *m_typeNote;
    QList<Binding> m_bindings;
};

} // namespace Qonduit
