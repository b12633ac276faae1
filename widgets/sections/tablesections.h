// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QCheckBox;

namespace Qonduit {

class NameValueEditor;

// Trusted locations: the only hosts that get the user's credentials.
class TrustedLocationsSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit TrustedLocationsSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    NameValueEditor *m_locations;
};

// "Specifying additional parameters": query parameters and query headers.
class QueryParametersSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit QueryParametersSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;
    // The values of secret headers are dots until the user shows them.
    bool secretHeadersShown() const;

signals:
    void secretHeadersShownChanged(bool shown);

private:
    NameValueEditor *m_parameters;
    QCheckBox *m_addMissing;
    NameValueEditor *m_headers;
};

// Variables [ours]: the $(vName)s of the URL, the query parameters, the headers and the body, with the
// values Test connection sends for them; Qlik sets them in the script.
class VariablesSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit VariablesSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    NameValueEditor *m_variables;
};

// "Specifying security": response headers, HTTPS only, the whitelist for redirects.
class SecuritySection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit SecuritySection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    QCheckBox *m_allowResponseHeaders;
    QCheckBox *m_httpsOnly;
    NameValueEditor *m_whitelist;
};

} // namespace Qonduit
