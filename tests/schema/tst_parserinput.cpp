// SPDX-License-Identifier: MIT
#include "schemahelpers.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qonduit::ResponseFormat)
Q_DECLARE_METATYPE(Qonduit::TextEncoding)

// Malformed, truncated, huge and hostile bodies: a clear message with where, never a crash or a hang.
class TestParserInput : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void encodings_data();
    void encodings();
    void deepNesting_data();
    void deepNesting();
    void hugeString();
    void invalidUtf8IsReplaced();
    void xmlEntitiesAreNotExpanded_data();
    void xmlEntitiesAreNotExpanded();
    void tooManyFields();
    void canceled();
    void delimiterDetection_data();
    void delimiterDetection();
    void jobReadsSpilledFile();
};

void TestParserInput::problems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResponseFormat>("format");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("invalid JSON") << "{\n  \"a\": 1,,\n}"_ba << ResponseFormat::Json << u"Invalid JSON"_s << 2
                                  << 10;
    QTest::newRow("JSON cut off") << "{\"a\": [1, 2"_ba << ResponseFormat::Json << u"The JSON ends early"_s
                                  << 1 << 12;
    QTest::newRow("JSON garbage after the value")
        << "{} x"_ba << ResponseFormat::Json << u"Invalid JSON"_s << 1 << 4;
    QTest::newRow("empty JSON") << QByteArray() << ResponseFormat::Json << u"The response is empty"_s << 0
                                << 0;
    QTest::newRow("blank JSON") << " \n\t "_ba << ResponseFormat::Json << u"The response is empty"_s << 0
                                << 0;
    QTest::newRow("HTML as JSON") << "<html><body>Error</body></html>"_ba << ResponseFormat::Json
                                  << u"Invalid JSON"_s << 1 << 1;
    QTest::newRow("invalid XML") << "<a>\n<b></a>"_ba << ResponseFormat::Xml << u"Invalid XML"_s << 2 << 8;
    QTest::newRow("XML cut off") << "<a><b>1</b>"_ba << ResponseFormat::Xml << u"The XML ends early"_s << 1
                                 << 12;
    QTest::newRow("empty XML") << QByteArray() << ResponseFormat::Xml << u"The response is empty"_s << 1 << 1;
    QTest::newRow("CSV quote never closed") << "a,b\n1,\"open\n2,3\n"_ba << ResponseFormat::Csv
                                            << u"Invalid CSV: a quoted cell is never closed"_s << 2 << 3;
    QTest::newRow("empty CSV") << QByteArray() << ResponseFormat::Csv << u"The response is empty"_s << 0 << 0;

    // A NUL byte is an error with its place in every format, not the end of the text.
    const QString nul = u"The response holds a NUL byte"_s;
    QTest::newRow("JSON number, NUL") << QByteArray("123\0", 4) << ResponseFormat::Json << nul << 1 << 4;
    QTest::newRow("JSON object, NUL, more")
        << QByteArray("{\"a\":1}\0{\"b\"", 12) << ResponseFormat::Json << nul << 1 << 8;
    QTest::newRow("NUL inside a JSON string")
        << QByteArray("{\"a\":\n\"x\0y\"}", 12) << ResponseFormat::Json << nul << 2 << 3;
    QTest::newRow("XML, NUL") << QByteArray("<a>1</a>\0", 9) << ResponseFormat::Xml << nul << 1 << 9;
    QTest::newRow("CSV, NUL") << QByteArray("a,b\n1,\0\n", 8) << ResponseFormat::Csv << nul << 2 << 3;
    QTest::newRow("NUL detected as JSON") << QByteArray("[1]\0", 4) << ResponseFormat::Auto << nul << 1 << 4;

    QTest::newRow("newline-delimited JSON") << "{\"a\": 1}\n{\"a\": 2}\n"_ba << ResponseFormat::Json
                                            << u"The response is newline-delimited JSON"_s << 2 << 1;
}

