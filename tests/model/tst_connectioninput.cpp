// SPDX-License-Identifier: MIT
#include "connectionfile.h"
#include "connectioninput.h"

#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestConnectionInput : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
};

void TestConnectionInput::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isFile");
    QTest::addColumn<QString>("url");
    QTest::newRow("statement") << QByteArray(
        "CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/;\";\n")
                               << false << u"https://h/"_s;
    QTest::newRow("bare string") << QByteArray("provider=QvRestConnector.exe;url=https://h/;") << false
                                 << u"https://h/"_s;
    QTest::newRow("utf-8 with bom") << QByteArray(
        "\xEF\xBB\xBFprovider=QvRestConnector.exe;url=https://h/\xC3\xA5;")
                                    << false << u"https://h/å"_s;
    QTest::newRow("windows line ends")
        << QByteArray("CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/;\";\r\n") << false
        << u"https://h/"_s;
    ConnectionSettings settings;
    settings.request.url = u"https://file/"_s;
    QTest::newRow("connection file") << ConnectionFile::write(settings) << true << u"https://file/"_s;
    QTest::newRow("connection file after spaces")
        << QByteArray("\n  ") + ConnectionFile::write(settings) << true << u"https://file/"_s;
}

void TestConnectionInput::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isFile);
    QFETCH(QString, url);
    const auto read = ConnectionInput::read(bytes);
    QVERIFY2(read.hasValue(), read.hasValue() ? "" : qPrintable(read.error()));
    QCOMPARE(read.value().kind == ConnectionInput::Kind::ConnectionFile, isFile);
    QCOMPARE(read.value().settings.request.url, url);
}

void TestConnectionInput::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"character 1: the input is empty"_s;
    QTest::newRow("invalid utf-8") << QByteArray("provider=x;url=\xFF\xFE;") << u"not valid UTF-8"_s;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEp\0r\0", 6) << u"not valid UTF-8"_s;
    QTest::newRow("broken file") << QByteArray(
        "{\"format\": \"qonduit-connection\", \"version\": 1, \"name\": 3}")
                                 << u"name: expected text"_s;
    QTest::newRow("string error has its position")
        << QByteArray("provider=x;timeout=abc;") << u"character 20, key timeout"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << u"has no '='"_s;
}

void TestConnectionInput::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto read = ConnectionInput::read(bytes);
    QVERIFY(!read.hasValue());
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestConnectionInput)
#include "tst_connectioninput.moc"
