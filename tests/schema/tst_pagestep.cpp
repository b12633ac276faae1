// SPDX-License-Identifier: MIT
// The page walker's decisions, from what a page said alone: no server, one row per case.
#include "pagination/pagestep.h"

#include <QTest>

#include <functional>

using namespace Qonduit;
using namespace Qt::StringLiterals;

using Setup = std::function<void(ConnectionSettings &, PageStep::Position &, PageStep::PageFacts &)>;
Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(PageStep::Decision::Kind)

namespace {

ConnectionSettings paged(PaginationType type)
{
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/v1/orders"_s;
    settings.pagination.type = type;
    settings.pagination.offset.countValue = u"10"_s;
    settings.pagination.nextToken.tokenPath = u"root/next"_s;
    settings.pagination.nextUrl.fieldPath = u"root/next"_s;
    return settings;
}

} // namespace

class TestPageStep : public QObject
{
    Q_OBJECT

private slots:
    void afterPage_data();
    void afterPage();
    void afterFailure_data();
    void afterFailure();
};

void TestPageStep::afterPage_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<PageStep::Decision::Kind>("kind");
    QTest::addColumn<QString>("next"); // what the timeline shows
    QTest::addColumn<QString>("sentence"); // a part of it; empty for NextPage
    QTest::addColumn<QStringList>("seen");

    using K = PageStep::Decision::Kind;
    using S = ConnectionSettings;
    using P = PageStep::Position;
    using F = PageStep::PageFacts;
    const auto row = [](const char *name, PaginationType type, Setup setup, K kind, const QString &next,
                         const QString &sentence = {}, const QStringList &seen = {}) {
        QTest::newRow(name) << int(type) << setup << kind << next << sentence << seen;
    };
    const auto O = PaginationType::Offset, NP = PaginationType::NextPage, NT = PaginationType::NextToken,
               NU = PaginationType::NextUrl;

    row(
        "offset: a full page leads on", O, [](S &, P &, F &f) { f.records = 10; }, K::NextPage, u"10"_s);
    row(
        "offset: a short page is the last", O, [](S &, P &, F &f) { f.records = 4; }, K::Done, u"4"_s,
        u"Read 1 pages."_s);
    row(
        "offset: an empty page is the last", O, [](S &, P &, F &f) { f.records = 0; }, K::Done, u"0"_s);
    row(
        "offset: no data path found counts as empty", O, [](S &, P &, F &f) { f.records = -1; }, K::Done,
        u"0"_s);
    row(
        "offset: the total reached", O,
        [](S &, P &p, F &f) { p.start = 20, f.records = 10, f.total = u"30"_s; }, K::Done, u"30"_s);
    row(
        "offset: a total given as 3.0e1", O,
        [](S &, P &p, F &f) { p.start = 10, f.records = 10, f.total = u"3.0e1"_s; }, K::NextPage, u"20"_s);
    row(
        "offset: no count, a page of any size leads on", O,
        [](S &s, P &, F &f) { s.pagination.offset.countValue.clear(), f.records = 3; }, K::NextPage, u"3"_s);
    row(
        "offset: the page limit", O, [](S &, P &, F &f) { f.number = 5, f.records = 10; }, K::PageLimit,
        u"10"_s, u"page limit of 5 pages"_s);

    row(
        "next page: no total, records", NP, [](S &, P &, F &f) { f.records = 5; }, K::NextPage, u"2"_s);
    row(
        "next page: the total pages reached", NP, [](S &, P &p, F &f) { p.page = 3, f.total = u"3"_s; },
        K::Done, u"4"_s);
    row(
        "next page: is last = true", NP, [](S &, P &, F &f) { f.isLast = u"TRUE"_s; }, K::Done, u"2"_s);
    row(
        "next page: is last = 1", NP, [](S &, P &, F &f) { f.isLast = u"1"_s; }, K::Done, u"2"_s);
    row(
        "next page: is last = false", NP, [](S &, P &, F &f) { f.isLast = u"false"_s; }, K::NextPage, u"2"_s);
    row(
        "next page: no records", NP, [](S &, P &, F &f) { f.records = 0; }, K::Done, u"2"_s);

    row("next token: from the body", NT, [](S &, P &, F &f) { f.next = u"def"_s; }, K::NextPage, u"def"_s, {},
        {u"def"_s});
    row("next token: none is the end", NT, [](S &, P &, F &) {}, K::Done, QString(), u"Read 1 pages."_s,
        {QString()});
    row("next token: is last wins", NT, [](S &, P &, F &f) { f.next = u"abc"_s, f.isLast = u"true"_s; },
        K::Done, u"abc"_s, {}, {u"abc"_s});
    row("next token: from a header", NT,
        [](S &s, P &, F &f) {
            s.pagination.nextToken.tokenPathIsHeader = true, s.pagination.nextToken.tokenPath = u"x-next"_s;
            f.headers = {{"X-Next", "t2"}};
            f.next = u"ignored"_s;
        },
        K::NextPage, u"t2"_s, {}, {u"t2"_s});
    // A seen token is a loop only while the walk would go on.
    row("next token: a token again is a loop", NT,
        [](S &, P &p, F &f) { p.token = u"abc"_s, f.next = u"abc"_s; }, K::Loop, u"abc"_s,
        u"The token \"abc\" came back on page 1"_s, {u"abc"_s});

    row("next URL: relative, resolved", NU, [](S &, P &, F &f) { f.next = u"?page=2"_s; }, K::NextPage,
        u"https://api.example.com/v1/orders?page=2"_s, {},
        {u"https://api.example.com/v1/orders?page=2"_s, u"https://api.example.com/v1/orders"_s});
    row("next URL: a Link header when the path gives nothing", NU,
        [](S &, P &, F &f) {
            f.headers = {{"link", R"(<https://api.example.com/v1/orders?p=3>; rel="next", <x>; rel="last")"}};
        },
        K::NextPage, u"https://api.example.com/v1/orders?p=3"_s, {},
        {u"https://api.example.com/v1/orders?p=3"_s, u"https://api.example.com/v1/orders"_s});
    row("next URL: a Link value at the path", NU,
        [](S &, P &, F &f) { f.next = u"<https://api.example.com/b>; rel=next"_s; }, K::NextPage,
        u"https://api.example.com/b"_s, {},
        {u"https://api.example.com/b"_s, u"https://api.example.com/v1/orders"_s});
    row(
        "next URL: none is the end", NU, [](S &, P &, F &f) { f.next = u"  "_s; }, K::Done, QString());
    row(
        "next URL: another host is not followed", NU,
        [](S &, P &, F &f) { f.next = u"https://evil.example/"_s; }, K::Error, u"https://evil.example/"_s,
        u"neither this connection's host nor on the whitelist"_s);
    row("next URL: another host on the whitelist", NU,
        [](S &s, P &, F &f) {
            s.security.whitelist = {{QString(), u"https://cdn.example.com"_s}};
            f.next = u"https://cdn.example.com/p2"_s;
        },
        K::NextPage, u"https://cdn.example.com/p2"_s, {},
        {u"https://cdn.example.com/p2"_s, u"https://api.example.com/v1/orders"_s});
    row("next URL: pointing at itself is a loop", NU,
        [](S &, P &, F &f) { f.next = u"https://api.example.com/v1/orders"_s; }, K::Loop,
        u"https://api.example.com/v1/orders"_s, u"points back to"_s,
        {u"https://api.example.com/v1/orders"_s, u"https://api.example.com/v1/orders"_s});

    row(
        "no pagination: one page", PaginationType::None, [](S &, P &, F &f) { f.records = 10; }, K::Done,
        QString(), u"Read 1 pages."_s);
    row(
        "custom: one page here", PaginationType::Custom, [](S &, P &, F &) {}, K::Done, QString());
}