void TestParserInput::problems()
{
    QFETCH(QByteArray, body);
    QFETCH(ResponseFormat, format);
    QFETCH(QString, messageStart);
    QFETCH(int, line);
    QFETCH(int, column);
    const Schema schema = parseSchema(body, optionsFor(format));
    QVERIFY2(schema.problem.message.startsWith(messageStart), qPrintable(schema.problem.message));
    QCOMPARE(schema.problem.line, line);
    QCOMPARE(schema.problem.column, column);
}

void TestParserInput::encodings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("name");

    const QString text = u"name\nCaf\u00e9 \u20ac5\n"_s;
    QByteArray utf16le("\xFF\xFE", 2);
    QByteArray utf16be("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-8") << text.toUtf8() << TextEncoding::Auto << u"Caf\u00e9 \u20ac5"_s;
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF"_ba + text.toUtf8() << TextEncoding::Utf8
                                    << u"Caf\u00e9 \u20ac5"_s;
    QTest::newRow("UTF-16 LE with BOM") << utf16le << TextEncoding::Auto << u"Caf\u00e9 \u20ac5"_s;
    QTest::newRow("UTF-16 BE with BOM") << utf16be << TextEncoding::Utf16 << u"Caf\u00e9 \u20ac5"_s;
    QTest::newRow("Windows-1252") << "name\nCaf\xE9 \x80"
                                     "5\n"_ba
                                  << TextEncoding::Latin1 << u"Caf\u00e9 \u20ac5"_s;
}

void TestParserInput::encodings()
{
    QFETCH(QByteArray, body);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, name);
    SchemaOptions options = optionsFor(ResponseFormat::Csv);
    options.csv.encoding = encoding;
    const Schema schema = parseSchema(body, options);
    QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
    QCOMPARE(schema.tables[0].fields[0].name, u"name"_s); // no BOM glued to the first header
    QCOMPARE(schema.tables[0].previewRows[0][0], QVariant(name));
}

void TestParserInput::deepNesting_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResponseFormat>("format");
    QTest::newRow("100,000 arrays") << QByteArray(100000, '[') + QByteArray(100000, ']')
                                    << ResponseFormat::Json;
    QTest::newRow("20,000 objects") << QByteArray("{\"a\":").repeated(20000) + "1" + QByteArray(20000, '}')
                                    << ResponseFormat::Json;
    QTest::newRow("20,000 elements") << QByteArray("<a>").repeated(20000) + QByteArray("</a>").repeated(20000)
                                     << ResponseFormat::Xml;
}

void TestParserInput::deepNesting()
{
    QFETCH(QByteArray, body);
    QFETCH(ResponseFormat, format);
    const Schema schema = parseSchema(body, optionsFor(format));
    QVERIFY2(
        schema.problem.message.contains(u"nests deeper than 512 levels"), qPrintable(schema.problem.message));
    QVERIFY(!schema.tables.isEmpty()); // what came before the limit is kept
    QVERIFY(schema.tables.size() <= 513);
}

void TestParserInput::hugeString()
{
    const QByteArray body = "[{\"id\": 1, \"blob\": \"" + QByteArray(32 * 1024 * 1024, 'x') + "\"}]";
    const Schema schema = parseSchema(body);
    QVERIFY(schema.problem.isEmpty());
    const QString value = schema.tables[0].previewRows[0][1].toString();
    QCOMPARE(value.size(), SchemaBuilder::PreviewTextLimit + 1); // cut, with an ellipsis
    QVERIFY(value.endsWith(u'\u2026'));
    QCOMPARE(schema.tables[0].fields[1].samples[0].size(), 200);
}

void TestParserInput::invalidUtf8IsReplaced()
{
    const Schema schema = parseSchema("[{\"a\": \"ok\xFF\xFE\"}]"_ba);
    QVERIFY(schema.problem.isEmpty());
    QVERIFY(schema.tables[0].previewRows[0][0].toString().startsWith(u"ok\uFFFD"_s));
}

