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

VariablesSection::VariablesSection(QWidget *parent)
    : ConnectionSection(FieldId::Variables.toString(), tr("Variables (Qonduit)"), parent)
    , m_variables(new NameValueEditor(tr("Name"), tr("Test value"), this))
{
    m_variables->enableFlagColumn(tr("Secret"));
    m_variables->enableSecretMasking(
        tr("Show the test values of secret variables"), tr("Show secret test values"));
    addTableRow(FieldId::Variables, tr("&Variables"), m_variables,
        tr("Qlik variables written as $(vName) in the URL, query parameters, headers or body. Qlik sets "
           "them in the script (LET) and expands them in WITH CONNECTION; Test connection sends the test "
           "value instead. A secret one is kept in the keychain, never in a file or a script."));
}

void VariablesSection::load(const ConnectionSettings &settings)
{
    QList<NameValue> rows;
    QList<bool> secret;
    for (const Variable &variable : settings.variables) {
        rows.append({variable.name, variable.testValue});
        secret.append(variable.secret);
    }
    m_variables->setRows(rows);
    m_variables->setFlags(secret);
}

void VariablesSection::save(ConnectionSettings &settings) const
{
    const QList<NameValue> rows = m_variables->rows();
    const QList<bool> secret = m_variables->flags();
    settings.variables.clear();
    for (qsizetype row = 0; row < rows.size(); ++row)
        settings.variables.append({rows[row].name, rows[row].value, secret.value(row)});
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
