// SPDX-License-Identifier: MIT
#include "publish/publisher.h"

#include "openssllegacy.h"
#include "proxyfactory.h"
#include "token/tokenrequest.h"
#include "variables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>

namespace Qonduit {

namespace {

QString errorDetail(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonObject first = object.value(QStringLiteral("errors")).toArray().first().toObject();
    for (const QString &text :
        {first.value(QStringLiteral("detail")).toString(), first.value(QStringLiteral("title")).toString(),
            object.value(QStringLiteral("message")).toString(),
            object.value(QStringLiteral("error")).toString()}) {
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(body.left(200)).simplified();
}

// A result known before anything is sent still arrives later, as a reply's would: the caller connects
// after it calls.
template<typename Signal, typename Value>
void deliverLater(Publisher *publisher, Signal signal, const Value &value)
{
    QMetaObject::invokeMethod(
        publisher, [publisher, signal, value] { emit(publisher->*signal)(value); }, Qt::QueuedConnection);
}

} // namespace

Publisher::Publisher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

Publisher::~Publisher()
{
    if (m_reply)
        m_reply->abort();
}

Expected<PublishRequest, QString> Publisher::requestFor(
    const ConnectionSettings &given, const PublishTarget &target)
{
    // What Qlik stores is not expanded: the variables' test values stand in, secret ones stay $(name).
    const ConnectionSettings stored = Variables::forStoredConnection(given);
    const ConnectionSettings &settings = stored;
    if (!target.server.isValid() || target.server.host().isEmpty()) {
        return Publisher::tr("The server URL \"%1\" is not a valid URL.").arg(target.server.toString());
    }
    if (target.name.trimmed().isEmpty()) {
        return Publisher::tr("The connection needs a name.");
    }
    if (target.kind == PublishTarget::Kind::Qrs)
        return qrsRequest(settings, target, newXrfKey());
    QByteArray pfx;
    if (settings.certificates.source == CertificateSource::FromFile) {
        QFile file(settings.certificates.pfxFilePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Publisher::tr("Cannot read the client certificate %1 for the cloud: %2.")
                .arg(settings.certificates.pfxFilePath, file.errorString());
        }
        pfx = file.readAll();
    }
    if (target.token.isEmpty()) {
        return Publisher::tr("Qlik Cloud needs an API key or OAuth token.");
    }
    return cloudRequest(settings, target, pfx);
}

QString Publisher::sentenceFor(
    PublishTarget::Kind kind, int status, const QString &name, const QByteArray &body)
{
    const bool cloud = kind == PublishTarget::Kind::Cloud;
    switch (status) {
    case 200:
    case 201:
        return Publisher::tr("Created the data connection \"%1\".").arg(name);
    case 400:
        return Publisher::tr("Qlik refused the request as malformed (400): %1").arg(errorDetail(body));
    case 401:
        return cloud
            ? Publisher::tr(
                "The API key or token was not accepted (401): check that it is complete and has not "
                "expired.")
            : Publisher::tr("The repository did not accept the request (401): the certificate or user header "
                            "was refused, or the xrfkey check failed.");
    case 403:
        return Publisher::tr(
            "Signed in, but not allowed to create data connections there (403): the user needs the "
            "permission in %1.")
            .arg(cloud ? QStringLiteral("that space") : Publisher::tr("the security rules"));
    case 409:
        return Publisher::tr(
            "A data connection named \"%1\" exists already (409): choose another name, or change the "
            "existing one in Qlik.")
            .arg(name);
    case 429:
        return Publisher::tr(
            "Qlik limits how many requests may be sent (429): wait a moment and publish again.");
    default:
        break;
    }
    if (status == 0)
        return Publisher::tr("No answer from the server.");
    return Publisher::tr("Qlik answered %1: %2").arg(status).arg(errorDetail(body));
}

Expected<QNetworkReply *, QString> Publisher::send(const PublishRequest &request, const PublishTarget &target)
{
    QNetworkRequest out(request.url);
    for (const auto &[name, value] : request.headers)
        out.setRawHeader(name, value);
    if (target.kind == PublishTarget::Kind::Qrs && !target.pfxPath.isEmpty()) {
        // Port 4242 signs in with the client certificate exported from the QMC.
        QFile file(target.pfxPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Publisher::tr("Cannot open the certificate %1: %2.")
                .arg(target.pfxPath, file.errorString());
        }
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        bool imported
            = QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, target.pfxPassword.toUtf8());
        if (!imported && enableOpenSslLegacyProvider()) {
            file.seek(0);
            imported = QSslCertificate::importPkcs12(
                &file, &key, &certificate, &chain, target.pfxPassword.toUtf8());
        }
        if (!imported) {
            return Publisher::tr(
                "Cannot read the certificate %1: the password is wrong or the file is not a PFX.")
                .arg(target.pfxPath);
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setCaCertificates(tls.caCertificates() + chain);
        out.setSslConfiguration(tls);
    }
    return m_manager->sendCustomRequest(out, request.method, request.body);
}

// What publishing creates, in order: with a token first [ours], the token connection before the data
// connection, which carries no token (the script sends it in WITH CONNECTION).
QList<Publisher::Step> Publisher::stepsFor(const ConnectionSettings &settings, const PublishTarget &target)
{
    if (settings.token.source == TokenSource::None)
        return {{settings, target}};
    PublishTarget tokenTarget = target;
    tokenTarget.name = TokenRequest::connectionName(target.name);
    ConnectionSettings data = settings;
    data.token = {};
    return {
        {TokenRequest::connectionFor(settings, TokenRequest::Secrets::Values), tokenTarget}, {data, target}};
}

Expected<QList<PublishRequest>, QString> Publisher::requestsFor(
    const ConnectionSettings &settings, const PublishTarget &target)
{
    QList<PublishRequest> requests;
    for (const Step &step : stepsFor(settings, target)) {
        const auto request = requestFor(step.settings, step.target);
        if (!request)
            return request.error();
        requests.append(request.value());
    }
    // The token connection's body holds the token's secrets as they are: a dry run masks them.
    if (requests.size() > 1)
        requests.first().secretTexts = TokenRequest::secretTextsOf(settings.token);
    return requests;
}

void Publisher::publish(const ConnectionSettings &settings, const PublishTarget &target)
{
    if (m_reply)
        m_reply->abort();
    // Through the connection's proxy, as its requests go.
    m_manager->setProxyFactory(new ConnectionProxyFactory(settings.proxy));
    publishSteps(stepsFor(settings, target), {});
}

// The first step; the rest follow when it was created, else the result says what was created before.
void Publisher::publishSteps(QList<Step> steps, QStringList created)
{
    const Step step = steps.takeFirst();
    const PublishTarget &target = step.target;
    const auto request = requestFor(step.settings, target);
    const auto sent
        = request ? send(request.value(), target) : Expected<QNetworkReply *, QString>(request.error());
    if (!sent) {
        PublishResult result;
        result.sentence = sent.error();
        deliverLater(this, &Publisher::finished, result);
        return;
    }
    QNetworkReply *reply = sent.value();
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, target, steps, created]() mutable {
        reply->deleteLater();
        PublishResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        const bool made = result.status == 201 || result.status == 200;
        if (made) {
            result.outcome = PublishResult::Outcome::Created;
            const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
            result.id = answer.value(QStringLiteral("id")).toString();
            result.connectStatement = answer.value(QStringLiteral("qConnectStatement")).toString();
            created.append(target.name);
            if (!steps.isEmpty()) {
                publishSteps(steps, created);
                return;
            }
        }
        result.sentence = result.status == 0
            ? Publisher::tr("No answer from %1: %2").arg(target.server.host(), reply->errorString())
            : sentenceFor(target.kind, result.status, target.name, result.body);
        if (made && created.size() > 1)
            result.sentence = Publisher::tr("Created the data connections \"%1\".")
                                  .arg(created.join(QStringLiteral("\", \"")));
        else if (!made && !created.isEmpty())
            result.sentence += u' '
                + Publisher::tr("\"%1\" was created before; it stays in Qlik.")
                      .arg(created.join(QStringLiteral("\", \"")));
        emit finished(result);
    });
}

void Publisher::listSpaces(const PublishTarget &target)
{
    const auto sent = send(cloudSpacesRequest(target), target);
    if (!sent) {
        SpaceList list;
        list.problem = sent.error();
        deliverLater(this, &Publisher::spacesListed, list);
        return;
    }
    QNetworkReply *reply = sent.value();
    connect(reply, &QNetworkReply::finished, this, [this, reply, target] {
        reply->deleteLater();
        SpaceList list;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200) {
            list.problem
                = status == 0 ? reply->errorString() : sentenceFor(target.kind, status, target.name, body);
        } else {
            for (const QJsonValue &space :
                QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray())
                list.spaces.append(
                    {space[QStringLiteral("id")].toString(), space[QStringLiteral("name")].toString()});
        }
        emit spacesListed(list);
    });
}

} // namespace Qonduit
