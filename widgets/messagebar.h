// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Qonduit {

// A line above the form for what the user should know now (a paste that failed, a draft to restore),
// without a modal box in the way.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    // A button on the bar; the bar closes when it is clicked.
    QPushButton *addButton(const QString &text, const QString &objectName);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    void clearButtons();

    QLabel *m_text;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace Qonduit
