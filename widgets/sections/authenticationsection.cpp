// SPDX-License-Identifier: MIT
#include "authenticationsection.h"

#include "fieldid.h"
#include "namevalueeditor.h"
#include "sections/secretfield.h"
#include "token/tokenclient.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace Qonduit {

bool AuthenticationSection::currentWindowsUserAvailable()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

AuthenticationSection::AuthenticationSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("authentication"), tr("Authentication"), parent)
    , m_schema(new QComboBox(this))
    , m_schemaNote(nullptr)
    , m_userName(new QLineEdit(this))
    , m_password(new SecretField(this))
    , m_tokenSource(new QComboBox(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_grant(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new SecretField(this))
    , m_clientAsBasic(new QCheckBox(tr("Send the client id and secret as &Basic"), this))
    , m_scope(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_tokenUser(new QLineEdit(this))
    , m_tokenPassword(new SecretField(this))
    , m_refreshToken(new SecretField(this))
    , m_extraFields(new NameValueEditor(tr("Name"), tr("Value"), this))
    , m_tokenMethod(new QComboBox(this))
    , m_tokenBody(new QPlainTextEdit(this))
    , m_tokenHeaders(new NameValueEditor(tr("Name"), tr("Value"), this))
    , m_tokenPath(new QLineEdit(this))
    , m_placement(new QComboBox(this))
    , m_placementName(new QLineEdit(this))
    , m_valuePrefix(new QLineEdit(this))
    , m_getToken(new QPushButton(tr("Get token"), this))
    , m_tokenNote(nullptr)
{
    addItem(m_schema, tr("Anonymous"), AuthSchema::Anonymous);
    addItem(m_schema, tr("Basic"), AuthSchema::Basic);
    addItem(m_schema, tr("Digest"), AuthSchema::Digest);
    addItem(m_schema, tr("Windows NTLM"), AuthSchema::Ntlm);
    addItem(m_schema, tr("Current Windows User (NTLM)"), AuthSchema::CurrentWindowsUser);
    if (!currentWindowsUserAvailable()) {
        // Offered, but not selectable: the user sees it exists and why it cannot be chosen here.
        auto *items = qobject_cast<QStandardItemModel *>(m_schema->model());
        QStandardItem *item = items->item(m_schema->findData(int(AuthSchema::CurrentWindowsUser)));
        item->setEnabled(false);
        item->setToolTip(tr("Only available when Qonduit runs on Windows: it uses the Windows account of the "
                            "user who starts it."));
    }
    m_schema->setMaximumWidth(260);
    addRow(FieldId::Authentication::Schema, tr("Authentication &schema"), m_schema,
        tr("How Qonduit, and Qlik's REST connector, authenticate to the REST service."));
    m_schemaNote = addNote(QString());
    m_schemaNote->setObjectName(QStringLiteral("authentication.schema.note"));

    addRow(FieldId::Authentication::UserName, tr("User &name"), m_userName,
        tr("The user name of the REST account. For Digest and NTLM, a Windows domain account "
           "(DOMAIN\\user)."));
    addRow(FieldId::Authentication::Password, tr("Pass&word"), m_password->edit(),
        tr("The password of the REST account. It is never saved in connection files or drafts."), m_password);

    addTokenRows();
    connect(m_schema, &QComboBox::currentIndexChanged, this, &AuthenticationSection::updateVisibility);
    for (QComboBox *combo : {m_tokenSource, m_grant, m_placement, m_tokenMethod})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuthenticationSection::updateVisibility);
    updateVisibility();
}

// Qonduit's own rows, after Qlik's: Qlik's connector has no OAuth 2.0, so its connection stays as the
// schema says and the script fetches the token with a connection of its own.
void AuthenticationSection::addTokenRows()
{
    addItem(m_tokenSource, tr("None"), TokenSource::None);
    addItem(m_tokenSource, tr("OAuth 2.0 token (Qonduit)"), TokenSource::OAuth2);
    addItem(m_tokenSource, tr("Token from another request (Qonduit)"), TokenSource::Request);
    m_tokenSource->setMaximumWidth(320);
    addRow(FieldId::Token::Source, tr("Token &first"), m_tokenSource,
        tr("Fetch a token before the data request, as most APIs want today. Qlik's REST connector cannot "
           "(it has no OAuth 2.0): the script fetches it with a connection of its own and sends it in WITH "
           "CONNECTION."));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://login.example.com/oauth/token"));
    addRow(FieldId::Token::Url, tr("Token &URL"), m_tokenUrl,
        tr("The token endpoint, or the login request's URL."));
    addItem(m_grant, tr("Client credentials"), OAuthGrant::ClientCredentials);
    addItem(m_grant, tr("Password"), OAuthGrant::Password);
    addItem(m_grant, tr("Refresh token"), OAuthGrant::RefreshToken);
    m_grant->setMaximumWidth(260);
    addRow(FieldId::Token::Grant, tr("&Grant type"), m_grant,
        tr("The OAuth 2.0 grant the token endpoint is asked for."));
    addRow(FieldId::Token::ClientId, tr("&Client id"), m_clientId,
        tr("The id of the client registered with the API."));
    addRow(FieldId::Token::ClientSecret, tr("Client s&ecret"), m_clientSecret->edit(),
        tr("The client's secret. Kept in the keychain, never in a file or a script unless asked."),
        m_clientSecret);
    addCheckRow(FieldId::Token::ClientSecretAsBasic, m_clientAsBasic,
        tr("Send the client's id and secret as an Authorization: Basic header instead of in the form."));
    addRow(FieldId::Token::Scope, tr("Sco&pe"), m_scope, tr("The scopes asked for, separated by spaces."));
    addRow(FieldId::Token::Audience, tr("A&udience"), m_audience,
        tr("The API the token is for, where the endpoint wants it."));
    addRow(
        FieldId::Token::UserName, tr("Token user na&me"), m_tokenUser, tr("The user of the password grant."));
    addRow(FieldId::Token::Password, tr("Token pass&word"), m_tokenPassword->edit(),
        tr("The password of the password grant; kept in the keychain."), m_tokenPassword);
    addRow(FieldId::Token::RefreshToken, tr("Re&fresh token"), m_refreshToken->edit(),
        tr("The refresh token of the refresh grant; kept in the keychain."), m_refreshToken);
    addTableRow(FieldId::Token::ExtraFields, tr("More form fiel&ds"), m_extraFields,
        tr("More fields of the token request's form, such as resource, where the endpoint wants them."));
    addItem(m_tokenMethod, QStringLiteral("GET"), HttpMethod::Get);
    addItem(m_tokenMethod, QStringLiteral("POST"), HttpMethod::Post);
    m_tokenMethod->setMaximumWidth(140);
    addRow(FieldId::Token::Method, tr("Token request me&thod"), m_tokenMethod,
        tr("The method of the request whose answer holds the token: GET or POST, as Qlik can send."));
    m_tokenBody->setTabChangesFocus(true);
    m_tokenBody->setPlaceholderText(
        QStringLiteral("{\"user\": \"$(vUser)\", \"password\": \"$(vPassword)\"}"));
    m_tokenBody->setMaximumHeight(m_tokenBody->fontMetrics().height() * 6);
    addRow(FieldId::Token::Body, tr("Token request b&ody"), m_tokenBody,
        tr("The body the POST sends, such as a login's user and password. Put a password in a secret "
           "variable: the body is saved as written."));
    m_tokenHeaders->enableSecretMasking();
    addTableRow(FieldId::Token::Headers, tr("Token request hea&ders"), m_tokenHeaders,
        tr("The headers of the token request, such as Content-Type or an API key. Secret ones "
           "(Authorization, "
           "keys, tokens) are kept in the keychain."));
    addRow(FieldId::Token::TokenPath, tr("Token pat&h"), m_tokenPath,
        tr("Where the answer has the token: access_token, or a path such as data/token."));
    addItem(m_placement, tr("A header"), TokenPlacement::Header);
    addItem(m_placement, tr("A query parameter"), TokenPlacement::QueryParameter);
    m_placement->setMaximumWidth(260);
    addRow(FieldId::Token::Placement, tr("Send the token &in"), m_placement,
        tr("How the data request carries the token."));
    addRow(FieldId::Token::PlacementName, tr("Header or parameter n&ame"), m_placementName,
        tr("The header or query parameter that carries the token: Authorization by default."));
    addRow(FieldId::Token::ValuePrefix, tr("Value pre&fix"), m_valuePrefix,
        tr("What stands before the token in the header: \"Bearer \" by default."));
    m_getToken->setObjectName(QStringLiteral("getTokenButton"));
    m_getToken->setToolTip(tr("Perform the token request now and show what it answers"));
    connect(m_getToken, &QPushButton::clicked, this, &AuthenticationSection::tokenRequested);
    m_tokenNote = addNote(QString());
    m_tokenNote->setObjectName(QStringLiteral("token.note"));
    m_tokenNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenNote->parentWidget()->layout()->addWidget(m_getToken);
}

void AuthenticationSection::showTokenResult(const TokenResult &result)
{
    QStringList lines {result.sentence};
    if (result.ok) {
        if (result.expires.isValid())
            lines.append(tr("Expires %1.")
                             .arg(QLocale().toString(result.expires.toLocalTime(), QLocale::ShortFormat)));
        lines.append(tr("Token: %1 (masked; it is sent as the settings say)")
                         .arg(QStringLiteral("\u2022").repeated(8)));
        for (const NameValue &field : result.token.fields)
            lines.append(QStringLiteral("%1: %2").arg(field.name, field.value));
    }
    m_tokenNote->setText(lines.join(u'\n'));
}

void AuthenticationSection::updateVisibility()
{
    const AuthSchema schema = valueOf<AuthSchema>(m_schema);
    const bool needsCredentials = schema != AuthSchema::Anonymous && schema != AuthSchema::CurrentWindowsUser;
    setFieldVisible(FieldId::Authentication::UserName, needsCredentials);
    setFieldVisible(FieldId::Authentication::Password, needsCredentials);
    const TokenSource source = valueOf<TokenSource>(m_tokenSource);
    const bool oauth = source == TokenSource::OAuth2;
    const OAuthGrant grant = valueOf<OAuthGrant>(m_grant);
    for (QStringView field : {FieldId::Token::Grant, FieldId::Token::ClientId, FieldId::Token::ClientSecret,
             FieldId::Token::ClientSecretAsBasic, FieldId::Token::Scope, FieldId::Token::Audience})
        setFieldVisible(field, oauth);
    setFieldVisible(FieldId::Token::UserName, oauth && grant == OAuthGrant::Password);
    setFieldVisible(FieldId::Token::Password, oauth && grant == OAuthGrant::Password);
    setFieldVisible(FieldId::Token::RefreshToken, oauth && grant == OAuthGrant::RefreshToken);
    setFieldVisible(FieldId::Token::ExtraFields, oauth);
    const bool request = source == TokenSource::Request;
    setFieldVisible(FieldId::Token::Method, request);
    setFieldVisible(FieldId::Token::Body, request && valueOf<HttpMethod>(m_tokenMethod) == HttpMethod::Post);
    setFieldVisible(FieldId::Token::Headers, request);
    for (QStringView field : {FieldId::Token::Url, FieldId::Token::TokenPath, FieldId::Token::Placement,
             FieldId::Token::PlacementName})
        setFieldVisible(field, source != TokenSource::None);
    setFieldVisible(FieldId::Token::ValuePrefix,
        source != TokenSource::None && valueOf<TokenPlacement>(m_placement) == TokenPlacement::Header);
    m_getToken->setVisible(source != TokenSource::None);
    m_tokenNote->setVisible(source != TokenSource::None);
    switch (schema) {
    case AuthSchema::Anonymous:
        m_schemaNote->setText(
            tr("No authentication: everyone using the connection has access to the resource."));
        break;
    case AuthSchema::Basic:
        m_schemaNote->setText(tr("Sends the user name and password Base64-encoded. Base64 is not encryption: "
                                 "use it over HTTPS only."));
        break;
    case AuthSchema::Digest:
        m_schemaNote->setText(tr("A challenge-response: the server sends a nonce, the client answers with a "
                                 "hash of the user name, password and nonce. Requires a Windows domain "
                                 "account; the realm is the domain."));
        break;
    case AuthSchema::Ntlm:
        m_schemaNote->setText(
            tr("A challenge-response with Windows credentials, more secure than Digest. The "
               "server and any proxies must keep connections open."));
        break;
    case AuthSchema::CurrentWindowsUser:
        m_schemaNote->setText(currentWindowsUserAvailable()
                ? tr("Uses the Windows account that runs Qonduit (Qlik Sense Desktop only).")
                : tr("Uses the Windows account that runs the connector: works only on Windows and "
                     "with Qlik Sense Desktop. Qonduit cannot test it here."));
        break;
    }
}

void AuthenticationSection::load(const ConnectionSettings &settings)
{
    select(m_schema, settings.authentication.schema);
    m_userName->setText(settings.authentication.userName);
    m_password->edit()->setText(settings.authentication.password);
    const TokenSettings &t = settings.token;
    select(m_tokenSource, t.source);
    m_tokenUrl->setText(t.url);
    select(m_grant, t.grant);
    m_clientId->setText(t.clientId);
    m_clientSecret->edit()->setText(t.clientSecret);
    m_clientAsBasic->setChecked(t.clientSecretAsBasic);
    m_scope->setText(t.scope);
    m_audience->setText(t.audience);
    m_tokenUser->setText(t.userName);
    m_tokenPassword->edit()->setText(t.password);
    m_refreshToken->edit()->setText(t.refreshToken);
    m_extraFields->setRows(t.extraFields);
    select(m_tokenMethod, t.method);
    m_tokenBody->setPlainText(t.body);
    m_tokenHeaders->setRows(t.headers);
    m_tokenPath->setText(t.tokenPath);
    select(m_placement, t.placement);
    m_placementName->setText(t.placementName);
    m_valuePrefix->setText(t.valuePrefix);
    m_tokenNote->clear();
    updateVisibility();
}

void AuthenticationSection::save(ConnectionSettings &settings) const
{
    settings.authentication.schema = valueOf<AuthSchema>(m_schema);
    settings.authentication.userName = m_userName->text();
    settings.authentication.password = m_password->edit()->text();
    TokenSettings &t = settings.token;
    t.source = valueOf<TokenSource>(m_tokenSource);
    t.url = m_tokenUrl->text();
    t.grant = valueOf<OAuthGrant>(m_grant);
    t.clientId = m_clientId->text();
    t.clientSecret = m_clientSecret->edit()->text();
    t.clientSecretAsBasic = m_clientAsBasic->isChecked();
    t.scope = m_scope->text();
    t.audience = m_audience->text();
    t.userName = m_tokenUser->text();
    t.password = m_tokenPassword->edit()->text();
    t.refreshToken = m_refreshToken->edit()->text();
    t.extraFields = m_extraFields->rows();
    t.method = valueOf<HttpMethod>(m_tokenMethod);
    t.body = m_tokenBody->toPlainText();
    t.headers = m_tokenHeaders->rows();
    t.tokenPath = m_tokenPath->text();
    t.placement = valueOf<TokenPlacement>(m_placement);
    t.placementName = m_placementName->text();
    t.valuePrefix = m_valuePrefix->text();
}

} // namespace Qonduit
