// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Qonduit {

// What a finished reply says about itself, as far as the sentence for its failure goes: gathered by the
// request engine, read by the pure functions below (tested row by row without a server).
struct ReplyFacts
{
    QUrl url;
    int status = 0; // 0: no HTTP answer
    QString reason;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 received = 0;
    QByteArray contentLength; // the Content-Length header as sent; empty when there is none
    QByteArray retryAfter;
    QStringList offeredSchemes; // of the WWW-Authenticate challenges
    QString tlsProblem; // what the certificate check found
    bool clientCertificate = false; // one was sent
    bool timedOut = false;
    int timeoutSeconds = 0;
    bool stalled = false;
    int readWriteTimeoutSeconds = 0;
    bool authAttempted = false; // the connection's schema was answered once
    QString authRefusal; // why a 401 was not answered
    bool proxyCredentialsGiven = false;
    QString unchallengedBasic; // the words added to a 403 or 404 when Basic credentials were never asked for
};

struct ReplyFailure
{
    QString sentence;
    QString detail;
    bool offersBasicHeader = false; // the sentence tells of the Authorization: Basic header to add
    bool operator==(const ReplyFailure &) const = default;
};

namespace ReplyFailures {

// Cut short by the engine: the connection's timeout, or no bytes for its read/write timeout.
std::optional<ReplyFailure> interrupted(const ReplyFacts &facts);
// No HTTP answer at all, or an answer that ended before its body did.
std::optional<ReplyFailure> transport(const ReplyFacts &facts);
// An HTTP error status (400 and up), or a network error after the status.
std::optional<ReplyFailure> http(const ReplyFacts &facts);

} // namespace ReplyFailures

} // namespace Qonduit
