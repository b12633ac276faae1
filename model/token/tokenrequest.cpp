// SPDX-License-Identifier: MIT
#include "token/tokenrequest.h"

#include "messagecontext.h"
#include "qlikvocabulary.h"
#include "script/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Qonduit::TokenRequest {

namespace {

void addField(QByteArray &form, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!form.isEmpty())
        form += '&';
    form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

// RFC 6749 2.3.1: the client's id and secret, each form-encoded, joined for the Basic encoding.
QByteArray basicCredentials(const TokenSettings &token)
{
    return (QUrl::toPercentEncoding(token.clientId) + ':' + QUrl::toPercentEncoding(token.clientSecret))
        .toBase64();
}

QString asText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QString();
    return QString::fromUtf8(value.isObject()
            ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// The sentence of a refused token request: OAuth's error code says which part was wrong.
QString refusal(int status, const QJsonObject &answer, const QByteArray &body)
{
    const QString error = answer.value(u"error").toString();
    QString description = answer.value(u"error_description").toString();
    if (description.isEmpty() && error.isEmpty())
        description = QString::fromUtf8(body.left(200)).simplified();
    const QString detail = description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description);
    if (error == u"invalid_client")
        return Messages::TokenRequest::tr(
                   "The token endpoint did not accept the client (invalid_client): check the client id and "
                   "secret, and whether it wants them as Basic or in the body.")
            + detail;
    if (error == u"invalid_grant")
        return Messages::TokenRequest::tr(
                   "The token endpoint refused the grant (invalid_grant): the user name and password, or the "
                   "refresh token, are wrong or have expired.")
            + detail;
    if (error == u"unsupported_grant_type")
        return Messages::TokenRequest::tr(
                   "The token endpoint does not offer this grant type (unsupported_grant_type).")
            + detail;
    if (error == u"invalid_scope")
        return Messages::TokenRequest::tr("The token endpoint refused the scope (invalid_scope).") + detail;
    if (status == 401 || status == 403)
        return Messages::TokenRequest::tr("The token endpoint refused the credentials (%1).").arg(status)
            + detail;
    const QString code = error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error);
    if (description.isEmpty())
        return Messages::TokenRequest::tr("The token endpoint answered %1%2.").arg(status).arg(code);
    return Messages::TokenRequest::tr("The token endpoint answered %1%2: %3")
        .arg(status)
        .arg(code, description);
}

} // namespace

QByteArray formBody(const TokenSettings &token)
{
    QByteArray form;
    addField(form, QStringLiteral("grant_type"), Qlik::toWord(token.grant));
    switch (token.grant) {
    case OAuthGrant::Password:
        addField(form, QStringLiteral("username"), token.userName);
        addField(form, QStringLiteral("password"), token.password);
        break;
    case OAuthGrant::RefreshToken:
        addField(form, QStringLiteral("refresh_token"), token.refreshToken);
        break;
    case OAuthGrant::ClientCredentials:
        break;
    }
    if (!token.clientSecretAsBasic) {
        addField(form, QStringLiteral("client_id"), token.clientId);
        addField(form, QStringLiteral("client_secret"), token.clientSecret);
    }
    addField(form, QStringLiteral("scope"), token.scope);
    addField(form, QStringLiteral("audience"), token.audience);
    for (const NameValue &field : token.extraFields)
        addField(form, field.name, field.value);
    return form;
}

Expected<RequestPlan, QString> planFor(const TokenSettings &token)
{
    const QUrl url(token.url.trimmed());
    if (token.url.trimmed().isEmpty())
        return Messages::TokenRequest::tr("Enter the URL the token comes from.");
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return Messages::TokenRequest::tr("The token URL \"%1\" is not an http:// or https:// URL.")
            .arg(token.url);
    RequestPlan plan;
    plan.url = url;
    if (token.source == TokenSource::Request) {
        plan.method = token.method == HttpMethod::Post ? "POST" : "GET";
        for (const NameValue &header : token.headers)
            plan.headers.append({header.name.toUtf8(), header.value.toUtf8()});
        if (token.method == HttpMethod::Post)
            plan.body = token.body.toUtf8();
        return plan;
    }
    plan.method = "POST";
    plan.headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
    plan.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    if (token.clientSecretAsBasic)
        plan.headers.append({QByteArray("Authorization"), "Basic " + basicCredentials(token)});
    plan.body = formBody(token);
    return plan;
}

