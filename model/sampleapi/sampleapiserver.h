// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>
#include <vector>

class QTcpSocket;

namespace Qonduit {

// The built-in sample API: a real HTTP(S) server on 127.0.0.1 whose routes cover what the connection
// dialog can express (data in every format, every kind of pagination, every authentication schema,
// TLS and faults). Tests, benchmarks and the first run talk to it; it never listens beyond loopback.
class SampleApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // The sample API's accounts.
    static constexpr const char *UserName = "analyst";
    static constexpr const char *Password = "s3cret";
    static constexpr const char *NtlmDomain = "QONDUIT";
    static constexpr const char *BearerToken = "token-4711";
    // The OAuth 2.0 client of /oauth/token (client credentials, password and refresh grants).
    static constexpr const char *ClientId = "qonduit-client";
    static constexpr const char *ClientSecret = "client-s3cret";
    // The Qlik endpoints beside the sample API (publishing tests): API keys of the Qlik Cloud routes.
    static constexpr const char *CloudApiKey = "cloud-key-1";
    static constexpr const char *CloudReadOnlyKey = "cloud-key-readonly"; // answers 403 on create
    static constexpr const char *RateLimitedName = "rate limited"; // a connection name answered with 429

    struct TlsOptions
    {
        QSslCertificate certificate;
        QSslKey privateKey;
        // When set, a client certificate issued by one of these is required (mutual TLS).
        QList<QSslCertificate> clientCertificateAuthorities;
    };

    // What a request looked like when it arrived: tests check which host got which credentials.
    struct ReceivedRequest
    {
        QByteArray method;
        QString path;
        QByteArray host;
        QByteArray authorization;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        quint16 peerPort = 0; // one port per client connection: kept-alive requests share it
    };

    explicit SampleApiServer(QObject *parent = nullptr);
    ~SampleApiServer() override;

    // Listens on 127.0.0.1 (port 0: any free port); with TLS options, HTTPS.
    Expected<void, QString> start(quint16 port = 0, const TlsOptions *tls = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http(s)://127.0.0.1:port
    // A second name for this server, for "another host" routes and tests: the loopback address
    // 127.0.0.2 on the same port, which needs no name resolution; "localhost" where it cannot be bound.
    QString aliasHost() const { return m_aliasHost; }
    QList<ReceivedRequest> received() const { return m_received; }
    // Tokens issued by /oauth/token so far; revoking them makes /oauth/orders answer 401 to each.
    int tokensIssued() const { return int(m_tokenCounter); }
    void revokeTokens() { m_accessTokens.clear(); }
    void clearReceived() { m_received.clear(); }

    // Every route with a line on what it does, for `qonduit-cli sample-api` and the docs.
    static QList<std::pair<QString, QString>> routeList();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Context;
    using Handler = std::function<void(SampleApiServer &, Context &)>;
    // One route: its path, how the route list shows it (with its parameters), what it does, and its
    // handler. A route with no description is a step of another (the way back of a redirect loop).
    struct Route
    {
        QString path;
        QString usage;
        QString description;
        Handler handle;
    };
    static const std::vector<Route> &routeTable();
    static const QHash<QString, Handler> &routes();
    static std::vector<Route> dataRoutes();
    static std::vector<Route> bigRoutes();
    static std::vector<Route> pagedRoutes();
    static std::vector<Route> pagedFaultRoutes();
    static std::vector<Route> qlikCloudRoutes();
    static std::vector<Route> qrsRoutes();
    static void qrsCreate(SampleApiServer &server, Context &c);
    static std::vector<Route> authRoutes();
    static void digestHandshake(SampleApiServer &server, Context &c);
    static void ntlmHandshake(SampleApiServer &server, Context &c);
    static std::vector<Route> tokenRoutes();
    static void issueToken(SampleApiServer &server, Context &c);
    static std::vector<Route> timingFaultRoutes();
    static std::vector<Route> redirectRoutes();
    static std::vector<Route> statusFaultRoutes();

    quint16 m_port = 0;
    bool m_tls = false;
    QString m_aliasHost = QStringLiteral("localhost");
    QList<ReceivedRequest> m_received;
    QHash<QString, int> m_hits;
    QSet<QString> m_dataConnections; // names of the connections created through the Qlik routes // per route,
                                     // for routes that answer differently the second time
    QHash<QTcpSocket *, QByteArray> m_ntlmChallenges; // per connection: NTLM is a handshake on one socket
    quint64 m_digestNonceCounter = 0;
    QHash<QByteArray, QDateTime> m_accessTokens; // issued by /oauth/token, with their expiry
    QSet<QByteArray> m_refreshTokens;
    quint64 m_tokenCounter = 0;
};

} // namespace Qonduit
