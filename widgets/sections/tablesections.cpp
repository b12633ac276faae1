// SPDX-License-Identifier: MIT
#include "tablesections.h"

#include "fieldid.h"
#include "namevalueeditor.h"
#include "namevaluemodel.h"

#include <QCheckBox>

namespace Qonduit {

TrustedLocationsSection::TrustedLocationsSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("trustedLocations"), tr("Trusted locations"), parent)
    , m_locations(new NameValueEditor(tr("Alias"), tr("URL with port"), this))
{
    addTableRow(FieldId::TrustedLocations, tr("Trusted &locations"), m_locations,
        tr("The only hosts to which the user credentials can be sent: a URL with a port number as the "
           "value, an alias for the host as the name. Aliases must be unique."));
}

void TrustedLocationsSection::load(const ConnectionSettings &settings)
{
    m_locations->setRows(settings.trustedLocations);
}

void TrustedLocationsSection::save(ConnectionSettings &settings) const
{
    settings.trustedLocations = m_locations->rows();
}

QueryParametersSection::QueryParametersSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("queryParameters"), tr("Query parameters and headers"), parent)
    , m_parameters(new NameValueEditor(tr("Name"), tr("Value"), this))
    , m_addMissing(new QCheckBox(tr("Add &missing query parameters to final request"), this))
    , m_headers(new NameValueEditor(tr("Name"), tr("Value"), this))
{
    addTableRow(FieldId::QueryParameters, tr("&Query parameters"), m_parameters,
        tr("Parameters added to the URL, for example filter = salary>10000, or a security key. Names must "
           "be unique: for repeated names, put them in the URL or use WITH CONNECTION in the script."));
    addCheckRow(FieldId::AddMissingQueryParameters, m_addMissing,
        tr("Add these query parameters to every URL that lacks them: the next-page URLs of Next URL "
           "pagination, and the URLs of WITH CONNECTION statements."));
    m_headers->enableSecretMasking();
    connect(m_headers, &NameValueEditor::secretsRevealed, this,
        &QueryParametersSection::secretHeadersShownChanged);
    addTableRow(FieldId::QueryHeaders, tr("Query &headers"), m_headers,
        tr("HTTP request headers, for example Accept-Language = en. An If-Modified-Since header must have "
           "the form yyyy-MM-dd-HH:mm:ssZ."));
}

void QueryParametersSection::load(const ConnectionSettings &settings)
{
    m_parameters->setRows(settings.queryParameters);
    m_addMissing->setChecked(settings.addMissingQueryParameters);
    m_headers->setRows(settings.queryHeaders);
}

bool QueryParametersSection::secretHeadersShown() const
{
    return !m_headers->model()->secretsMasked();
}

void QueryParametersSection::save(ConnectionSettings &settings) const
{
    settings.queryParameters = m_parameters->rows();
    settings.addMissingQueryParameters = m_addMissing->isChecked();
    settings.queryHeaders = m_headers->rows();
}

SecuritySection::SecuritySection(QWidget *parent)
    : ConnectionSection(QStringLiteral("security"), tr("Security"), parent)
    , m_allowResponseHeaders(new QCheckBox(tr("Allow response &headers"), this))
    , m_httpsOnly(new QCheckBox(tr("Allow &HTTPS only"), this))
    , m_whitelist(new NameValueEditor(tr("Alias"), tr("URL"), this))
{
    addCheckRow(FieldId::Security::AllowResponseHeaders, m_allowResponseHeaders,
        tr("Let the response's HTTP headers be loaded as data. Off by default since connector 1.2."));
    addCheckRow(FieldId::Security::AllowHttpsOnly, m_httpsOnly,
        tr("Every URL must use HTTPS: the connection's URL and every URL in the whitelist and the "
           "trusted locations."));
    addTableRow(FieldId::Security::Whitelist, tr("&Whitelist for redirects"), m_whitelist,
        tr("The only URLs to which responses can redirect for paged data: a URL as the value, an alias "
           "as the name. Aliases must be unique."));
}

void SecuritySection::load(const ConnectionSettings &settings)
{
    m_allowResponseHeaders->setChecked(settings.security.allowResponseHeaders);
    m_httpsOnly->setChecked(settings.security.allowHttpsOnly);
    m_whitelist->setRows(settings.security.whitelist);
}

void SecuritySection::save(ConnectionSettings &settings) const
{
    settings.security.allowResponseHeaders = m_allowResponseHeaders->isChecked();
    settings.security.allowHttpsOnly = m_httpsOnly->isChecked();
    settings.security.whitelist = m_whitelist->rows();
}

} // namespace Qonduit
