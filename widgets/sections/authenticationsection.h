// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Qonduit {

class NameValueEditor;
class SecretField;
struct TokenResult;

// "Specifying credentials for the REST service": the schema, and the user name and password it needs.
class AuthenticationSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit AuthenticationSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

    // Current Windows User works only where Qonduit runs on Windows; tests turn it off and on.
    static bool currentWindowsUserAvailable();
    // What Get token brought: status, expiry and the answer's fields; the token masked.
    void showTokenResult(const TokenResult &result);

signals:
    // Get token was pressed: the dialog fetches it with the whole connection (proxy, variables).
    void tokenRequested();

private:
    void addTokenRows();
    void updateVisibility();

    QComboBox *m_schema;
    QLabel *m_schemaNote;
    QLineEdit *m_userName;
    SecretField *m_password;
    // A token first [ours].
    QComboBox *m_tokenSource;
    QLineEdit *m_tokenUrl;
    QComboBox *m_grant;
    QLineEdit *m_clientId;
    SecretField *m_clientSecret;
    QCheckBox *m_clientAsBasic;
    QLineEdit *m_scope;
    QLineEdit *m_audience;
    QLineEdit *m_tokenUser;
    SecretField *m_tokenPassword;
    SecretField *m_refreshToken;
    NameValueEditor *m_extraFields;
    QComboBox *m_tokenMethod; // a token from another request: its method, body and headers
    QPlainTextEdit *m_tokenBody;
    NameValueEditor *m_tokenHeaders;
    QLineEdit *m_tokenPath;
    QComboBox *m_placement;
    QLineEdit *m_placementName;
    QLineEdit *m_valuePrefix;
    QPushButton *m_getToken;
    QLabel *m_tokenNote;
};

} // namespace Qonduit
