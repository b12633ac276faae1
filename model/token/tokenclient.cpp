// SPDX-License-Identifier: MIT
#include "token/tokenclient.h"

#include "messagecontext.h"
#include "proxyfactory.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace Qonduit {

TokenClient::TokenClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

TokenClient::~TokenClient()
{
    cancel();
}

void TokenClient::fetch(const ConnectionSettings &settings)
{
    cancel();
    const TokenSettings token = settings.token;
    const auto plan = TokenRequest::planFor(token);
    if (!plan) {
        TokenResult result;
        result.sentence = plan.error();
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    // Qt's cached credentials of an earlier token request must not reach this one.
    m_manager->clearAccessCache();
    m_manager->setProxyFactory(new ConnectionProxyFactory(settings.proxy));
    QNetworkRequest request(plan.value().url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(std::max(1, settings.request.timeoutSeconds) * 1000);
    for (const auto &[name, value] : plan.value().headers)
        request.setRawHeader(name, value);
    if (plan.value().url.scheme() == u"https" && settings.certificates.skipServerCertificateValidation) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_manager->sendCustomRequest(request, plan.value().method, plan.value().body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, token] { onFinished(reply, token); });
}

void TokenClient::cancel()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

std::optional<QString> TokenClient::cached(const TokenSettings &token) const
{
    if (m_kept.isEmpty() || !(token == m_keptFor))
        return std::nullopt;
    if (m_keptUntil.isValid() && QDateTime::currentDateTimeUtc().addSecs(ExpiryMarginSeconds) >= m_keptUntil)
        return std::nullopt;
    return m_kept;
}

void TokenClient::forget()
{
    m_kept.clear();
    m_keptUntil = QDateTime();
}

void TokenClient::onFinished(QNetworkReply *reply, const TokenSettings &token)
{
    reply->deleteLater();
    m_reply.clear();
    TokenResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0) {
        result.sentence
            = Messages::TokenRequest::tr("No answer from the token URL %1: %2")
                  .arg(reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), reply->errorString());
        emit finished(result);
        return;
    }
    const auto read = TokenRequest::readAnswer(result.status, reply->readAll(), token);
    if (!read) {
        result.sentence = read.error();
        emit finished(result);
        return;
    }
    result.ok = true;
    result.token = read.value();
    if (result.token.expiresIn)
        result.expires = QDateTime::currentDateTimeUtc().addSecs(*result.token.expiresIn);
    result.sentence = result.token.expiresIn
        ? Messages::TokenRequest::tr(
            "Got a token (%1), valid for %n seconds.", nullptr, int(*result.token.expiresIn))
              .arg(result.status)
        : Messages::TokenRequest::tr("Got a token (%1); the answer does not say when it expires.")
              .arg(result.status);
    m_keptFor = token;
    m_kept = result.token.value;
    m_keptUntil = result.expires;
    emit finished(result);
}

} // namespace Qonduit
