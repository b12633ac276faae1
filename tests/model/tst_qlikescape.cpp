// SPDX-License-Identifier: MIT
#include "qlikescape.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestQlikEscape : public QObject
{
    Q_OBJECT

private slots:
    void escape_data();
    void escape();
    void unescape_data();
    void unescape();
    void unescapeUndoesEscape_data();
    void unescapeUndoesEscape();
    void encodeList_data();
    void encodeList();
    void decodeList_data();
    void decodeList();
    void decodeListRejectsItemWithoutEquals_data();
    void decodeListRejectsItemWithoutEquals();
};

void TestQlikEscape::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"https://h/p"_s << u"https://h/p"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("percent") << u"100%"_s << u"100%%"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"a%1b"_s;
    QTest::newRow("equals") << u"x=1&y=2"_s << u"x%21&y%22"_s;
    QTest::newRow("percent first, so %1 stays literal") << u"%1"_s << u"%%1"_s;
    QTest::newRow("header value from the spec") << u"a=b; c"_s << u"a%2b%1 c"_s;
    QTest::newRow("url encoding is not touched") << u"q=caf%C3%A9"_s << u"q%2caf%%C3%%A9"_s;
    QTest::newRow("non-latin") << u"städte=Göteborg;東京"_s << u"städte%2Göteborg%1東京"_s;
    QTest::newRow("double quote is %3, as Qlik writes it") << u"{\"a\": 1}"_s << u"{%3a%3: 1}"_s;
}

void TestQlikEscape::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(QlikEscape::escape(text), escaped);
}

void TestQlikEscape::unescape_data()
{
    QTest::addColumn<QString>("escaped");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("unknownEscapes");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s << QList<qsizetype> {};
    QTest::newRow("three escapes") << u"%%%1%2"_s << u"%;="_s << QList<qsizetype> {};
    QTest::newRow("not url decoding") << u"token%26abc"_s << u"token=6abc"_s << QList<qsizetype> {};
    QTest::newRow("unknown escape kept") << u"a%ub"_s << u"a%ub"_s << QList<qsizetype> {1};
    QTest::newRow("digit that is no escape") << u"%4"_s << u"%4"_s << QList<qsizetype> {0};
    QTest::newRow("%3 is a double quote") << u"say %3hi%3"_s << u"say \"hi\""_s << QList<qsizetype> {};
    QTest::newRow("lone percent at the end") << u"100%"_s << u"100%"_s << QList<qsizetype> {3};
    QTest::newRow("left to right in pairs") << u"%%1"_s << u"%1"_s << QList<qsizetype> {};
    QTest::newRow("unknown then known") << u"%u%2"_s << u"%u="_s << QList<qsizetype> {0};
    QTest::newRow("percent before percent escape") << u"%x%%"_s << u"%x%"_s << QList<qsizetype> {0};
}

void TestQlikEscape::unescape()
{
    QFETCH(QString, escaped);
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, unknownEscapes);
    const auto result = QlikEscape::unescape(escaped);
    QCOMPARE(result.text, text);
    QCOMPARE(result.unknownEscapes, unknownEscapes);
}

void TestQlikEscape::unescapeUndoesEscape_data()
{
    QTest::addColumn<QString>("text");
    // Random strings over the characters that matter, so that every neighbourhood of %, ; and = occurs.
    QRandomGenerator random(20261122);
    const QString alphabet = u"%;=12ab "_s;
    for (int row = 0; row < 200; ++row) {
        QString text;
        const int length = random.bounded(0, 24);
        for (int i = 0; i < length; ++i)
            text += alphabet[random.bounded(alphabet.size())];
        QTest::addRow("random %d", row) << text;
    }
}

void TestQlikEscape::unescapeUndoesEscape()
{
    QFETCH(QString, text);
    const auto result = QlikEscape::unescape(QlikEscape::escape(text));
    QCOMPARE(result.text, text);
    QVERIFY(result.unknownEscapes.isEmpty());
}

