// SPDX-License-Identifier: MIT
#include "publish/publishrequest.h"

#include "connectionstring.h"
#include "connectionstringkeys.h"
#include "qlikescape.h"
#include "qlikvocabulary.h"
#include "script/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Qonduit {

namespace {

constexpr QByteArrayView Mask = "********";

QJsonArray nameValueArray(const QList<NameValue> &items, bool encryptSecrets)
{
    QJsonArray array;
    for (const NameValue &item : items) {
        QJsonObject entry {{QStringLiteral("name"), item.name}, {QStringLiteral("value"), item.value}};
        // Every header the form knows to be secret (Authorization, API keys, tokens, cookies) is
        // stored encrypted by the cloud, and masked in a dry run.
        if (encryptSecrets && isSecretHeader(item.name))
            entry.insert(QStringLiteral("encrypt"), true);
        array.append(entry);
    }
    return array;
}

QByteArray maskedBody(const QByteArray &body, const QStringList &fields)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty())
        return body;
    // Secrets sit at the top or inside connectionProperties; header lists mask encrypted values.
    const auto maskIn = [&](QJsonObject &o) {
        for (const QString &field : fields) {
            const QJsonValue value = o.value(field);
            if (value.isArray()) {
                // A list of files ({"name", "value"}): the names stay, the contents are masked.
                QJsonArray items = value.toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QJsonObject item = items[i].toObject();
                    if (item.contains(QStringLiteral("value")))
                        item.insert(QStringLiteral("value"), QString::fromLatin1(Mask.toByteArray()));
                    items[i] = item;
                }
                o.insert(field, items);
            } else if (!value.toString().isEmpty()) {
                o.insert(field, QString::fromLatin1(Mask.toByteArray()));
            }
        }
        if (o.contains(QStringLiteral("queryHeaders"))) {
            QJsonArray headers = o.value(QStringLiteral("queryHeaders")).toArray();
            for (qsizetype i = 0; i < headers.size(); ++i) {
                QJsonObject header = headers[i].toObject();
                if (header.value(QStringLiteral("encrypt")).toBool())
                    header.insert(QStringLiteral("value"), QString::fromLatin1(Mask.toByteArray()));
                headers[i] = header;
            }
            o.insert(QStringLiteral("queryHeaders"), headers);
        }
    };
    maskIn(object);
    QJsonObject properties = object.value(QStringLiteral("connectionProperties")).toObject();
    if (!properties.isEmpty()) {
        maskIn(properties);
        object.insert(QStringLiteral("connectionProperties"), properties);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// A path under the server's own: https://server/prefix/ + qrs/dataconnection keeps /prefix.
QUrl underServer(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = server.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

QString PublishRequest::describe(bool showSecrets) const
{
    QString text = QString::fromLatin1(method) + u' ' + url.toString(QUrl::FullyEncoded) + u'\n';
    for (const auto &[name, value] : headers) {
        const bool placeholder = value.contains(PublishTarget::TokenPlaceholder.toUtf8());
        const bool secret = !showSecrets && secretHeaders.contains(name) && !placeholder;
        text += QString::fromLatin1(name) + QStringLiteral(": ")
            + QString::fromUtf8(secret ? Mask.toByteArray() : value) + u'\n';
    }
    const QByteArray shown = showSecrets ? QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented)
                                         : maskedBody(body, secretBodyFields);
    text += u'\n' + QString::fromUtf8(shown.isEmpty() ? body : shown);
    return showSecrets ? text : masked(text);
}

QString PublishRequest::masked(QString text) const
{
    for (const QString &secret : secretTexts) {
        if (!secret.isEmpty())
            text.replace(secret, QString::fromLatin1(Mask.toByteArray()));
    }
    return text;
}

QString PublishRequest::curl(bool showSecrets) const
{
    const auto quoted
        = [](QString text) { return u'\'' + text.replace(u'\'', QStringLiteral("'\\''")) + u'\''; };
    QStringList parts {
        QStringLiteral("curl -X ") + QString::fromLatin1(method), quoted(url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : headers) {
        if (!showSecrets && secretHeaders.contains(name)) {
            // A variable in double quotes, so that the shell fills it in: QLIK_AUTHORIZATION.
            const QString variable
                = QStringLiteral("QLIK_") + QString::fromLatin1(name).toUpper().replace(u'-', u'_');
            parts << QStringLiteral("-H \"%1: $%2\"").arg(QString::fromLatin1(name), variable);
        } else {
            parts << QStringLiteral("-H ") + quoted(QString::fromLatin1(name + ": " + value));
        }
    }
    const QByteArray data = showSecrets ? body : maskedBody(body, secretBodyFields);
    parts << QStringLiteral("--data-raw ")
            + quoted(QString::fromUtf8(QJsonDocument::fromJson(data).toJson(QJsonDocument::Compact)));
    return showSecrets ? parts.join(u' ') : masked(parts.join(u' '));
}

QJsonObject cloudConnectionProperties(const ConnectionSettings &settings, const QByteArray &pfx)
{
    QJsonObject properties;
    // What means nothing in Qlik Cloud stays out: there is no Windows certificate store and no local
    // file; certificates and validation travel the cloud's way, below (docs/qlik-formats.md 4).
    static const QList<QStringView> notInTheCloud {Qlik::Key::Provider, Qlik::Key::QlikViewUserId,
        Qlik::Key::QlikViewPassword, Qlik::Key::SkipServerCertificateValidation, Qlik::Key::UseCertificate,
        Qlik::Key::CertificateStoreLocation, Qlik::Key::CertificateStoreName, Qlik::Key::CertificateName,
        Qlik::Key::CertificateFilePath};
    for (const ConnectionStringKeys::KeySpec &key : ConnectionStringKeys::all()) {
        // Qlik's own API calls always set the newer connector's settings (readwritetimeout, retries).
        const bool always = key.placement == ConnectionStringKeys::Placement::WhenNotDefault;
        if (!key.get || !(always || ConnectionStringKeys::belongsInString(key, settings))
            || notInTheCloud.contains(key.name))
            continue;
        const QString value = key.get(settings);
        if (key.isList) {
            auto items = QlikEscape::decodeList(value);
            if (items)
                properties.insert(
                    key.name.toString(), nameValueArray(items.value(), key.name == Qlik::Key::QueryHeaders));
        } else {
            properties.insert(key.name.toString(), value);
        }
    }
    if (!settings.authentication.userName.isEmpty()) {
        properties.insert(QStringLiteral("username"), settings.authentication.userName);
        properties.insert(QStringLiteral("password"), settings.authentication.password);
    }
    properties.insert(QStringLiteral("allowWithConnection"), QStringLiteral("true"));
    // No Windows certificate store in the cloud: validation is on or off, a client certificate travels
    // as the PFX file itself.
    if (settings.certificates.skipServerCertificateValidation)
        properties.insert(QStringLiteral("serverCertificateValidation"), QStringLiteral("None"));
    if (settings.certificates.source == CertificateSource::FromFile) {
        properties.insert(QStringLiteral("enableMutualSSL"), QStringLiteral("true"));
        properties.insert(QStringLiteral("mutualPfxCertificateFiles"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("certificate.pfx")},
                {QStringLiteral("value"), QString::fromLatin1(pfx.toBase64())}}});
        properties.insert(QStringLiteral("mutualPfxCertificateKey"), settings.certificates.pfxPassword);
    }
    return properties;
}

