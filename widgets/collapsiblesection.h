// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QToolButton;

namespace Qonduit {

class ConnectionSection;

// A section under a header that folds it away; the header also counts the section's problems.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsibleSection(ConnectionSection *section, QWidget *parent = nullptr);

    ConnectionSection *section() const { return m_section; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    void setProblemCount(int count);

private:
    void updateHeader();

    ConnectionSection *m_section;
    QToolButton *m_header;
    int m_problems = 0;
};

} // namespace Qonduit