Expected<Token, QString> readAnswer(int status, const QByteArray &body, const TokenSettings &token)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject answer = document.object();
    if (status < 200 || status > 299)
        return refusal(status, answer, body);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Messages::TokenRequest::tr("The token answer is not a JSON object: %1.")
            .arg(parseError.error != QJsonParseError::NoError
                    ? parseError.errorString()
                    : Messages::TokenRequest::tr("it is an array or a value"));
    QStringList path = token.tokenPath.split(u'/', Qt::SkipEmptyParts);
    if (!path.isEmpty() && path.first() == u"root" && !answer.contains(u"root"))
        path.removeFirst();
    if (path.isEmpty())
        return Messages::TokenRequest::tr("Enter where the answer holds the token, such as access_token.");
    QJsonValue value = answer;
    for (const QString &part : std::as_const(path))
        value = value.toObject().value(part);
    const QString found = asText(value);
    if (value.isUndefined() || found.isEmpty() || value.isObject() || value.isArray())
        return Messages::TokenRequest::tr("The answer has no token at %1; its fields are %2.")
            .arg(token.tokenPath, answer.keys().join(QStringLiteral(", ")));
    Token result;
    result.value = found;
    result.refreshToken = answer.value(u"refresh_token").toString();
    if (const QJsonValue expires = answer.value(u"expires_in"); expires.isDouble() || expires.isString()) {
        bool ok = expires.isDouble();
        const qint64 seconds = ok ? qint64(expires.toDouble()) : expires.toString().toLongLong(&ok);
        if (ok && seconds > 0)
            result.expiresIn = seconds;
    }
    for (auto it = answer.begin(); it != answer.end(); ++it) {
        if (it.key() != path.first() && it.key() != u"refresh_token")
            result.fields.append({it.key(), asText(it.value())});
    }
    return result;
}

QString connectionName(const QString &dataConnection)
{
    return dataConnection + QStringLiteral(" (token)");
}

QString headerVariableName(const QString &header)
{
    return QStringLiteral("vToken") + secretVariableName(header).mid(1);
}

bool isSecretVariable(const TokenSettings &token, const QString &name)
{
    if (SecretVariables.contains(name))
        return true;
    for (const NameValue &header : token.headers) {
        if (holdsSecret(header) && headerVariableName(header.name) == name)
            return true;
    }
    return false;
}

ConnectionSettings connectionFor(const ConnectionSettings &settings, Secrets secrets)
{
    TokenSettings token = settings.token;
    const bool asVariables = secrets == Secrets::Variables;
    if (asVariables) {
        if (!token.clientSecretAsBasic && !token.clientId.isEmpty())
            token.clientSecret = QStringLiteral("$(vClientSecret)");
        if (token.grant == OAuthGrant::Password)
            token.password = QStringLiteral("$(vTokenPassword)");
        if (token.grant == OAuthGrant::RefreshToken)
            token.refreshToken = QStringLiteral("$(vRefreshToken)");
    }
    ConnectionSettings connection;
    connection.name = connectionName(settings.name);
    connection.proxy = settings.proxy;
    connection.certificates.skipServerCertificateValidation
        = settings.certificates.skipServerCertificateValidation;
    connection.request.url = token.url.trimmed();
    if (token.source == TokenSource::Request) {
        connection.request.method = token.method;
        connection.request.requestBody = token.method == HttpMethod::Post ? token.body : QString();
        connection.queryHeaders = token.headers;
        if (asVariables) {
            for (NameValue &header : connection.queryHeaders) {
                if (holdsSecret(header) && !header.value.isEmpty())
                    header.value = QStringLiteral("$(%1)").arg(headerVariableName(header.name));
            }
        }
        return connection;
    }
    connection.request.method = HttpMethod::Post;
    if (const auto plan = planFor(token)) {
        // The form is urlencoded; the variables in it must stay as written for Qlik to expand them.
        QString body = QString::fromUtf8(plan.value().body);
        for (const QString &name : SecretVariables)
            body.replace(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("$(%1)").arg(name))),
                QStringLiteral("$(%1)").arg(name));
        connection.request.requestBody = body;
        for (const auto &[name, value] : plan.value().headers) {
            // Basic is base64 of id:secret, which Qlik cannot expand inside: the whole value is a variable.
            const bool basic = name == "Authorization" && asVariables;
            connection.queryHeaders.append({QString::fromUtf8(name),
                basic ? QStringLiteral("$(vClientAuthorization)") : QString::fromUtf8(value)});
        }
    }
    return connection;
}

QStringList secretTextsOf(const TokenSettings &token)
{
    QStringList texts;
    for (const QString &secret : {token.clientSecret, token.password, token.refreshToken}) {
        if (secret.isEmpty())
            continue;
        texts << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    }
    if (token.clientSecretAsBasic && !token.clientSecret.isEmpty())
        texts << QString::fromLatin1(basicCredentials(token));
    for (const NameValue &header : token.headers) {
        if (holdsSecret(header) && !header.value.isEmpty())
            texts << header.value;
    }
    texts.removeDuplicates();
    return texts;
}

ConnectionSettings withToken(ConnectionSettings settings, const QString &token)
{
    const TokenSettings &t = settings.token;
    const NameValue sent {
        t.placementName, t.placement == TokenPlacement::Header ? t.valuePrefix + token : token};
    QList<NameValue> &rows
        = t.placement == TokenPlacement::Header ? settings.queryHeaders : settings.queryParameters;
    const auto same = [&](const NameValue &row) {
        return t.placement == TokenPlacement::Header ? row.name.compare(sent.name, Qt::CaseInsensitive) == 0
                                                     : row.name == sent.name;
    };
    rows.removeIf(same);
    rows.append(sent);
    return settings;
}

} // namespace Qonduit::TokenRequest
