// SPDX-License-Identifier: MIT
#include "bodyformatter.h"

#include <QLocale>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestBodyFormatter : public QObject
{
    Q_OBJECT

private slots:
    void pretty_data();
    void pretty();
    void bigBodyShowsItsFirstPart();
};

void TestBodyFormatter::pretty_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json indented") << QByteArray("{\"a\":[1,2]}") << int(ResponseType::Json) << qint64(11)
                                   << u"{\n    \"a\": [\n        1,\n        2\n    ]\n}\n"_s;
    QTest::newRow("xml indented") << QByteArray("<a x=\"1\"><b>t</b></a>") << int(ResponseType::Xml)
                                  << qint64(21) << u"<a x=\"1\">\n  <b>t</b>\n</a>\n"_s;
    QTest::newRow("invalid json as it is")
        << QByteArray("{\"a\":") << int(ResponseType::Json) << qint64(5) << u"{\"a\":"_s;
    QTest::newRow("broken xml as it is")
        << QByteArray("<a><b></a>") << int(ResponseType::Xml) << qint64(10) << u"<a><b></a>"_s;
    QTest::newRow("csv as it is") << QByteArray("a,b\n1,2\n") << int(ResponseType::Csv) << qint64(8)
                                  << u"a,b\n1,2\n"_s;
    QTest::newRow("invalid utf-8 replaced")
        << QByteArray("ok \xff") << int(ResponseType::Unknown) << qint64(4) << u"ok \uFFFD"_s;
    QTest::newRow("part of a spilled body, indented as far as it goes")
        << QByteArray("{\"a\":1") << int(ResponseType::Json) << qint64(5000000)
        << u"{\n    \"a\": 1\n\n[6 bytes of 4.77 MiB shown]"_s;
    // As the body has them: the order of keys and the spelling of numbers (QJsonDocument sorted the keys
    // and rewrote 1.50 as 1.5).
    QTest::newRow("json keys keep their order") << QByteArray("{\"b\":1,\"a\":2}") << int(ResponseType::Json)
                                                << qint64(13) << u"{\n    \"b\": 1,\n    \"a\": 2\n}\n"_s;
    QTest::newRow("json numbers as written") << QByteArray("[1.50, 1E400,-0]") << int(ResponseType::Json)
                                             << qint64(16) << u"[\n    1.50,\n    1E400,\n    -0\n]\n"_s;
    QTest::newRow("json empty containers and a lone scalar")
        << QByteArray("{\"a\":{ },\"b\":[]}") << int(ResponseType::Json) << qint64(16)
        << u"{\n    \"a\": {},\n    \"b\": []\n}\n"_s;
    QTest::newRow("json strings untouched")
        << QByteArray(R"({"s":"a, {\"b\"}: [x]\\"})") << int(ResponseType::Json) << qint64(24) << uR"({
    "s": "a, {\"b\"}: [x]\\"
}
)"_s;
    QTest::newRow("json scalar") << QByteArray("42") << int(ResponseType::Json) << qint64(2) << u"42\n"_s;
    QTest::newRow("newline-delimited json as it is")
        << QByteArray("{\"a\":1}\n{\"a\":2}\n") << int(ResponseType::Json) << qint64(16)
        << u"{\"a\":1}\n{\"a\":2}\n"_s;
    QTest::newRow("json with a NUL as it is") << QByteArray("[1,\0002]", 6) << int(ResponseType::Json)
                                              << qint64(6) << QString::fromUtf8("[1,\0002]", 6);
    QTest::newRow("first part of xml, indented as far as it goes")
        << QByteArray("<a><b>t</b><c>") << int(ResponseType::Xml) << qint64(1000)
        << u"<a>\n  <b>t</b>\n  <c>\n\n[14 bytes of 1000 bytes shown]"_s;
}

void TestBodyFormatter::pretty()
{
    QFETCH(QByteArray, body);
    QFETCH(int, type);
    QFETCH(qint64, total);
    QFETCH(QString, expected);
    QCOMPARE(prettyBody(body, ResponseType(type), total), expected);
}

// A body far over the limit: the text is its first part (indented), never all of it.
void TestBodyFormatter::bigBodyShowsItsFirstPart()
{
    QByteArray body = "[";
    while (body.size() < 3 * BodyPreviewBytes)
        body += "{\"id\":1,\"tags\":[\"a\",\"b\"]},";
    body.chop(1);
    body += ']';
    const QString text = prettyBody(body, ResponseType::Json, body.size());
    QVERIFY(text.startsWith(u"[\n    {\n        \"id\": 1,\n        \"tags\": [\n            \"a\","_s));
    QVERIFY(text.endsWith(u"[%1 of %2 shown]"_s.arg(
        QLocale::c().formattedDataSize(BodyPreviewBytes), QLocale::c().formattedDataSize(body.size()))));
    // Indenting adds the spaces; what is shown is the first part's bytes and no more.
    QString compact = text;
    compact.remove(u' ').remove(u'\n');
    QVERIFY(compact.size() <= BodyPreviewBytes + 64);
}

QTEST_GUILESS_MAIN(TestBodyFormatter)
#include "tst_bodyformatter.moc"
