// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Qonduit {

// Exactly the request a connection describes, before anything is sent: a pure function of the
// settings, so that what goes on the wire is tested without a network.
struct RequestPlan
{
    QByteArray method; // GET or POST
    QUrl url; // the form's URL with the query parameters merged in
    QList<std::pair<QByteArray, QByteArray>> headers; // in the form's order, then the ones we add
    QByteArray body; // encoded in the body encoding
    QStringList notes; // what the request cannot do as the connection says, in plain words

    static Expected<RequestPlan, QString> fromSettings(const ConnectionSettings &settings);
    // The form's query parameters added to a URL that lacks them (Next URL pages, redirects).
    static QUrl withMissingParameters(QUrl url, const QList<NameValue> &parameters);
    // "host:port", the port filled in from the scheme: what "the same host" means for credentials.
    static QString hostAndPort(const QUrl &url);
    // Seed 000's rule for redirects and Next URL pages: the origin's scheme and host, or under a URL of
    // the whitelist (scheme, host and path prefix).
    static bool mayFollow(const QUrl &url, const QUrl &origin, const QList<NameValue> &whitelist);

    // "Retry codes": statuses from 100 to 599 joined by commas; an error sentence otherwise.
    static Expected<QList<int>, QString> retryCodes(const QString &text);
    // Whether a failed attempt (0-based) with this status is tried again, and after how long: a
    // bounded back-off (1 s, 2 s, 4 s), or the server's Retry-After up to the same bound.
    static constexpr int MaxRetries = 3;
    static constexpr int MaxRetryDelayMs = 8000;
    static bool shouldRetry(const RequestSettings &request, int status, int attempt);
    // Seconds to wait from a Retry-After header: a number of seconds, or an HTTP date; nullopt for none.
    static std::optional<int> retryAfterSeconds(const QByteArray &value);
    static int retryDelayMs(int attempt, const QByteArray &retryAfter);
};

} // namespace Qonduit
