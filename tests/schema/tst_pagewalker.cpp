// SPDX-License-Identifier: MIT
#include "pagination/pagewalker.h"
#include "sampleapiserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qonduit::ConnectionSettings)
Q_DECLARE_METATYPE(Qonduit::PageWalkResult::End)

namespace {

ConnectionSettings offset(const QString &totalPath)
{
    ConnectionSettings s;
    s.request.url = u"/paged/offset"_s;
    s.pagination.type = PaginationType::Offset;
    s.pagination.offset = {u"start"_s, false, u"0"_s, u"count"_s, false, u"10"_s, totalPath, u"data"_s};
    return s;
}

ConnectionSettings nextPage(
    const QString &path, const QString &size, const QString &isLast, const QString &total)
{
    ConnectionSettings s;
    s.request.url = path;
    s.pagination.type = PaginationType::NextPage;
    s.pagination.nextPage = {u"page"_s, false, u"1"_s, u"per_page"_s, size, total, isLast, u"items"_s};
    return s;
}

ConnectionSettings nextToken(const QString &path, bool header)
{
    ConnectionSettings s;
    s.request.url = path;
    s.pagination.type = PaginationType::NextToken;
    s.pagination.nextToken = header
        ? NextTokenPagination {u"X-Page-Token"_s, true, u"X-Next-Token"_s, true, {}}
        : NextTokenPagination {u"token"_s, false, u"next_token"_s, false, {}};
    return s;
}

ConnectionSettings nextUrl(const QString &path, const QString &field, bool header)
{
    ConnectionSettings s;
    s.request.url = path;
    s.pagination.type = PaginationType::NextUrl;
    s.pagination.nextUrl = {field, header};
    return s;
}

} // namespace

// Every pagination kind of docs/qlik-formats.md 1.4 against the sample API on 127.0.0.1, with the guards.
class TestPageWalker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walks_data();
    void walks();
    void pageSettings();
    void pagesShareOneConnection();
    void nextUrlStaysOnTheHost();
    void cancel();
    void duplicatesAcrossPages();
    void retriesShowInTheTimeline();

private:
    PageWalkResult walk(ConnectionSettings settings, int pageLimit = 100);
    SampleApiServer m_server;
};

void TestPageWalker::initTestCase()
{
    QCOMPARE(m_server.start().error(), QString());
}

PageWalkResult TestPageWalker::walk(ConnectionSettings settings, int pageLimit)
{
    settings.request.url = m_server.baseUrl().toString() + settings.request.url;
    PageWalker walker;
    QSignalSpy finished(&walker, &PageWalker::finished);
    PageWalkOptions options;
    options.pageLimit = pageLimit;
    walker.start(settings, SchemaOptions {}, options);
    if (!finished.wait(30000))
        return {};
    return finished.at(0).at(0).value<PageWalkResult>();
}