PublishRequest cloudRequest(
    const ConnectionSettings &settings, const PublishTarget &target, const QByteArray &pfx)
{
    PublishRequest request;
    request.url = underServer(target.server, QStringLiteral("api/v1/data-connections"));
    request.headers
        = {{"Authorization", "Bearer " + target.token.toUtf8()}, {"Content-Type", "application/json"}};
    request.secretHeaders = {"Authorization"};
    request.secretBodyFields = {QStringLiteral("password"), QStringLiteral("mutualPfxCertificateKey"),
        QStringLiteral("mutualPfxCertificateFiles")};
    // The published create schema (DcaasConnectionCreate) names it datasourceID, as Qlik's own clients
    // send it; a tutorial's "dataSourceId" is not in the schema.
    QJsonObject body {{QStringLiteral("datasourceID"), QStringLiteral("rest")},
        {QStringLiteral("qName"), target.name},
        {QStringLiteral("connectionProperties"), cloudConnectionProperties(settings, pfx)}};
    if (!target.spaceId.isEmpty())
        body.insert(QStringLiteral("space"), target.spaceId);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

PublishRequest cloudSpacesRequest(const PublishTarget &target)
{
    PublishRequest request;
    request.method = "GET";
    request.url = underServer(target.server, QStringLiteral("api/v1/spaces"));
    request.headers = {{"Authorization", "Bearer " + target.token.toUtf8()}};
    request.secretHeaders = {"Authorization"};
    return request;
}

PublishRequest qrsRequest(
    const ConnectionSettings &settings, const PublishTarget &target, const QString &xrfkey)
{
    PublishRequest request;
    // Under the server's own path: a virtual proxy's prefix (https://server/prefix/qrs/...) is where
    // header authentication is set up.
    QUrl url = underServer(target.server, QStringLiteral("qrs/dataconnection"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("xrfkey"), xrfkey);
    url.setQuery(query);
    request.url = url;
    request.headers = {{"X-Qlik-Xrfkey", xrfkey.toLatin1()}, {"Content-Type", "application/json"}};
    if (!target.headerUser.isEmpty())
        request.headers.append({"X-Qlik-User", target.headerUser.toUtf8()});
    request.secretBodyFields = {QStringLiteral("password")};
    // The string Qlik stores: the statement without passwords, which travel beside it, ending at its
    // closing quote as Qlik's stored strings do (the script's ';' is not part of it).
    QString statement = ConnectionString::writeStatement(settings);
    if (statement.endsWith(u';'))
        statement.chop(1);
    QJsonObject body {{QStringLiteral("name"), target.name}, {QStringLiteral("connectionstring"), statement},
        {QStringLiteral("type"), Qlik::ProviderName.toString()}};
    if (!settings.authentication.userName.isEmpty()) {
        body.insert(QStringLiteral("username"), settings.authentication.userName);
        body.insert(QStringLiteral("password"), settings.authentication.password);
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QString newXrfKey()
{
    static constexpr char16_t Alphabet[] = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString key;
    for (int i = 0; i < 16; ++i)
        key += QChar(Alphabet[QRandomGenerator::system()->bounded(62)]);
    return key;
}

} // namespace Qonduit
