// SPDX-License-Identifier: MIT
#include "responsetype.h"

#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestResponseType : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
};

void TestResponseType::detect_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("problem");
    const int json = int(ResponseType::Json), xml = int(ResponseType::Xml), csv = int(ResponseType::Csv),
              unknown = int(ResponseType::Unknown);
    QTest::newRow("json by type") << QByteArray("application/json; charset=utf-8") << QByteArray("{\"a\":1}")
                                  << true << json << QString();
    QTest::newRow("vendor json type")
        << QByteArray("application/vnd.api+json") << QByteArray("[1]") << true << json << QString();
    QTest::newRow("NUL after a JSON number") << QByteArray("application/json") << QByteArray("123\0", 4)
                                             << true << json << u"NUL byte (a zero byte) at byte 3"_s;
    QTest::newRow("NUL between JSON and more")
        << QByteArray("application/json") << QByteArray("{\"a\":1}\0junk", 12) << true << json
        << u"NUL byte (a zero byte) at byte 7"_s;
    QTest::newRow("newline-delimited json")
        << QByteArray("application/x-ndjson") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << true << json
        << u"newline-delimited JSON"_s;
    QTest::newRow("json sniffed") << QByteArray() << QByteArray("  [1, 2]") << true << json << QString();
    QTest::newRow("json with bom") << QByteArray() << QByteArray("\xEF\xBB\xBF{\"a\":1}") << true << json
                                   << QString();
    QTest::newRow("invalid json") << QByteArray("application/json") << QByteArray("{\"a\": [1, 2") << true
                                  << json << u"not valid JSON"_s;
    QTest::newRow("truncated json not judged")
        << QByteArray("application/json") << QByteArray("{\"a\": [1, 2") << false << json << QString();
    QTest::newRow("empty json body") << QByteArray("application/json") << QByteArray() << true << json
                                     << u"not valid JSON"_s;
    QTest::newRow("top-level scalar")
        << QByteArray("application/json") << QByteArray("42") << true << json << QString();
    QTest::newRow("xml by type") << QByteArray("text/xml") << QByteArray("<a x=\"1\"><b/></a>") << true << xml
                                 << QString();
    QTest::newRow("xml sniffed") << QByteArray() << QByteArray("<?xml version=\"1.0\"?><a/>") << true << xml
                                 << QString();
    QTest::newRow("broken xml") << QByteArray("application/xml") << QByteArray("<a><b></a>") << true << xml
                                << u"not valid XML"_s;
    QTest::newRow("xml entity bomb is not expanded")
        << QByteArray("application/xml")
        << QByteArray("<!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\"><!ENTITY y "
                      "\"&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;\">]><a>&y;&y;&y;</a>")
        << true << xml << QString();
    QTest::newRow("csv by type") << QByteArray("text/csv") << QByteArray("a,b\n1,2\n") << true << csv
                                 << QString();
    QTest::newRow("csv with a quoted delimiter, no type")
        << QByteArray() << QByteArray("id;name\n1;\"Smith; John\"\n") << true << csv << QString();
    QTest::newRow("csv with a quoted line break, text/plain")
        << QByteArray("text/plain") << QByteArray("a,b\n\"x\ny\",2\n3,4\n") << true << csv << QString();
    QTest::newRow("csv sent as octet-stream")
        << QByteArray("application/octet-stream") << QByteArray("a|b\n1|2\n") << true << csv << QString();
    QTest::newRow("csv sniffed from text/plain")
        << QByteArray("text/plain") << QByteArray("a;b;c\n1;2;3\n") << true << csv << QString();
    QTest::newRow("html") << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html></html>") << true
                          << unknown << u"neither JSON, XML nor CSV (Content-Type text/html)"_s;
    QTest::newRow("html without a type") << QByteArray() << QByteArray("<html><body>x</body></html>") << true
                                         << unknown << u"Content-Type missing"_s;
    QTest::newRow("binary") << QByteArray("application/octet-stream") << QByteArray("\x00\x01\x02\xff", 4)
                            << true << unknown << u"neither JSON"_s;
    QTest::newRow("plain prose") << QByteArray("text/plain") << QByteArray("Service unavailable") << true
                                 << unknown << u"neither JSON"_s;
}

void TestResponseType::detect()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, complete);
    QFETCH(int, type);
    QFETCH(QString, problem);
    const ResponseTypeCheck check = detectResponseType(contentType, body, complete);
    QCOMPARE(int(check.type), type);
    QCOMPARE(check.problem.isEmpty(), problem.isEmpty());
    QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
}

QTEST_GUILESS_MAIN(TestResponseType)
#include "tst_responsetype.moc"