void TestPageWalker::walks_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    QTest::addColumn<int>("pageLimit");
    QTest::addColumn<PageWalkResult::End>("end");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("dataTable");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("sentence"); // a part of it

    using End = PageWalkResult::End;
    QTest::newRow("offset, stops at the total")
        << offset(u"meta/total"_s) << 100 << End::Done << 3 << u"data"_s << 25 << u"Read 3 pages"_s;
    QTest::newRow("offset, total path from root")
        << offset(u"root/meta/total"_s) << 100 << End::Done << 3 << u"data"_s << 25 << QString();
    QTest::newRow("offset, no total: a short page ends it")
        << offset(QString()) << 100 << End::Done << 3 << u"data"_s << 25 << QString();
    QTest::newRow("next page, is-last flag") << nextPage(u"/paged/page"_s, u"10"_s, u"is_last"_s, {}) << 100
                                             << End::Done << 3 << u"items"_s << 25 << QString();
    QTest::newRow("next page, total pages") << nextPage(u"/paged/page"_s, u"5"_s, {}, u"pages"_s) << 100
                                            << End::Done << 5 << u"items"_s << 25 << QString();
    QTest::newRow("next page, empty page ends it") << nextPage(u"/paged/page"_s, u"10"_s, {}, {}) << 100
                                                   << End::Done << 4 << u"items"_s << 25 << QString();
    QTest::newRow("page limit") << nextPage(u"/paged/page"_s, u"1"_s, u"is_last"_s, {}) << 5 << End::PageLimit
                                << 5 << u"items"_s << 5 << u"page limit of 5"_s;
    QTest::newRow("next token in the body")
        << nextToken(u"/paged/token"_s, false) << 100 << End::Done << 3 << u"items"_s << 25 << QString();
    QTest::newRow("next token in headers") << nextToken(u"/paged/token-header"_s, true) << 100 << End::Done
                                           << 3 << u"items"_s << 25 << QString();
    QTest::newRow("a token that repeats is a loop")
        << nextToken(u"/paged/broken-token"_s, false) << 100 << End::Loop << 2 << u"items"_s << 20
        << u"\"again\" came back on page 2"_s;
    QTest::newRow("next URL in the body, relative") << nextUrl(u"/paged/next-url"_s, u"links/next"_s, false)
                                                    << 100 << End::Done << 3 << u"items"_s << 25 << QString();
    QTest::newRow("next URL in a Link header") << nextUrl(u"/paged/link"_s, u"Link"_s, true) << 100
                                               << End::Done << 3 << u"items"_s << 25 << QString();
    QTest::newRow("429 with Retry-After is waited for")
        << nextPage(u"/paged/rate-limited"_s, {}, u"is_last"_s, {}) << 100 << End::Done << 3 << u"items"_s
        << 25 << QString();
    QTest::newRow("an error page stops the walk")
        << nextPage(u"/paged/error"_s, {}, {}, {}) << 100 << End::Error << 3 << u"items"_s << 20
        << u"Page 3 failed"_s;
    ConnectionSettings none;
    none.request.url = u"/paged/page"_s;
    QTest::newRow("no pagination: one page")
        << none << 100 << End::Done << 1 << u"items"_s << 10 << QString();
}

void TestPageWalker::walks()
{
    QFETCH(ConnectionSettings, settings);
    QFETCH(int, pageLimit);
    QFETCH(PageWalkResult::End, end);
    QFETCH(int, pages);
    QFETCH(QString, dataTable);
    QFETCH(int, records);
    QFETCH(QString, sentence);
    const PageWalkResult result = walk(settings, pageLimit);
    QVERIFY2(result.end == end, qPrintable(result.sentence));
    QCOMPARE(result.pages.size(), pages);
    QVERIFY2(result.sentence.contains(sentence), qPrintable(result.sentence));
    const int table = result.schema.indexOf(dataTable);
    QVERIFY(table >= 0);
    QCOMPARE(result.schema.tables[table].rows, records);
    const int pagesRead = end == PageWalkResult::End::Error ? pages - 1 : pages;
    QCOMPARE(result.schema.tables[0].rows, pagesRead); // a root row per page read
    for (int i = 0; i < result.pages.size(); ++i)
        QCOMPARE(result.pages[i].number, i + 1);
}

void TestPageWalker::pageSettings()
{
    // Parameters replace the form's own value; header flags move them into the headers.
    ConnectionSettings settings = offset(u"meta/total"_s);
    settings.queryParameters = {{u"start"_s, u"99"_s}, {u"keep"_s, u"1"_s}};
    settings.pagination.offset.countFieldIsHeader = true;
    PageWalker::Position position;
    position.start = 30;
    const ConnectionSettings page = PageWalker::pageSettings(settings, position);
    QCOMPARE(page.queryParameters, (QList<NameValue> {{u"start"_s, u"30"_s}, {u"keep"_s, u"1"_s}}));
    QCOMPARE(page.queryHeaders, (QList<NameValue> {{u"count"_s, u"10"_s}}));

    // A next URL is used as given, with only the missing parameters added when the form says so.
    ConnectionSettings next = nextUrl(u"http://127.0.0.1/a"_s, u"next"_s, false);
    next.queryParameters = {{u"key"_s, u"k"_s}, {u"page"_s, u"1"_s}};
    position.url = QUrl(u"http://127.0.0.1/a?page=7"_s);
    QCOMPARE(PageWalker::pageSettings(next, position).request.url, u"http://127.0.0.1/a?page=7"_s);
    next.addMissingQueryParameters = true;
    QCOMPARE(PageWalker::pageSettings(next, position).request.url, u"http://127.0.0.1/a?page=7&key=k"_s);
    QVERIFY(PageWalker::pageSettings(next, position).queryParameters.isEmpty());
}

