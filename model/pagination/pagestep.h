// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

// The page walker's decisions, as pure functions of what it knows: where the walk is, what a page
// said, what a failed page's server asked for. The walker sends, parses and waits; these decide
// (docs/qlik-formats.md 1.4), and are tested row by row without a server.
namespace Qonduit::PageStep {

// Where the walk is: the one of these its pagination type uses.
struct Position
{
    qint64 start = 0; // Offset
    qint64 page = 1; // Next page
    QString token; // Next token; empty on the first page
    QUrl url; // Next URL; empty on the first page
    bool operator==(const Position &) const = default;
};

// What a page said that pagination reads.
struct PageFacts
{
    int number = 1; // 1-based
    QUrl finalUrl;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 records = -1; // at the data path; -1 when none was found
    std::optional<QString> total, next, isLast; // the values at the settings' paths, where found
};

struct Decision
{
    enum class Kind { NextPage, Done, PageLimit, Loop, Error };
    Kind kind = Kind::Done;
    Position position; // the next page's, for NextPage
    QString next; // what the timeline shows this page led to
    QString sentence; // why the walk ends, for the others
    QStringList seen; // tokens and URLs followed now, for later pages' loop check
};

// After a readable page: the next page, or why there is none.
Decision afterPage(const ConnectionSettings &settings, const Position &position, const QSet<QString> &seen,
    const PageFacts &page, int pageLimit);

// After a failed page: wait and send it again, or end the walk.
struct Retry
{
    enum class Kind { Wait, Fail };
    Kind kind = Kind::Fail;
    int seconds = 0; // for Wait
    QString sentence; // for Fail: set when the wait asked is too long, else the page's own failure
};
struct RetryLimits
{
    int maxWaitSeconds = 30;
    int maxRetries = 3;
};
// The guard waits only where the server names a time (429 or 503 with Retry-After): a bare 503 fails as
// it does in Qlik. Retries the connection itself made ("Retry failed request") are not made once more.
Retry afterFailure(int number, int status, const QByteArray &retryAfter, bool connectionRetried,
    int retriesSoFar, const RetryLimits &limits);

// The value of a response header, by case-insensitive name; empty when absent.
QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QStringView name);

} // namespace Qonduit::PageStep
