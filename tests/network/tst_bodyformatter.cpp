// SPDX-License-Identifier: MIT
#include "bodyformatter.h"

#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestBodyFormatter : public QObject
{
    Q_OBJECT

private slots:
    void pretty_data();
    void pretty();
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
    QTest::newRow("part of a spilled body")
        << QByteArray("{\"a\":1") << int(ResponseType::Json) << qint64(5000000)
        << u"{\"a\":1\n\n[6 bytes of 4.77 MiB shown]"_s;
}

void TestBodyFormatter::pretty()
{
    QFETCH(QByteArray, body);
    QFETCH(int, type);
    QFETCH(qint64, total);
    QFETCH(QString, expected);
    QCOMPARE(prettyBody(body, ResponseType(type), total), expected);
}

QTEST_GUILESS_MAIN(TestBodyFormatter)
#include "tst_bodyformatter.moc"
