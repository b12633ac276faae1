// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Qonduit {

// Fetches an API document named by URL (an OpenAPI file on the API's own server, a shared collection):
// one GET, redirects followed within the same scheme, at most ApiDocument::MaxBytes, a timeout. No
// credentials are sent and no $ref the document holds is followed from here.
class DocumentFetch : public QObject
{
    Q_OBJECT

public:
    explicit DocumentFetch(QObject *parent = nullptr);
    ~DocumentFetch() override;

    static bool isUrl(const QString &text); // http:// or https://
    void start(const QUrl &url, int timeoutSeconds = 30);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    void progress(qint64 received, qint64 total);
    // The document's bytes, or the sentence why there are none.
    void finished(const Qonduit::Expected<QByteArray, QString> &document);

private:
    void onFinished();

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    bool m_tooBig = false;
    bool m_canceled = false;
};

} // namespace Qonduit
