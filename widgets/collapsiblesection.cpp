// SPDX-License-Identifier: MIT
#include "collapsiblesection.h"

#include "connectionsection.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace Qonduit {

CollapsibleSection::CollapsibleSection(ConnectionSection *section, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
    , m_header(new QToolButton(this))
{
    setObjectName(section->objectName() + QStringLiteral(".box"));
    m_header->setObjectName(section->objectName() + QStringLiteral(".toggle"));
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_header->setFont(bold);
    m_header->setAccessibleDescription(tr("Shows or hides this part of the form"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(section);
    section->setContentsMargins(18, 0, 0, 0);

    connect(m_header, &QToolButton::toggled, this, [this](bool expanded) {
        m_section->setVisible(expanded);
        updateHeader();
    });
    updateHeader();
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

void CollapsibleSection::setProblemCount(int count)
{
    m_problems = count;
    updateHeader();
}

void CollapsibleSection::updateHeader()
{
    m_header->setArrowType(isExpanded() ? Qt::DownArrow : Qt::RightArrow);
    const QString title = m_section->title();
    m_header->setText(m_problems == 0 ? title : tr("%1  (%n problem(s))", nullptr, m_problems).arg(title));
    m_header->setAccessibleName(m_header->text());
}

} // namespace Qonduit