void TestPageWalker::pagesShareOneConnection()
{
    m_server.clearReceived();
    const PageWalkResult result = walk(nextPage(u"/paged/page"_s, u"2"_s, u"is_last"_s, {}));
    QCOMPARE(result.pages.size(), 13);
    QSet<quint16> ports;
    for (const auto &request : m_server.received())
        ports.insert(request.peerPort);
    QCOMPARE(ports.size(), 1);
    QVERIFY(result.pagesPerSecond() > 0);
}

void TestPageWalker::nextUrlStaysOnTheHost()
{
    // /paged/link builds absolute URLs from the Host header: told it is the alias host, it points
    // there, which is another host than the connection's 127.0.0.1 unless whitelisted.
    const QString alias = u"%1:%2"_s.arg(m_server.aliasHost()).arg(m_server.port());
    ConnectionSettings settings = nextUrl(QString(), u"Link"_s, true);
    settings.request.url = m_server.baseUrl().toString() + u"/paged/link"_s;
    settings.queryHeaders = {{u"Host"_s, alias}};
    PageWalker walker;
    QSignalSpy finished(&walker, &PageWalker::finished);
    walker.start(settings, SchemaOptions {});
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<PageWalkResult>();
    QVERIFY2(result.end == PageWalkResult::End::Error, qPrintable(result.sentence));
    QVERIFY2(result.sentence.contains(u"neither this connection's host nor on the whitelist"),
        qPrintable(result.sentence));

    settings.security.whitelist = {{u"sample"_s, u"http://"_s + alias}};
    walker.start(settings, SchemaOptions {});
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.last().at(0).value<PageWalkResult>().succeeded());
}

void TestPageWalker::cancel()
{
    ConnectionSettings settings = nextPage(u"/paged/page"_s, u"1"_s, u"is_last"_s, {});
    settings.request.url = m_server.baseUrl().toString() + settings.request.url;
    PageWalker walker;
    QSignalSpy finished(&walker, &PageWalker::finished);
    QSignalSpy pages(&walker, &PageWalker::pageFinished);
    walker.start(settings, SchemaOptions {});
    QVERIFY(pages.wait(10000));
    walker.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<PageWalkResult>().end, PageWalkResult::End::Canceled);
    QVERIFY(!walker.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestPageWalker::duplicatesAcrossPages()
{
    const PageWalkResult result = walk(nextPage(u"/paged/overlap"_s, {}, u"is_last"_s, {}));
    QVERIFY(result.succeeded());
    QCOMPARE(result.pages.size(), 3);
    QCOMPARE(result.pages[0].duplicates, 0);
    QCOMPARE(result.pages[1].duplicates, 2);
    QCOMPARE(result.pages[2].duplicates, 2);
    QCOMPARE(result.duplicates, 4);
    QVERIFY(result.schema.warnings.join(u' ').contains(u"4 records came again"));
}

// "Retry failed request": every page answers 503 once; the engine retries it, and the timeline says so.
void TestPageWalker::retriesShowInTheTimeline()
{
    ConnectionSettings settings
        = nextPage(u"/fault/flaky?fail=1&key=walk&retry-after=0"_s, {}, u"is_last"_s, {});
    settings.request.retryFailedRequest = true;
    const PageWalkResult result = walk(settings);
    QVERIFY2(result.end == PageWalkResult::End::Done, qPrintable(result.sentence));
    QCOMPARE(result.pages.size(), 3);
    for (const PageRecord &page : result.pages) {
        QCOMPARE(page.status, 200);
        QVERIFY2(page.note.contains(u"Attempt 1 answered 503"_s), qPrintable(page.note));
    }
    QCOMPARE(result.schema.tables[result.schema.indexOf(u"items")].rows, 25);

    // Without it, a 503 that names no Retry-After ends the walk, as it ends Qlik's load.
    settings.request.retryFailedRequest = false;
    settings.request.url = u"/fault/flaky?fail=1&key=noretry"_s;
    const PageWalkResult failed = walk(settings);
    QCOMPARE(failed.end, PageWalkResult::End::Error);
}

QTEST_GUILESS_MAIN(TestPageWalker)
#include "tst_pagewalker.moc"
