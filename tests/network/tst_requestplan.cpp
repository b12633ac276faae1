// SPDX-License-Identifier: MIT
#include "requestplan.h"
#include "settingsdump.h"

#include <QTest>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

class TestRequestPlan : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void refused_data();
    void refused();
    void missingParameters_data();
    void missingParameters();
    void retries_data();
    void retries();
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)

void TestRequestPlan::plan_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("notes");
    QTest::newRow("plain get") << SettingsEdit([](ConnectionSettings &) {}) << QByteArray("GET")
                               << u"https://api.example.com/orders"_s << Headers {} << QByteArray() << 0;
    QTest::newRow("parameters merged and encoded")
        << SettingsEdit([](ConnectionSettings &s) {
               s.request.url = u"https://api.example.com/orders?status=old&page=1"_s;
               s.queryParameters
                   = {{u"status"_s, u"open & new"_s}, {u"filter"_s, u"salary>10000"_s}, {u"é"_s, u"ü"_s}};
           })
        << QByteArray("GET")
        << u"https://api.example.com/orders?page=1&status=open%20%26%20new&filter=salary%3E10000&%C3%A9=%C3%BC"_s
        << Headers {} << QByteArray() << 0;
    QTest::newRow("headers in order") << SettingsEdit([](ConnectionSettings &s) {
        s.queryHeaders = {{u"Accept"_s, u"application/json"_s}, {u"X-Api-Key"_s, u"k"_s}};
    }) << QByteArray("GET") << u"https://api.example.com/orders"_s
                                      << Headers {{"Accept", "application/json"}, {"X-Api-Key", "k"}}
                                      << QByteArray() << 0;
    QTest::newRow("post with expect") << SettingsEdit([](ConnectionSettings &s) {
        s.request.method = HttpMethod::Post;
        s.request.requestBody = u"{\"a\":\"ä\"}"_s;
    }) << QByteArray("POST") << u"https://api.example.com/orders"_s
                                      << Headers {{"Expect", "100-continue"}}
                                      << QByteArray("{\"a\":\"\xC3\xA4\"}") << 0;
    QTest::newRow("post in latin-1 without expect") << SettingsEdit([](ConnectionSettings &s) {
        s.request.method = HttpMethod::Post;
        s.request.requestBody = u"ä=1"_s;
        s.request.bodyEncoding = u"ISO-8859-1"_s;
        s.request.sendExpect100Continue = false;
    }) << QByteArray("POST") << u"https://api.example.com/orders"_s
                                                    << Headers {} << QByteArray("\xE4=1") << 0;
    QTest::newRow("body of a GET is not sent")
        << SettingsEdit([](ConnectionSettings &s) { s.request.requestBody = u"ignored"_s; })
        << QByteArray("GET") << u"https://api.example.com/orders"_s << Headers {} << QByteArray() << 0;
    QTest::newRow("http 1.0 without keep-alive") << SettingsEdit([](ConnectionSettings &s) {
        s.request.httpProtocol = HttpProtocol::Http10;
        s.request.keepAlive = false;
    }) << QByteArray("GET") << u"https://api.example.com/orders"_s
                                                 << Headers {{"Connection", "close"}} << QByteArray() << 1;
    QTest::newRow("http 1.0 with keep-alive")
        << SettingsEdit([](ConnectionSettings &s) { s.request.httpProtocol = HttpProtocol::Http10; })
        << QByteArray("GET") << u"https://api.example.com/orders"_s << Headers {} << QByteArray() << 1;
}

void TestRequestPlan::plan()
{
    QFETCH(SettingsEdit, edit);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, notes);
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/orders"_s;
    edit(settings);
    const auto plan = RequestPlan::fromSettings(settings);
    QVERIFY2(plan.hasValue(), plan.hasValue() ? "" : qPrintable(plan.error()));
    QCOMPARE(plan.value().method, method);
    QCOMPARE(plan.value().url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(plan.value().headers, headers);
    QCOMPARE(plan.value().body, body);
    QCOMPARE(plan.value().notes.size(), notes);
}