void TestPageStep::afterPage()
{
    QFETCH(int, type);
    QFETCH(Setup, setup);
    QFETCH(PageStep::Decision::Kind, kind);
    QFETCH(QString, next);
    QFETCH(QString, sentence);
    QFETCH(QStringList, seen);

    ConnectionSettings settings = paged(PaginationType(type));
    PageStep::Position position;
    PageStep::PageFacts facts;
    facts.finalUrl = QUrl(settings.request.url);
    setup(settings, position, facts);
    const PageStep::Position before = position;
    const PageStep::Decision decision = PageStep::afterPage(settings, position, {u"abc"_s}, facts, 5);
    QCOMPARE(decision.kind, kind);
    QCOMPARE(decision.next, next);
    QVERIFY2(decision.sentence.contains(sentence), qPrintable(decision.sentence));
    QCOMPARE(decision.sentence.isEmpty(), kind == PageStep::Decision::Kind::NextPage);
    QCOMPARE(decision.seen, seen);
    // The position moves only along the pagination type's own coordinate.
    if (kind == PageStep::Decision::Kind::NextPage) {
        switch (PaginationType(type)) {
        case PaginationType::Offset:
            QCOMPARE(decision.position.start, next.toLongLong());
            break;
        case PaginationType::NextPage:
            QCOMPARE(decision.position.page, before.page + 1);
            break;
        case PaginationType::NextToken:
            QCOMPARE(decision.position.token, next);
            break;
        case PaginationType::NextUrl:
            QCOMPARE(decision.position.url, QUrl(next));
            break;
        default:
            QFAIL("one page only");
        }
    }
}

void TestPageStep::afterFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("connectionRetried");
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<bool>("waits");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("429, 2 s") << 429 << QByteArray("2") << false << 0 << true << 2 << QString();
    QTest::newRow("503, 30 s is still waited")
        << 503 << QByteArray("30") << false << 2 << true << 30 << QString();
    QTest::newRow("a bare 503 fails as in Qlik")
        << 503 << QByteArray() << false << 0 << false << 0 << QString();
    QTest::newRow("500 with Retry-After fails")
        << 500 << QByteArray("1") << false << 0 << false << 0 << QString();
    QTest::newRow("three retries are enough")
        << 429 << QByteArray("1") << false << 3 << false << 0 << QString();
    QTest::newRow("the connection retried it already")
        << 429 << QByteArray("1") << true << 0 << false << 0 << QString();
    QTest::newRow("garbage Retry-After")
        << 429 << QByteArray("soon") << false << 0 << false << 0 << QString();
    QTest::newRow("too long a wait")
        << 429 << QByteArray("31") << false << 0 << false << 31
        << u"Page 4: the server asks to wait 31 s (Retry-After), longer than the 30 s Qonduit waits."_s;
}

void TestPageStep::afterFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, connectionRetried);
    QFETCH(int, retriesSoFar);
    QFETCH(bool, waits);
    QFETCH(int, seconds);
    QFETCH(QString, sentence);

    const PageStep::Retry retry
        = PageStep::afterFailure(4, status, retryAfter, connectionRetried, retriesSoFar, {30, 3});
    QCOMPARE(retry.kind == PageStep::Retry::Kind::Wait, waits);
    QCOMPARE(retry.seconds, seconds);
    QCOMPARE(retry.sentence, sentence);
}

QTEST_GUILESS_MAIN(TestPageStep)
#include "tst_pagestep.moc"
