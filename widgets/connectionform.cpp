// SPDX-License-Identifier: MIT
#include "connectionform.h"

#include "collapsiblesection.h"
#include "sections/authenticationsection.h"
#include "sections/certificatessection.h"
#include "sections/paginationsection.h"
#include "sections/proxynamesections.h"
#include "sections/requestsection.h"
#include "sections/tablesections.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace Qonduit {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScroll"));
    auto *host = new QWidget(this);
    host->setObjectName(QStringLiteral("form"));
    auto *layout = new QVBoxLayout(host);
    m_request = new RequestSection(host);
    m_queryParameters = new QueryParametersSection(host);
    m_authentication = new AuthenticationSection(host);
    const QList<ConnectionSection *> sections {
        m_request,
        m_authentication,
        new CertificatesSection(host),
        new TrustedLocationsSection(host),
        m_queryParameters,
        new VariablesSection(host),
        new PaginationSection(host),
        new SecuritySection(host),
        new ProxySection(host),
        new NameSection(host),
    };
    int labelWidth = 0;
    for (ConnectionSection *section : sections) {
        auto *box = new CollapsibleSection(section, host);
        layout->addWidget(box);
        m_boxes.append(box);
        labelWidth = std::max(labelWidth, section->labelColumnWidth());
        connect(section, &ConnectionSection::changed, this, [this] {
            if (!m_loading)
                emit changed();
        });
    }
    layout->addStretch(1);
    for (ConnectionSection *section : sections)
        section->setLabelColumnWidth(labelWidth);
    connect(m_request, &RequestSection::urlTyped, this, &ConnectionForm::urlTyped);
    connect(m_authentication, &AuthenticationSection::tokenRequested, this, &ConnectionForm::tokenRequested);
    connect(m_queryParameters, &QueryParametersSection::secretHeadersShownChanged, this,
        &ConnectionForm::secretHeadersShownChanged);
    setWidget(host);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void ConnectionForm::load(const ConnectionSettings &settings)
{
    m_loading = true;
    m_base = settings;
    for (ConnectionSection *section : sections())
        section->load(settings);
    m_loading = false;
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings settings = m_base;
    for (const ConnectionSection *section : sections())
        section->save(settings);
    return settings;
}

void ConnectionForm::showProblems(const QList<ValidationProblem> &problems)
{
    for (CollapsibleSection *box : std::as_const(m_boxes))
        box->setProblemCount(box->section()->showProblems(problems));
}

void ConnectionForm::showTokenResult(const TokenResult &result)
{
    m_authentication->showTokenResult(result);
}

QList<ConnectionSection *> ConnectionForm::sections() const
{
    QList<ConnectionSection *> result;
    for (CollapsibleSection *box : m_boxes)
        result.append(box->section());
    return result;
}

bool ConnectionForm::showSection(const QString &id)
{
    for (CollapsibleSection *box : std::as_const(m_boxes)) {
        if (box->section()->id() != id)
            continue;
        box->setExpanded(true);
        widget()->layout()->activate();
        verticalScrollBar()->setValue(box->y());
        return true;
    }
    return false;
}

bool ConnectionForm::focusField(const QString &field)
{
    for (ConnectionSection *section : sections()) {
        if (QWidget *fieldWidget = section->fieldWidget(field)) {
            showSection(section->id());
            ensureWidgetVisible(fieldWidget);
            fieldWidget->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

bool ConnectionForm::secretHeadersShown() const
{
    return m_queryParameters->secretHeadersShown();
}

} // namespace Qonduit