void TestParserInput::xmlEntitiesAreNotExpanded_data()
{
    QTest::addColumn<QByteArray>("body");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            laughs += "&lol" + QByteArray::number(i - 1) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n<lolz><v>&lol9;</v></lolz>";
    QTest::newRow("billion laughs") << laughs;
    QTest::newRow("external entity")
        << "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
           "<r><v>&x;</v></r>"_ba;
}

void TestParserInput::xmlEntitiesAreNotExpanded()
{
    QFETCH(QByteArray, body);
    const Schema schema = parseSchema(body, optionsFor(ResponseFormat::Xml));
    for (const SchemaTable &table : schema.tables) {
        for (const QVariantList &row : table.previewRows) {
            for (const QVariant &value : row) {
                QVERIFY(value.toString().size() < 100000);
                QVERIFY(!value.toString().contains(u"root:"));
            }
        }
    }
}

void TestParserInput::tooManyFields()
{
    QByteArray body = "{";
    for (int i = 0; i < 10050; ++i)
        body += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":1";
    body += "}";
    const Schema schema = parseSchema(body);
    QVERIFY2(schema.problem.message.contains(u"more than 10000 fields"), qPrintable(schema.problem.message));
}

void TestParserInput::canceled()
{
    QByteArray body = "[";
    for (int i = 0; i < 200000; ++i)
        body += (i ? ",{\"i\":" : "{\"i\":") + QByteArray::number(i) + "}";
    body += "]";
    std::atomic_bool cancel = true;
    SchemaOptions options;
    SchemaBuilder builder(options.builderOptions());
    builder.setCancelFlag(&cancel);
    const BodyParse parse = parseBody(builder, std::string_view(body.constData(), body.size()), {}, options);
    const Schema schema = finishedSchema(builder, parse, body.size());
    QVERIFY(schema.canceled);
    QCOMPARE(schema.problem.message, u"Canceled."_s);
    QVERIFY(schema.tables[0].rows < 200000);
}

void TestParserInput::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n"_ba << ',';
    QTest::newRow("semicolon with decimal commas") << "a;b\n1,5;2,5\n3,1;4,2\n"_ba << ';';
    QTest::newRow("tab") << "a\tb\n1\t2\n"_ba << '\t';
    QTest::newRow("pipe") << "a|b|c\n1|2|3\n"_ba << '|';
    QTest::newRow("quoted commas do not count") << "\"a,b,c\";d\n\"1,2,3\";4\n"_ba << ';';
    QTest::newRow("one column") << "a\n1\n"_ba << ',';
}

void TestParserInput::delimiterDetection()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QCOMPARE(CsvParser::detectDelimiter(std::string_view(text.constData(), text.size()), '"'), delimiter);
}

void TestParserInput::jobReadsSpilledFile()
{
    // Big bodies arrive in a temporary file; the job maps it and parses off the GUI thread.
    ConnectionTestResult response;
    response.outcome = ConnectionTestResult::Outcome::Succeeded;
    response.headers = {{"Content-Type", "application/json"}};
    response.bodyFile = std::make_shared<QTemporaryFile>();
    QVERIFY(response.bodyFile->open());
    response.bodyFile->write("{\"data\": [");
    for (int i = 0; i < 300000; ++i)
        response.bodyFile->write((i ? ",{\"n\":" : "{\"n\":") + QByteArray::number(i) + "}");
    response.bodyFile->write("]}");
    response.bodyFile->flush();

    SchemaJob job;
    QSignalSpy finished(&job, &SchemaJob::finished);
    QSignalSpy progress(&job, &SchemaJob::progress);
    job.start(response, SchemaOptions {});
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!job.isRunning());
    const Schema schema = finished.at(0).at(0).value<Schema>();
    QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
    QCOMPARE(schema.tables[schema.indexOf(u"data")].rows, 300000);
    QCOMPARE(schema.totalBytes, response.bodyFile->size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), response.bodyFile->size());
}

QTEST_GUILESS_MAIN(TestParserInput)
#include "tst_parserinput.moc"
