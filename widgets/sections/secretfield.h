// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Qonduit {

// A password line with a "Show" button beside it: hidden until the user asks.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};

} // namespace Qonduit
