// SPDX-License-Identifier: MIT
#include "datahighlighter.h"
#include "qlikscripthighlighter.h"

#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qonduit;
using namespace Qt::StringLiterals;
using Token = QlikScriptHighlighter::Token;

Q_DECLARE_METATYPE(QlikScriptHighlighter::Span)

class TestQlikScriptHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void statesCarryOver();
    void formatsReachTheDocument();
    void dataSpans_data();
    void dataSpans();
};

namespace {
// "text:token" for each span, so a failure shows what was taken for what.
QStringList describe(const QString &line, const QList<QlikScriptHighlighter::Span> &spans)
{
    static const QStringList names {u"keyword"_s, u"function"_s, u"string"_s, u"key"_s, u"escape"_s,
        u"separator"_s, u"field"_s, u"variable"_s, u"comment"_s, u"number"_s};
    QStringList result;
    for (const auto &span : spans)
        result.append(line.mid(span.start, span.length) + u':' + names[int(span.token)]);
    return result;
}
} // namespace

void TestQlikScriptHighlighter::spans_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("connect statement")
        << u"CUSTOM CONNECT TO \"provider=X;url=a%2b\";"_s
        << QStringList {u"CUSTOM:keyword"_s, u"CONNECT:keyword"_s, u"TO:keyword"_s, u"\":string"_s,
               u"provider:key"_s, u"=X:string"_s, u";:separator"_s, u"url:key"_s, u"=a:string"_s,
               u"%2:escape"_s, u"b\":string"_s};
    QTest::newRow("keywords in any case")
        << u"lib connect to 'Orders';"_s
        << QStringList {u"lib:keyword"_s, u"connect:keyword"_s, u"to:keyword"_s, u"'Orders':string"_s};
    QTest::newRow("doubled quote stays in the string")
        << u"BODY \"{\"\"a\"\":1}\""_s << QStringList {u"BODY:keyword"_s, u"\"{\"\"a\"\":1}\":string"_s};
    QTest::newRow("load with fields")
        << u"LOAD\t[id] AS [id],"_s
        << QStringList {u"LOAD:keyword"_s, u"[id]:field"_s, u"AS:keyword"_s, u"[id]:field"_s};
    QTest::newRow("field with ]] inside") << u"[a]]b] x"_s << QStringList {u"[a]]b]:field"_s};
    QTest::newRow("variable and function")
        << u"WHERE NOT IsNull($(vPage));"_s
        << QStringList {u"WHERE:keyword"_s, u"NOT:keyword"_s, u"IsNull:function"_s, u"$(vPage):variable"_s};
    QTest::newRow("line comment") << u"LET v = 1; // LOAD"_s
                                  << QStringList {u"LET:keyword"_s, u"1:number"_s, u"// LOAD:comment"_s};
    QTest::newRow("block comment in a line")
        << u"/* x */ DROP TABLE t;"_s
        << QStringList {u"/* x */:comment"_s, u"DROP:keyword"_s, u"TABLE:keyword"_s};
    QTest::newRow("the slash of /*/ opens, it does not close")
        << u"/*/ x */ LOAD"_s << QStringList {u"/*/ x */:comment"_s, u"LOAD:keyword"_s};
    QTest::newRow("block comment right after code")
        << u"LOAD/**/TO"_s << QStringList {u"LOAD:keyword"_s, u"/**/:comment"_s, u"TO:keyword"_s};
    QTest::newRow("percent at the end of a string")
        << u"\"a=%\" TO"_s << QStringList {u"\":string"_s, u"a:key"_s, u"=%\":string"_s, u"TO:keyword"_s};
    QTest::newRow("escape and separator side by side")
        << u"'%%;b=1'"_s
        << QStringList {u"':string"_s, u"%%:escape"_s, u";:separator"_s, u"b:key"_s, u"=1':string"_s};
    QTest::newRow("unclosed field runs to the end") << u"[a b"_s << QStringList {u"[a b:field"_s};
    QTest::newRow("words that merely contain keywords") << u"LOADED tables2 selection"_s << QStringList {};
    QTest::newRow("unknown escape is string")
        << u"\"a=%u\""_s << QStringList {u"\":string"_s, u"a:key"_s, u"=%u\":string"_s};
}

