// SPDX-License-Identifier: MIT
#include "pagination/pagewalker.h"

#include "backgroundrequest.h"
#include "pagination/pathprobe.h"
#include "requestplan.h"

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

// Reads one page into the walk's builder, watching the paths pagination reads on the way: one pass does
// both. Runs off the walker's thread, one page at a time.
PageWalker::PageParse PageWalker::parsePage(SchemaBuilder &builder, const ConnectionTestResult &response,
    const PaginationSettings &p, const SchemaOptions &options, bool wantSnapshot)
{
    PageParse result;
    const auto bytes = BodyBytes::of(response);
    builder.beginPage();
    const qint64 before = builder.duplicateRecords();
    PathProbe probe(builder);
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
    if (!bytes->error().isEmpty())
        result.parse.problem.message = bytes->error();
    else // the probe forwards every event to the builder
        result.parse = parseBody(
            builder, bytes->view(), response.contentType(), options, &probe, bytes->endsWithNul());
    if (options.responseHeaders)
        builder.addResponseHeaders(response.headers);
    result.records = probe.records();
    result.total = probe.value(total);
    result.next = probe.value(next);
    result.isLast = probe.value(isLast);
    result.duplicates = builder.duplicateRecords() - before;
    if (wantSnapshot) {
        result.partial = builder.snapshot(false);
        result.withSnapshot = true;
    }
    return result;
}

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

void PageWalker::onResponse(const ConnectionTestResult &response)
{
    if (!m_running || response.outcome == ConnectionTestResult::Outcome::Canceled)
        return;
    // Retries the connection asked for ("Retry failed request") were made by the engine: the timeline
    // says so, and the walker's own Retry-After guard does not retry them once more.
    if (!response.retries.isEmpty()) {
        const QString retried = response.retries.join(u' ');
        m_pendingNote = m_pendingNote.isEmpty() ? retried : m_pendingNote + QStringLiteral("; ") + retried;
    }
    if (!response.succeeded()) {
        onFailed(response);
        return;
    }
    m_retries = 0;
    const bool wantSnapshot = m_lastSnapshot.elapsed() > 200;
    if (wantSnapshot)
        m_lastSnapshot.restart();
    m_parses.start([this, response, p = m_settings.pagination, options = m_schemaOptions, builder = m_builder,
                       wantSnapshot](const LatestJob::Reporter &reporter) {
        builder->setCancelFlag(reporter.stopFlag()); // one page at a time uses the builder
        const PageParse result = parsePage(*builder, response, p, options, wantSnapshot);
        reporter.post([this, response, result] { onParsed(response, result); });
    });
}

void PageWalker::onFailed(const ConnectionTestResult &response)
{
    const int number = int(m_result.pages.size()) + 1;
    const PageStep::Retry retry = PageStep::afterFailure(number, response.status,
        PageStep::headerValue(response.headers, u"Retry-After"), !response.retries.isEmpty(), m_retries,
        {m_options.maxWaitSeconds, m_options.maxRetries});
    if (retry.kind == PageStep::Retry::Kind::Wait) {
        ++m_retries;
        m_pendingNote
            = PageWalker::tr("waited %1 s after %2 (Retry-After)").arg(retry.seconds).arg(response.status);
        QTimer::singleShot(retry.seconds * 1000, this, [this, run = m_run] {
            if (run == m_run)
                sendPage();
        });
        return;
    }
    const bool waitTooLong = !retry.sentence.isEmpty();
    const PageRecord page {number, response.finalUrl, response.status, -1, {}, response.millisecondsTotal,
        response.size, 0, waitTooLong ? QString() : m_pendingNote};
    pageDone(page, PageWalkResult::End::Error,
        waitTooLong ? retry.sentence
                    : PageWalker::tr("Page %1 failed: %2").arg(number).arg(response.sentence));
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
    page.note = std::exchange(m_pendingNote, QString());
    m_result.duplicates += parse.duplicates;
    if (!parse.parse.problem.isEmpty()) {
        pageDone(page, PageWalkResult::End::Error,
            PageWalker::tr("Page %1 cannot be read: %2").arg(page.number).arg(parse.parse.problem.message));
        return;
    }
    if (parse.withSnapshot)
        emit snapshot(parse.partial);

    const PageStep::PageFacts facts {page.number, response.finalUrl, response.headers, parse.records,
        parse.total, parse.next, parse.isLast};
    const PageStep::Decision decision
        = PageStep::afterPage(m_settings, m_position, m_seen, facts, m_options.pageLimit);
    page.next = decision.next;
    for (const QString &key : decision.seen)
        m_seen.insert(key);
    m_position = decision.position;
    using Kind = PageStep::Decision::Kind;
    static constexpr auto endOf = [](Kind kind) {
        switch (kind) {
        case Kind::Done:
            return PageWalkResult::End::Done;
        case Kind::PageLimit:
            return PageWalkResult::End::PageLimit;
        case Kind::Loop:
            return PageWalkResult::End::Loop;
        case Kind::Error:
        case Kind::NextPage:
            break;
        }
        return PageWalkResult::End::Error;
    };
    if (decision.kind == Kind::NextPage) {
        pageDone(page);
        sendPage();
    } else {
        pageDone(page, endOf(decision.kind), decision.sentence);
    }
}

void PageWalker::pageDone(
    const PageRecord &page, std::optional<PageWalkResult::End> end, const QString &sentence)
{
    m_result.pages.append(page);
    emit pageFinished(page);
    if (end)
        finish(*end, sentence);
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