void TestQlikEscape::encodeList_data()
{
    QTest::addColumn<QList<NameValue>>("items");
    QTest::addColumn<QString>("inString"); // as it stands in the connection string, after the outer escape
    QTest::newRow("empty") << QList<NameValue> {} << QString();
    QTest::newRow("spec headers") << QList<NameValue> {{u"X-Qlik-XrfKey"_s, u"0000000000000000"_s},
        {u"User-Agent"_s, u"Windows"_s}}
                                  << u"X-Qlik-XrfKey%20000000000000000%1User-Agent%2Windows"_s;
    QTest::newRow("value with = and ;")
        << QList<NameValue> {{u"X-Qlik-User"_s, u"a=b; c"_s}} << u"X-Qlik-User%2a%%2b%%1 c"_s;
    QTest::newRow("empty value") << QList<NameValue> {{u"name"_s, QString()}} << u"name%2"_s;
    // The shape of a real OAuth header in Qlik's output: quotes %%3, a %3D inside the value %%%%3D.
    QTest::newRow("OAuth header with quotes")
        << QList<NameValue> {{u"Authorization"_s, u"OAuth oauth_consumer_key=\"abc%3D\""_s}}
        << u"Authorization%2OAuth oauth_consumer_key%%2%%3abc%%%%3D%%3"_s;
    QTest::newRow("trusted location url") << QList<NameValue> {{u"qrs-proxy"_s, u"https://localhost:4244"_s}}
                                          << u"qrs-proxy%2https://localhost:4244"_s;
    QTest::newRow("percent in a value") << QList<NameValue> {{u"q"_s, u"50%"_s}} << u"q%250%%%%"_s;
}

void TestQlikEscape::encodeList()
{
    QFETCH(QList<NameValue>, items);
    QFETCH(QString, inString);
    QCOMPARE(QlikEscape::escape(QlikEscape::encodeList(items)), inString);
    const auto decoded = QlikEscape::decodeList(QlikEscape::unescape(inString).text);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded.value(), items);
}

void TestQlikEscape::decodeList_data()
{
    QTest::addColumn<QString>("inString");
    QTest::addColumn<QList<NameValue>>("items");
    // The repository's password field, as Qlik writes it, ends with a separator.
    QTest::newRow("trailing separator")
        << u"%%password%2secret%1certificateKey%2pfx%1"_s
        << QList<NameValue> {{u"%password"_s, u"secret"_s}, {u"certificateKey"_s, u"pfx"_s}};
    // Seen in a real string: "%%u" leaves "%u" in the header value, which Qlik accepted.
    QTest::newRow("unknown escape inside an item")
        << u"X-Qlik-User%2UserDirectory%%2INTERNAL%%1 %%userid%%2sa_api"_s
        << QList<NameValue> {{u"X-Qlik-User"_s, u"UserDirectory=INTERNAL; %userid=sa_api"_s}};
    QTest::newRow("only the first = splits") << u"a%2b=c"_s << QList<NameValue> {{u"a"_s, u"b=c"_s}};
}

void TestQlikEscape::decodeList()
{
    QFETCH(QString, inString);
    QFETCH(QList<NameValue>, items);
    const auto decoded = QlikEscape::decodeList(QlikEscape::unescape(inString).text);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded.value(), items);
}

void TestQlikEscape::decodeListRejectsItemWithoutEquals_data()
{
    QTest::addColumn<QString>("listText");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("single item") << u"name"_s << qsizetype(0);
    QTest::newRow("second item") << u"a=1;b"_s << qsizetype(4);
}

void TestQlikEscape::decodeListRejectsItemWithoutEquals()
{
    QFETCH(QString, listText);
    QFETCH(qsizetype, offset);
    const auto decoded = QlikEscape::decodeList(listText);
    QVERIFY(!decoded.hasValue());
    QCOMPARE(decoded.error().offset, offset);
    QVERIFY2(decoded.error().message.contains(u"no '='"), qPrintable(decoded.error().message));
}

QTEST_GUILESS_MAIN(TestQlikEscape)
#include "tst_qlikescape.moc"
