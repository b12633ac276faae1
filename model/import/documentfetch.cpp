// SPDX-License-Identifier: MIT
#include "import/documentfetch.h"

#include "import/apidocument.h"
#include "messagecontext.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Qonduit {

using Messages::Import;

DocumentFetch::DocumentFetch(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // A document may move (http to https, a CDN); it may not go down to http from https.
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

DocumentFetch::~DocumentFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool DocumentFetch::isUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"http://", Qt::CaseInsensitive)
        || trimmed.startsWith(u"https://", Qt::CaseInsensitive);
}

void DocumentFetch::start(const QUrl &url, int timeoutSeconds)
{
    cancel();
    m_url = url;
    m_tooBig = false;
    m_canceled = false;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutSeconds * 1000);
    request.setRawHeader("Accept", "application/json, application/yaml, text/yaml, */*;q=0.5");
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progress(received, total);
        if (received > ApiDocument::MaxBytes && m_reply) {
            m_tooBig = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &DocumentFetch::onFinished);
}

void DocumentFetch::cancel()
{
    if (!m_reply)
        return;
    m_canceled = true;
    m_reply->abort();
}

void DocumentFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = m_url.toDisplayString(QUrl::RemoveUserInfo);
    if (m_canceled) {
        emit finished(Import::tr("the download of %1 was canceled").arg(where));
    } else if (m_tooBig) {
        emit finished(Import::tr("%1 is larger than %2 MB, more than an API document holds")
                          .arg(where)
                          .arg(ApiDocument::MaxBytes >> 20));
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        emit finished(Import::tr("%1 did not answer in time").arg(where));
    } else if (status >= 400) {
        emit finished(Import::tr("%1 answered %2 %3, not the document")
                          .arg(where)
                          .arg(status)
                          .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    } else if (reply->error() != QNetworkReply::NoError) {
        emit finished(Import::tr("%1 cannot be fetched: %2").arg(where, reply->errorString()));
    } else {
        emit finished(reply->readAll());
    }
}

} // namespace Qonduit