void TestRequestPlan::refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("httpsOnly");
    QTest::addColumn<QString>("bodyEncoding");
    QTest::addColumn<QString>("message");
    QTest::newRow("https only") << u"http://api.example.com/"_s << true << u"UTF-8"_s
                                << u"nothing was sent"_s;
    QTest::newRow("ftp") << u"ftp://api.example.com/"_s << false << u"UTF-8"_s << u"http:// or https://"_s;
    QTest::newRow("no host") << u"https:///x"_s << false << u"UTF-8"_s << u"not a valid URL"_s;
    QTest::newRow("empty") << QString() << false << u"UTF-8"_s << u"not a valid URL"_s;
    QTest::newRow("unknown encoding") << u"https://h/"_s << false << u"EBCDIC-42"_s << u"EBCDIC-42"_s;
}

void TestRequestPlan::refused()
{
    QFETCH(QString, url);
    QFETCH(bool, httpsOnly);
    QFETCH(QString, bodyEncoding);
    QFETCH(QString, message);
    ConnectionSettings settings;
    settings.request.url = url;
    settings.request.method = HttpMethod::Post;
    settings.request.bodyEncoding = bodyEncoding;
    settings.security.allowHttpsOnly = httpsOnly;
    const auto plan = RequestPlan::fromSettings(settings);
    QVERIFY(!plan.hasValue());
    QVERIFY2(plan.error().contains(message), qPrintable(plan.error()));
}

void TestRequestPlan::missingParameters_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("added") << u"https://h/p?page=2"_s << u"https://h/p?page=2&key=k&lang=en"_s;
    QTest::newRow("present ones stay") << u"https://h/p?key=other"_s << u"https://h/p?key=other&lang=en"_s;
}

void TestRequestPlan::missingParameters()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const QUrl result
        = RequestPlan::withMissingParameters(QUrl(url), {{u"key"_s, u"k"_s}, {u"lang"_s, u"en"_s}});
    QCOMPARE(result.toString(), expected);
}

void TestRequestPlan::retries_data()
{
    QTest::addColumn<bool>("retry");
    QTest::addColumn<QString>("codes");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("off") << false << u"503"_s << 503 << 0 << QByteArray() << false << 1000;
    QTest::newRow("first retry after 1 s")
        << true << u"500,503"_s << 503 << 0 << QByteArray() << true << 1000;
    QTest::newRow("then 2 s") << true << u"503"_s << 503 << 1 << QByteArray() << true << 2000;
    QTest::newRow("then 4 s") << true << u"503"_s << 503 << 2 << QByteArray() << true << 4000;
    QTest::newRow("three retries at most") << true << u"503"_s << 503 << 3 << QByteArray() << false << 8000;
    QTest::newRow("not a retry code") << true << u"500,502"_s << 503 << 0 << QByteArray() << false << 1000;
    QTest::newRow("spaces in the list")
        << true << u" 500 , 503 "_s << 503 << 0 << QByteArray() << true << 1000;
    QTest::newRow("Retry-After in seconds") << true << u"429"_s << 429 << 0 << "3"_ba << true << 3000;
    QTest::newRow("Retry-After bounded") << true << u"429"_s << 429 << 0 << "120"_ba << true << 8000;
    QTest::newRow("Retry-After 0") << true << u"503"_s << 503 << 0 << "0"_ba << true << 0;
    QTest::newRow("bad codes never retry") << true << u"abc"_s << 503 << 0 << QByteArray() << false << 1000;
}

void TestRequestPlan::retries()
{
    QFETCH(bool, retry);
    QFETCH(QString, codes);
    QFETCH(int, status);
    QFETCH(int, attempt);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, retried);
    QFETCH(int, delayMs);
    RequestSettings request;
    request.retryFailedRequest = retry;
    request.retryCodes = codes;
    QCOMPARE(RequestPlan::shouldRetry(request, status, attempt), retried);
    QCOMPARE(RequestPlan::retryDelayMs(attempt, retryAfter), delayMs);
}

QTEST_GUILESS_MAIN(TestRequestPlan)
#include "tst_requestplan.moc"
