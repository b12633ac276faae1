// SPDX-License-Identifier: MIT
// A browser's HAR file: the calls whose answers are data, one made a form, and its recorded answer.
#include "import/apidocument.h"

#include <QFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestHarImport : public QObject
{
    Q_OBJECT
private slots:
    void onlyDataAnswersAreListed();
    void entries_data();
    void entries();
    void publicFiles_data();
    void publicFiles();
};

static QByteArray entry(const char *method, const char *url, const char *mime, const QByteArray &text,
    const QByteArray &more = {})
{
    return R"({"request": {"method": ")" + QByteArray(method) + R"(", "url": ")" + url
        + R"(", "httpVersion": "HTTP/2", "headers": [{"name": ":authority", "value": "x"}, {"name": "User-Agent", "value": "Firefox"},
          {"name": "Accept", "value": "application/json"}, {"name": "Cookie", "value": "sid=1"}], "queryString": [])"
        + more + R"(}, "response": {"status": 200, "content": {"mimeType": ")" + mime + R"(", "text": )"
        + text + "}}}";
}

static QByteArray har(const QList<QByteArray> &entries)
{
    QByteArray out = R"({"log": {"version": "1.2", "creator": {"name": "Firefox"}, "entries": [)";
    for (qsizetype i = 0; i < entries.size(); ++i)
        out += (i ? "," : "") + entries[i];
    return out + "]}}";
}

static const QByteArray browser = har({
    entry("GET", "https://shop.example.com/", "text/html", R"("<html></html>")"),
    entry("GET", "https://shop.example.com/app.js", "application/javascript", R"("x[]")"),
    entry("GET", "https://shop.example.com/api/orders?page=2", "application/json; charset=utf-8",
        R"("{\"orders\": [{\"id\": 1}]}")"),
    entry("POST", "https://shop.example.com/api/search", "application/json", R"("{\"hits\": []}")",
        R"(, "postData": {"mimeType": "application/json", "text": "{\"q\": \"a\"}"})"),
    entry(
        "GET", "https://shop.example.com/export.csv", "text/csv", R"("YSxiCjEsMgo=", "encoding": "base64")"),
    entry("PUT", "https://shop.example.com/api/orders/1", "application/json", R"("{}")"),
});

void TestHarImport::onlyDataAnswersAreListed()
{
    const auto document = ApiDocument::read(browser);
    QVERIFY2(document, qPrintable(document ? QString() : document.error()));
    QStringList targets;
    for (const ApiEntry &listed : document.value()->entries())
        targets.append(listed.target.section(u'/', 3));
    QCOMPARE(
        targets, (QStringList {u"api/orders?page=2"_s, u"api/search"_s, u"export.csv"_s, u"api/orders/1"_s}));
    QVERIFY(!document.value()->entries().last().fits());
    QVERIFY2(document.value()->notes().join(u' ').contains(u"2 call"),
        qPrintable(document.value()->notes().join(u' ')));
}

void TestHarImport::entries_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("recorded");
    QTest::addColumn<QString>("unmapped");
    QTest::newRow("GET with JSON answer; browser headers out, Cookie kept with a word")
        << 0 << u"https://shop.example.com/api/orders?page=2"_s << QString()
        << QByteArray(R"({"orders": [{"id": 1}]})") << u"Cookie"_s;
    QTest::newRow("POST with a JSON body")
        << 1 << u"https://shop.example.com/api/search"_s << u"{\"q\": \"a\"}"_s
        << QByteArray(R"({"hits": []})") << u"User-Agent"_s;
    QTest::newRow("CSV recorded as base64") << 2 << u"https://shop.example.com/export.csv"_s << QString()
                                            << QByteArray("a,b\n1,2\n") << u"User-Agent"_s;
}

void TestHarImport::entries()
{
    QFETCH(int, index);
    QFETCH(QString, url);
    QFETCH(QString, body);
    QFETCH(QByteArray, recorded);
    QFETCH(QString, unmapped);
    const auto document = ApiDocument::read(browser);
    QVERIFY(document);
    const auto imported = document.value()->import(index, {}, {});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const ConnectionSettings &s = imported.value().settings;
    QString full = s.request.url;
    for (const NameValue &parameter : s.queryParameters)
        full += (full.contains(u'?') ? u'&' : u'?') + parameter.name + u'=' + parameter.value;
    QCOMPARE(full, url);
    QCOMPARE(s.request.requestBody, body);
    QCOMPARE(imported.value().recordedResponse, recorded);
    QVERIFY(!imported.value().responseIsExample); // recorded from a real call, not made from a document
    bool hasUserAgent = false;
    for (const NameValue &header : s.queryHeaders)
        hasUserAgent = hasUserAgent || header.name.compare(u"User-Agent", Qt::CaseInsensitive) == 0
            || header.name.startsWith(u':');
    QVERIFY(!hasUserAgent);
    const QString said = imported.value().unmapped.join(u'\n');
    QVERIFY2(said.contains(unmapped), qPrintable(said));
}

void TestHarImport::publicFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("said"); // of the last entry's import
    QTest::newRow("a log (public)") << u"har-deep-input.json"_s << 2 << QString();
    QTest::newRow("one request with a file field (public)")
        << u"har-form-data-input.json"_s << 1 << u"/home/user/test.txt"_s;
}

void TestHarImport::publicFiles()
{
    QFETCH(QString, file);
    QFETCH(int, entries);
    QFETCH(QString, said);
    QFile source(QStringLiteral(QONDUIT_PUBLIC_DOCUMENTS "/insomnia-importers/") + file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto document = ApiDocument::read(source.readAll());
    QVERIFY2(document, qPrintable(document ? QString() : document.error()));
    QCOMPARE(document.value()->entries().size(), entries);
    const auto imported = document.value()->import(entries - 1, {}, {});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QVERIFY(imported.value().unmapped.join(u'\n').contains(said));
}

QTEST_GUILESS_MAIN(TestHarImport)
#include "tst_harimport.moc"
