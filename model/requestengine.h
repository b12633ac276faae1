// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectiontestresult.h"
#include "expected.h"
#include "requestplan.h"
#include "token/tokenclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace Qonduit {

// Performs exactly the request a connection describes, off the caller's way: everything is
// asynchronous and ends in one finished() with a value. Each run has its own network access manager,
// so no credentials cached by Qt survive into the next run. Credentials and the client certificate go
// only to the connection's own host and its trusted locations; redirects only to the same host or a
// whitelisted URL.
struct ReplyFacts;

class RequestEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 10;
    // The most a reply holds unread: the network thread waits for the engine beyond it.
    static constexpr qint64 ReadBufferBytes = 1024 * 1024;
    // The most the engine reads in one turn of its thread's event loop.
    static constexpr qint64 ReadPerTurnBytes = 4 * ReadBufferBytes;

    explicit RequestEngine(QObject *parent = nullptr);
    ~RequestEngine() override;

    // Bodies larger than this go to a temporary file instead of memory.
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }
    // Keeps one network access manager across runs (the pages of one pagination walk, all for the same
    // connection): connections stay alive between pages. Never for separate tests.
    void setReuseConnections(bool reuse) { m_reuseManager = reuse; }
    // Where a relative PFX path is looked for after the current directory.
    void setCertificateFolder(const QString &folder) { m_certificateFolder = folder; }
    // The folder the GUI and the command line share: <generic data>/Qonduit/certificates.
    static QString defaultCertificateFolder();

    // Starts a run; one that is still going is canceled, and only the new run's finished() arrives.
    void start(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const
    {
        return !m_done
            && (!m_reply.isNull() || !m_check.isNull() || m_now.waitingToRetry || m_now.fetchingToken);
    }

signals:
    void progress(qint64 received, qint64 total);
    void finished(const Qonduit::ConnectionTestResult &result);

private:
    void proceed();
    void fetchToken();
    void onToken(const TokenResult &token);
    bool renewTokenOnce(int status);
    void send(const QUrl &url, const QByteArray &method, const QByteArray &body);
    bool retryLater(QNetworkReply *reply, int status);
    bool answerChallenge(QNetworkReply *reply);
    QString unchallengedBasic() const;
    ReplyFacts factsOf(QNetworkReply *reply) const;
    void forgetAnswer();
    QString basicAuthorization() const;
    void noteCredentialsWithheld(const QUrl &url);
    void readSome(QNetworkReply *reply);
    bool spillToFile(QNetworkReply *reply);
    void finishReply(QNetworkReply *reply);
    void finishWithCheck(const ResponseTypeCheck &check);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    bool followRedirect(const QUrl &target, int status);
    bool isTrustedHost(const QUrl &url) const;
    bool mayRedirectTo(const QUrl &url) const;
    Expected<void, QString> loadClientCertificate();
    void fail(const QString &sentence, const QString &detail = {});
    void completeCanceled();
    void complete();

    // What one run knows and does: start() begins with a fresh one, so nothing of a run leaks into the
    // next (the manager, kept for page walks, is the only thing that lives across runs).
    struct Run
    {
        ConnectionTestResult result;
        QByteArray sentMethod; // what the current request sent, for a retry
        QByteArray sentBody;
        int attempt = 0;
        bool waitingToRetry = false;
        bool stalled = false;
        bool readQueued = false; // a readSome() for the rest is on its way
        bool finishWhenRead = false; // the reply has finished; its rest is being read
        bool authAttempted = false; // the connection's schema was answered once
        bool answerChallenge = false; // Digest, NTLM: the authenticator may be filled
        bool sendBasic = false; // Basic: the header goes with requests to trusted hosts
        QString authRefusal; // why a 401 was not answered
        QSet<QString> visited;
        QSet<QNetworkReply *> credentialsGiven;
        QSslCertificate clientCertificate;
        QSslKey clientKey;
        bool proxyCredentialsGiven = false;
        bool canceled = false;
        bool timedOut = false;
        bool fetchingToken = false;
        bool tokenRenewed = false; // a 401 fetched a new token once
    };

    ConnectionSettings m_settings;
    RequestPlan m_plan;
    Run m_now;
    QNetworkAccessManager *m_manager = nullptr;
    TokenClient *m_tokens; // lives across runs: a walk's pages and the next test share the token
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_check; // the body check running on a worker thread
    QTimer *m_timeout;
    QTimer *m_stall; // the read/write timeout: restarted by every byte that moves
    QTimer *m_retry;
    QByteArray m_piece; // what is read from the reply on its way into the body file
    QElapsedTimer m_clock;
    // Past this a body goes to a temporary file. Small enough that moving what came so far to the file
    // is a short write on the thread that runs the engine (the GUI thread in the dialog).
    qint64 m_memoryLimit = 16 * 1024 * 1024;
    QString m_certificateFolder;
    bool m_reuseManager = false;
    bool m_done = true; // nothing running yet
    quint64 m_run = 0; // which run is current: what an older run delivers late is dropped
};

} // namespace Qonduit
