// SPDX-License-Identifier: MIT
#include "secretfield.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Qonduit {

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show or hide the text"));
    m_reveal->setAccessibleName(tr("Show password"));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
}

} // namespace Qonduit
