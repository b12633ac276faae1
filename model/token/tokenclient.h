// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "token/tokenrequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Qonduit {

// What Get token shows, and what the data request waits for.
struct TokenResult
{
    bool ok = false;
    int status = 0;
    QString sentence; // how it went, in a sentence
    TokenRequest::Token token;
    QDateTime expires; // invalid when the answer did not say
};

// Fetches a connection's token and keeps it until shortly before it expires [ours]: the pages of a
// walk and the tests that follow use the same token, as a reload would, and fetch it again once it
// has run out or the data request's 401 says it is no good.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    explicit TokenClient(QObject *parent = nullptr);
    ~TokenClient() override;

    // Starts the token request of settings.token (through the connection's proxy); finished() follows.
    void fetch(const ConnectionSettings &settings);
    void cancel();
    // The kept token for these token settings, while it has more than a few seconds left.
    std::optional<QString> cached(const TokenSettings &token) const;
    void forget();
    bool isRunning() const { return !m_reply.isNull(); }

    // A token that expires within this many seconds is fetched again before use.
    static constexpr int ExpiryMarginSeconds = 5;

signals:
    void finished(const Qonduit::TokenResult &result);

private:
    void onFinished(QNetworkReply *reply, const TokenSettings &token);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    TokenSettings m_keptFor;
    QString m_kept;
    QDateTime m_keptUntil; // invalid: no expiry was given, kept until forgotten
};

} // namespace Qonduit