void TestQlikScriptHighlighter::spans()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QTextDocument document;
    QlikScriptHighlighter highlighter(&document);
    int state = QlikScriptHighlighter::Normal;
    QCOMPARE(describe(line, highlighter.spans(line, state)), expected);
    QCOMPARE(state, int(QlikScriptHighlighter::Normal));
}

void TestQlikScriptHighlighter::statesCarryOver()
{
    QTextDocument document;
    QlikScriptHighlighter highlighter(&document);
    int state = QlikScriptHighlighter::Normal;
    highlighter.spans(u"SQL /* a comment"_s, state);
    QCOMPARE(state, int(QlikScriptHighlighter::InBlockComment));
    QCOMPARE(describe(u"still */ SELECT"_s, highlighter.spans(u"still */ SELECT"_s, state)),
        (QStringList {u"still */:comment"_s, u"SELECT:keyword"_s}));
    highlighter.spans(u"URL \"https://h/"_s, state);
    QCOMPARE(state, int(QlikScriptHighlighter::InDoubleQuoted));
    QCOMPARE(describe(u"x\" FROM"_s, highlighter.spans(u"x\" FROM"_s, state)),
        (QStringList {u"x\":string"_s, u"FROM:keyword"_s}));
    QCOMPARE(state, int(QlikScriptHighlighter::Normal));
}

void TestQlikScriptHighlighter::formatsReachTheDocument()
{
    QTextDocument document(u"SQL SELECT \"a\"\nFROM JSON (wrap on) \"root\";"_s);
    QlikScriptHighlighter highlighter(&document);
    highlighter.rehighlight();
    const QList<QTextLayout::FormatRange> formats = document.firstBlock().layout()->formats();
    QVERIFY(!formats.isEmpty());
    QCOMPARE(formats.first().start, 0);
    QCOMPARE(formats.first().length, 3);
    QCOMPARE(formats.first().format.fontWeight(), int(QFont::Bold));
    QCOMPARE(formats.first().format.foreground(),
        QlikScriptHighlighter::format(Token::Keyword, false).foreground());
    QCOMPARE(document.lastBlock().layout()->formats().size(), 5); // FROM JSON wrap on "root"
}

void TestQlikScriptHighlighter::dataSpans_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    const int json = int(DataHighlighter::Language::Json), xml = int(DataHighlighter::Language::Xml);
    QTest::newRow("json key and values")
        << json << u"  \"id\": 1001, \"ok\": true, \"n\": null, \"s\": \"a\\\"b\""_s
        << QStringList {u"\"id\":0"_s, u"1001:2"_s, u"\"ok\":0"_s, u"true:3"_s, u"\"n\":0"_s, u"null:3"_s,
               u"\"s\":0"_s, u"\"a\\\"b\":1"_s};
    QTest::newRow("json negative number") << json << u"[-1.5e3]"_s << QStringList {u"-1.5e3:2"_s};
    QTest::newRow("xml tag with attributes") << xml << u"<product id=\"A-100\" currency='EUR'>"_s
                                             << QStringList {u"<product:4"_s, u"id:5"_s, u"\"A-100\":1"_s,
                                                    u"currency:5"_s, u"'EUR':1"_s, u">:4"_s};
    QTest::newRow("xml closing tag and comment")
        << xml << u"</a><!-- note -->"_s << QStringList {u"</a:4"_s, u">:4"_s, u"<!-- note -->:6"_s};
    QTest::newRow("unterminated string stays in the line")
        << json << u"\"abc"_s << QStringList {u"\"abc:1"_s};
}

void TestQlikScriptHighlighter::dataSpans()
{
    QFETCH(int, language);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QTextDocument document;
    DataHighlighter highlighter(DataHighlighter::Language(language), &document);
    QStringList described;
    for (const auto &span : highlighter.spans(line))
        described.append(line.mid(span.start, span.length) + u':' + QString::number(int(span.token)));
    QCOMPARE(described, expected);
}

QTEST_MAIN(TestQlikScriptHighlighter)
#include "tst_qlikscripthighlighter.moc"
