// SPDX-License-Identifier: MIT
#include "pagination/pagewalker.h"

#include "backgroundrequest.h"
#include "pagination/pathprobe.h"
#include "requestplan.h"

#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace Qonduit {

namespace {

void setNameValue(QList<NameValue> &list, const QString &name, const QString &value)
{
    for (NameValue &entry : list) {
        if (entry.name == name) {
            entry.value = value;
            return;
        }
    }
    list.append(NameValue {name, value});
}

// A parameter of the request: a query parameter, or a header when the form's flag says so.
void setParameter(ConnectionSettings &settings, const QString &name, bool header, const QString &value)
{
    if (name.trimmed().isEmpty())
        return;
    setNameValue(header ? settings.queryHeaders : settings.queryParameters, name.trimmed(), value);
}

QByteArray headerValue(const ConnectionTestResult &response, const QString &name)
{
    const QByteArray wanted = name.trimmed().toLatin1();
    for (const auto &[key, value] : response.headers) {
        if (key.compare(wanted, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

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

} // namespace

double PageWalkResult::pagesPerSecond() const
{
    return milliseconds > 0 ? pages.size() * 1000.0 / double(milliseconds) : 0.0;
}

struct PageWalker::PageParse
{
    BodyParse parse;
    qint64 records = -1;
    qint64 duplicates = 0;
    std::optional<QString> total, next, isLast;
    Schema partial;
    bool withSnapshot = false;
};

PageWalker::PageWalker(QObject *parent)
    : QObject(parent)
    , m_engine(new BackgroundRequest(this))
{
    m_engine->setReuseConnections(true);
    connect(m_engine, &BackgroundRequest::finished, this, &PageWalker::onResponse);
}

PageWalker::~PageWalker() = default; // a parse in flight is stopped and dropped with m_parses

PageWalker::Position PageWalker::firstPosition(const ConnectionSettings &settings)
{
    Position position;
    position.start = numberOr(settings.pagination.offset.startValue, 0);
    position.page = numberOr(settings.pagination.nextPage.initialValue, 1);
    return position;
}

ConnectionSettings PageWalker::pageSettings(const ConnectionSettings &settings, const Position &position)
{
    ConnectionSettings page = settings;
    const PaginationSettings &p = settings.pagination;
    switch (p.type) {
    case PaginationType::Offset:
        setParameter(page, p.offset.startField, p.offset.startFieldIsHeader, QString::number(position.start));
        setParameter(page, p.offset.countField, p.offset.countFieldIsHeader, p.offset.countValue.trimmed());
        break;
    case PaginationType::NextPage:
        setParameter(
            page, p.nextPage.parameterName, p.nextPage.parameterIsHeader, QString::number(position.page));
        setParameter(page, p.nextPage.sizeParameterName, false, p.nextPage.sizeValue.trimmed());
        break;
    case PaginationType::NextToken:
        if (!position.token.isEmpty())
            setParameter(page, p.nextToken.parameterName, p.nextToken.parameterIsHeader, position.token);
        break;
    case PaginationType::NextUrl:
        if (!position.url.isEmpty()) {
            // The next URL is used as given; "Add missing query parameters" adds only what it lacks.
            page.request.url = (settings.addMissingQueryParameters
                    ? RequestPlan::withMissingParameters(position.url, settings.queryParameters)
                    : position.url)
                                   .toString(QUrl::FullyEncoded);
            page.queryParameters.clear();
        }
        break;
    case PaginationType::None:
    case PaginationType::Custom:
        break;
    }
    return page;
}

void PageWalker::start(
    const ConnectionSettings &settings, const SchemaOptions &schemaOptions, const PageWalkOptions &options)
{
    cancel();
    ++m_run;
    m_settings = settings;
    m_schemaOptions = schemaOptions;
    m_options = options;
    SchemaBuilder::Options builderOptions = schemaOptions.builderOptions();
    builderOptions.detectDuplicates = true;
    m_builder = std::make_shared<SchemaBuilder>(builderOptions);
    m_position = firstPosition(settings);
    m_seen.clear();
    m_result = PageWalkResult();
    m_retries = 0;
    m_pendingNote.clear();
    m_running = true;
    m_clock.start();
    m_lastSnapshot.start();
    sendPage();
}

void PageWalker::cancel()
{
    if (!m_running)
        return;
    m_parses.stop();
    m_engine->cancel();
    finish(
        PageWalkResult::End::Canceled, PageWalker::tr("Canceled after %1 pages.").arg(m_result.pages.size()));
}

void PageWalker::sendPage()
{
    if (!m_running)
        return;
    m_engine->start(pageSettings(m_settings, m_position));
}

bool PageWalker::mayFollow(const QUrl &url) const
{
    // Qlik's form: the whitelist holds "the only URLs to which responses can redirect for paged data".
    return RequestPlan::mayFollow(url, QUrl(m_settings.request.url.trimmed()), m_settings.security.whitelist);
}

void PageWalker::onResponse(const ConnectionTestResult &response)
{
    if (!m_running)
        return;
    if (response.outcome == ConnectionTestResult::Outcome::Canceled)
        return;
    const int number = int(m_result.pages.size()) + 1;
    // Retries the connection asked for ("Retry failed request") were made by the engine: the timeline
    // says so, and the walker's own Retry-After guard does not retry them once more.
    if (!response.retries.isEmpty()) {
        const QString retried = response.retries.join(u' ');
        m_pendingNote = m_pendingNote.isEmpty() ? retried : m_pendingNote + QStringLiteral("; ") + retried;
    }
    if (!response.succeeded()) {
        // The guard waits only where the server names a time: a bare 503 fails as it does in Qlik,
        // unless the connection retries it.
        const std::optional<int> wait
            = RequestPlan::retryAfterSeconds(headerValue(response, QStringLiteral("Retry-After")));
        if ((response.status == 429 || response.status == 503) && wait && m_retries < m_options.maxRetries
            && response.retries.isEmpty()) {
            const int seconds = *wait;
            if (seconds <= m_options.maxWaitSeconds) {
                ++m_retries;
                m_pendingNote
                    = PageWalker::tr("waited %1 s after %2 (Retry-After)").arg(seconds).arg(response.status);
                QTimer::singleShot(seconds * 1000, this, [this, run = m_run] {
                    if (run == m_run)
                        sendPage();
                });
                return;
            }
            PageRecord page {number, response.finalUrl, response.status, -1, {}, response.millisecondsTotal,
                response.size, 0, {}};
            m_result.pages.append(page);
            emit pageFinished(page);
            finish(PageWalkResult::End::Error,
                PageWalker::tr("Page %1: the server asks to wait %2 s (Retry-After), longer than the %3 s "
                               "Qonduit waits.")
                    .arg(number)
                    .arg(seconds)
                    .arg(m_options.maxWaitSeconds));
            return;
        }
        PageRecord page {number, response.finalUrl, response.status, -1, {}, response.millisecondsTotal,
            response.size, 0, m_pendingNote};
        m_result.pages.append(page);
        emit pageFinished(page);
        finish(PageWalkResult::End::Error,
            PageWalker::tr("Page %1 failed: %2").arg(number).arg(response.sentence));
        return;
    }
    m_retries = 0;

    // Parse off this thread; the builder is used by one page at a time.
    const PaginationSettings p = m_settings.pagination;
    const SchemaOptions options = m_schemaOptions;
    const auto builder = m_builder;
    const bool wantSnapshot = m_lastSnapshot.elapsed() > 200;
    if (wantSnapshot)
        m_lastSnapshot.restart();
    m_parses.start([this, response, p, options, builder, wantSnapshot](const LatestJob::Reporter &reporter) {
        PageParse result;
        builder->setCancelFlag(reporter.stopFlag()); // one page at a time uses the builder
        const auto bytes = BodyBytes::of(response);
        builder->beginPage();
        const qint64 before = builder->duplicateRecords();
        PathProbe probe(*builder);
        int total = -1, next = -1, isLast = -1;
        switch (p.type) {
        case PaginationType::Offset:
            total = probe.watch(p.offset.totalPath);
            probe.setDataPath(p.offset.dataPath);
            break;
        case PaginationType::NextPage:
            total = probe.watch(p.nextPage.totalPagesPath);
            isLast = probe.watch(p.nextPage.isLastPagePath);
            probe.setDataPath(p.nextPage.dataPath);
            break;
        case PaginationType::NextToken:
            if (!p.nextToken.tokenPathIsHeader)
                next = probe.watch(p.nextToken.tokenPath);
            isLast = probe.watch(p.nextToken.isLastPagePath);
            break;
        case PaginationType::NextUrl:
            if (!p.nextUrl.fieldPathIsHeader)
                next = probe.watch(p.nextUrl.fieldPath);
            break;
        default:
            break;
        }
        if (!bytes->error().isEmpty()) {
            result.parse.problem.message = bytes->error();
        } else {
            // The probe forwards every event to the builder: one pass does both.
            result.parse = parseBody(
                *builder, bytes->view(), response.contentType(), options, &probe, bytes->endsWithNul());
        }
        if (options.responseHeaders)
            builder->addResponseHeaders(response.headers);
        result.records = probe.records();
        result.total = probe.value(total);
        result.next = probe.value(next);
        result.isLast = probe.value(isLast);
        result.duplicates = builder->duplicateRecords() - before;
        if (wantSnapshot) {
            result.partial = builder->snapshot(false);
            result.withSnapshot = true;
        }
        reporter.post([this, response, result] { onParsed(response, result); });
    });
}

void PageWalker::onParsed(const ConnectionTestResult &response, const PageParse &parse)
{
    if (!m_running)
        return;
    m_format = parse.parse.format;
    m_csv = parse.parse.csv;
    PageRecord page;
    page.number = int(m_result.pages.size()) + 1;
    page.url = response.finalUrl;
    page.status = response.status;
    page.records = parse.records;
    page.milliseconds = response.millisecondsTotal;
    page.bytes = response.size;
    page.duplicates = parse.duplicates;
    page.note = m_pendingNote;
    m_pendingNote.clear();
    m_result.duplicates += parse.duplicates;

    const auto done = [&](PageWalkResult::End end, const QString &sentence) {
        m_result.pages.append(page);
        emit pageFinished(page);
        finish(end, sentence);
    };
    if (!parse.parse.problem.isEmpty()) {
        done(PageWalkResult::End::Error,
            PageWalker::tr("Page %1 cannot be read: %2").arg(page.number).arg(parse.parse.problem.message));
        return;
    }
    if (parse.withSnapshot)
        emit snapshot(parse.partial);

    const PaginationSettings &p = m_settings.pagination;
    bool last = false;
    QString loopSentence;
    switch (p.type) {
    case PaginationType::Offset: {
        const qint64 count = numberOr(p.offset.countValue, 0);
        const qint64 records = std::max<qint64>(parse.records, 0);
        m_position.start += records;
        page.next = QString::number(m_position.start);
        const std::optional<qint64> total = asNumber(parse.total);
        last = (total && m_position.start >= *total) || records == 0 || (count > 0 && records < count);
        break;
    }
    case PaginationType::NextPage: {
        const std::optional<qint64> total = asNumber(parse.total);
        last = (total && m_position.page >= *total) || isTrue(parse.isLast) || parse.records == 0;
        ++m_position.page;
        page.next = QString::number(m_position.page);
        break;
    }
    case PaginationType::NextToken: {
        const QString token = p.nextToken.tokenPathIsHeader
            ? QString::fromUtf8(headerValue(response, p.nextToken.tokenPath))
            : parse.next.value_or(QString());
        page.next = token;
        last = token.isEmpty() || isTrue(parse.isLast);
        if (!last && m_seen.contains(token))
            loopSentence
                = PageWalker::tr("The token \"%1\" came back on page %2: the API repeats itself, so the "
                                 "walk stopped there.")
                      .arg(token)
                      .arg(page.number);
        m_seen.insert(token);
        m_position.token = token;
        break;
    }
    case PaginationType::NextUrl: {
        QString next = p.nextUrl.fieldPathIsHeader
            ? QString::fromUtf8(headerValue(response, p.nextUrl.fieldPath))
            : parse.next.value_or(QString());
        // A Link header (named, or found when the path gives nothing) holds <url>; rel="next".
        if (next.trimmed().startsWith(u'<'))
            next = linkNext(next);
        if (next.isEmpty())
            next = linkNext(QString::fromLatin1(headerValue(response, QStringLiteral("Link"))));
        last = next.trimmed().isEmpty();
        if (!last) {
            const QUrl url = response.finalUrl.resolved(QUrl(next.trimmed()));
            page.next = url.toString();
            if (!mayFollow(url)) {
                done(PageWalkResult::End::Error,
                    PageWalker::tr("Page %1 points to %2, which is neither this connection's host nor on the "
                                   "whitelist: the walk stopped there.")
                        .arg(page.number)
                        .arg(url.toString()));
                return;
            }
            const QString key = url.toString(QUrl::FullyEncoded);
            if (m_seen.contains(key) || key == response.finalUrl.toString(QUrl::FullyEncoded))
                loopSentence
                    = PageWalker::tr("Page %1 points back to %2, already read: the walk stopped there.")
                          .arg(page.number)
                          .arg(url.toString());
            m_seen.insert(key);
            m_seen.insert(response.finalUrl.toString(QUrl::FullyEncoded));
            m_position.url = url;
        }
        break;
    }
    case PaginationType::None:
    case PaginationType::Custom:
        last = true;
        break;
    }
    if (!loopSentence.isEmpty()) {
        done(PageWalkResult::End::Loop, loopSentence);
        return;
    }
    if (last) {
        done(PageWalkResult::End::Done, PageWalker::tr("Read %1 pages.").arg(page.number));
        return;
    }
    if (m_options.pageLimit > 0 && page.number >= m_options.pageLimit) {
        done(PageWalkResult::End::PageLimit,
            PageWalker::tr("Stopped at the page limit of %1 pages; there are more.")
                .arg(m_options.pageLimit));
        return;
    }
    m_result.pages.append(page);
    emit pageFinished(page);
    sendPage();
}

void PageWalker::finish(PageWalkResult::End end, const QString &sentence)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run; // late deliveries of this walk are dropped: a Retry-After wait's,
    m_parses.drop(); // and a page parse's
    m_result.end = end;
    m_result.sentence = sentence;
    m_result.milliseconds = m_clock.elapsed();
    if (m_builder && end != PageWalkResult::End::Canceled) {
        BodyParse parse;
        parse.format = m_format;
        parse.csv = m_csv;
        m_result.schema = finishedSchema(*m_builder, parse, 0);
        qint64 bytes = 0;
        for (const PageRecord &page : std::as_const(m_result.pages))
            bytes += page.bytes;
        m_result.schema.totalBytes = m_result.schema.bytesRead = bytes;
    }
    if (m_result.duplicates > 0)
        m_result.schema.warnings.append(
            PageWalker::tr("%1 records came again on a later page.").arg(m_result.duplicates));
    const PageWalkResult result = m_result;
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace Qonduit
