// SPDX-License-Identifier: MIT
#include "pagination/pagestep.h"

#include "pagination/pagewalker.h"
#include "requestplan.h"

#include <QRegularExpression>

namespace Qonduit::PageStep {

namespace {

// Link: <https://api/x?page=2>; rel="next", <...>; rel="last"
QString linkNext(const QString &header)
{
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>\s*;[^,]*rel\s*=\s*"?next"?)"));
    const QRegularExpressionMatch match = link.match(header);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isTrue(const std::optional<QString> &value)
{
    return value && (value->compare(u"true", Qt::CaseInsensitive) == 0 || *value == u"1");
}

std::optional<qint64> asNumber(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    bool ok = false;
    const double number = value->toDouble(&ok);
    return ok ? std::optional<qint64>(qint64(number)) : std::nullopt;
}

qint64 numberOr(const QString &text, qint64 fallback)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? value : fallback;
}

using Kind = Decision::Kind;

Decision offsetStep(const OffsetPagination &p, Position position, const PageFacts &page)
{
    const qint64 count = numberOr(p.countValue, 0);
    const qint64 records = std::max<qint64>(page.records, 0);
    position.start += records;
    const std::optional<qint64> total = asNumber(page.total);
    const bool last = (total && position.start >= *total) || records == 0 || (count > 0 && records < count);
    return {last ? Kind::Done : Kind::NextPage, position, QString::number(position.start), {}, {}};
}

Decision nextPageStep(Position position, const PageFacts &page)
{
    const std::optional<qint64> total = asNumber(page.total);
    const bool last = (total && position.page >= *total) || isTrue(page.isLast) || page.records == 0;
    ++position.page;
    return {last ? Kind::Done : Kind::NextPage, position, QString::number(position.page), {}, {}};
}

Decision nextTokenStep(
    const NextTokenPagination &p, Position position, const QSet<QString> &seen, const PageFacts &page)
{
    const QString token = p.tokenPathIsHeader ? QString::fromUtf8(headerValue(page.headers, p.tokenPath))
                                              : page.next.value_or(QString());
    position.token = token;
    Decision decision {Kind::NextPage, position, token, {}, {token}};
    if (token.isEmpty() || isTrue(page.isLast))
        decision.kind = Kind::Done;
    else if (seen.contains(token)) {
        decision.kind = Kind::Loop;
        decision.sentence
            = PageWalker::tr("The token \"%1\" came back on page %2: the API repeats itself, so "
                             "the walk stopped there.")
                  .arg(token)
                  .arg(page.number);
    }
    return decision;
}

Decision nextUrlStep(
    const ConnectionSettings &settings, Position position, const QSet<QString> &seen, const PageFacts &page)
{
    const NextUrlPagination &p = settings.pagination.nextUrl;
    QString next = p.fieldPathIsHeader ? QString::fromUtf8(headerValue(page.headers, p.fieldPath))
                                       : page.next.value_or(QString());
    // A Link header (named, or found when the path gives nothing) holds <url>; rel="next".
    if (next.trimmed().startsWith(u'<'))
        next = linkNext(next);
    if (next.isEmpty())
        next = linkNext(QString::fromLatin1(headerValue(page.headers, u"Link")));
    if (next.trimmed().isEmpty())
        return {Kind::Done, position, {}, {}, {}};

    const QUrl url = page.finalUrl.resolved(QUrl(next.trimmed()));
    Decision decision {Kind::NextPage, position, url.toString(), {}, {}};
    // Qlik's form: the whitelist holds "the only URLs to which responses can redirect for paged data".
    if (!RequestPlan::mayFollow(url, QUrl(settings.request.url.trimmed()), settings.security.whitelist)) {
        decision.kind = Kind::Error;
        decision.sentence
            = PageWalker::tr("Page %1 points to %2, which is neither this connection's host nor "
                             "on the whitelist: the walk stopped there.")
                  .arg(page.number)
                  .arg(url.toString());
        return decision;
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    const QString here = page.finalUrl.toString(QUrl::FullyEncoded);
    if (seen.contains(key) || key == here) {
        decision.kind = Kind::Loop;
        decision.sentence = PageWalker::tr("Page %1 points back to %2, already read: the walk stopped there.")
                                .arg(page.number)
                                .arg(url.toString());
    }
    decision.seen = {key, here};
    decision.position.url = url;
    return decision;
}

} // namespace

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QStringView name)
{
    const QByteArray wanted = name.trimmed().toLatin1();
    for (const auto &[key, value] : headers) {
        if (key.compare(wanted, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Decision afterPage(const ConnectionSettings &settings, const Position &position, const QSet<QString> &seen,
    const PageFacts &page, int pageLimit)
{
    Decision decision;
    switch (settings.pagination.type) {
    case PaginationType::Offset:
        decision = offsetStep(settings.pagination.offset, position, page);
        break;
    case PaginationType::NextPage:
        decision = nextPageStep(position, page);
        break;
    case PaginationType::NextToken:
        decision = nextTokenStep(settings.pagination.nextToken, position, seen, page);
        break;
    case PaginationType::NextUrl:
        decision = nextUrlStep(settings, position, seen, page);
        break;
    case PaginationType::None:
    case PaginationType::Custom:
        decision.position = position;
        break;
    }
    if (decision.kind == Kind::Done)
        decision.sentence = PageWalker::tr("Read %1 pages.").arg(page.number);
    else if (decision.kind == Kind::NextPage && pageLimit > 0 && page.number >= pageLimit) {
        decision.kind = Kind::PageLimit;
        decision.sentence
            = PageWalker::tr("Stopped at the page limit of %1 pages; there are more.").arg(pageLimit);
    }
    return decision;
}

Retry afterFailure(int number, int status, const QByteArray &retryAfter, bool connectionRetried,
    int retriesSoFar, const RetryLimits &limits)
{
    const std::optional<int> wait = RequestPlan::retryAfterSeconds(retryAfter);
    if ((status != 429 && status != 503) || !wait || retriesSoFar >= limits.maxRetries || connectionRetried)
        return {};
    if (*wait <= limits.maxWaitSeconds)
        return {Retry::Kind::Wait, *wait, {}};
    return {Retry::Kind::Fail, *wait,
        PageWalker::tr("Page %1: the server asks to wait %2 s (Retry-After), longer than the %3 s "
                       "Qonduit waits.")
            .arg(number)
            .arg(*wait)
            .arg(limits.maxWaitSeconds)};
}

} // namespace Qonduit::PageStep
