// SPDX-License-Identifier: MIT
// The YAML reader that OpenAPI files go through: libyaml's events made JSON values, and made safe.
#include "hostiledocuments.h"
#include "import/yamlreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestYamlReader : public QObject
{
    Q_OBJECT
private slots:
    void values_data();
    void values();
    void refused_data();
    void refused();
    void debianSchemaReadsAsItsJsonTwin_data();
    void debianSchemaReadsAsItsJsonTwin();
    void hugeDocumentReads();
};

static QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(u"v");
}

void TestYamlReader::values_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QJsonValue>("expected"); // the value of key v

    QTest::newRow("plain string") << QByteArray("v: hello world\n") << json(R"({"v":"hello world"})");
    QTest::newRow("integer") << QByteArray("v: 42\n") << json(R"({"v":42})");
    QTest::newRow("negative float") << QByteArray("v: -1.5e3\n") << json(R"({"v":-1500})");
    QTest::newRow("true") << QByteArray("v: true\n") << json(R"({"v":true})");
    QTest::newRow("null by tilde") << QByteArray("v: ~\n") << json(R"({"v":null})");
    QTest::newRow("empty is null") << QByteArray("v:\n") << json(R"({"v":null})");
    // Quoted scalars are strings, whatever they look like: an OpenAPI "version: '1.0'" stays text.
    QTest::newRow("quoted number stays text") << QByteArray("v: '1.0'\n") << json(R"({"v":"1.0"})");
    QTest::newRow("double-quoted true") << QByteArray("v: \"true\"\n") << json(R"({"v":"true"})");
    // YAML 1.2's core schema: yes/no are words, not booleans (OpenAPI means 'no' as the word).
    QTest::newRow("yes is a word") << QByteArray("v: yes\n") << json(R"({"v":"yes"})");
    QTest::newRow("sequence") << QByteArray("v:\n  - 1\n  - two\n") << json(R"({"v":[1,"two"]})");
    QTest::newRow("flow map") << QByteArray("v: {a: 1, b: [x, y]}\n")
                              << json(R"({"v":{"a":1,"b":["x","y"]}})");
    QTest::newRow("literal block") << QByteArray("v: |\n  line 1\n  line 2\n")
                                   << json(R"({"v":"line 1\nline 2\n"})");
    QTest::newRow("alias") << QByteArray("a: &x {k: 1}\nv: *x\n") << json(R"({"v":{"k":1}})");
    QTest::newRow("merge key") << QByteArray("a: &x {k: 1, m: 2}\nv: {<<: *x, m: 3}\n")
                               << json(R"({"v":{"k":1,"m":3}})");
    QTest::newRow("unicode") << QByteArray("v: \"gr\\u00fc\\u00df\"\n") << json(R"({"v":"grüß"})");
    QTest::newRow("comment") << QByteArray("# a comment\nv: 1 # and another\n") << json(R"({"v":1})");
    QTest::newRow("number key becomes text") << QByteArray("v: {200: ok}\n") << json(R"({"v":{"200":"ok"}})");
}

void TestYamlReader::values()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QJsonValue, expected);
    const auto read = YamlReader::read(yaml);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read.value().toObject().value(u"v"), expected);
}

void TestYamlReader::refused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("sentence"); // a part of the error

    QTest::newRow("anchor bomb") << Testing::yamlAnchorBomb() << u"values"_s;
    QTest::newRow("nesting 10,000 deep") << QByteArray(10000, '[') + QByteArray(10000, ']') << u"deep"_s;
    QTest::newRow("unclosed flow") << QByteArray("v: [1, 2\nw: 3\n") << u"line"_s;
    QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << u"line 2"_s;
    QTest::newRow("truncated quote") << QByteArray("v: \"never ends\n") << u"line"_s;
    QTest::newRow("undefined alias") << QByteArray("v: *nowhere\n") << u"line 1"_s;
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << u"document"_s;
    QTest::newRow("not UTF-8") << QByteArray("v: \xff\xfe\n") << u"line"_s;
}

void TestYamlReader::refused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, sentence);
    const auto read = YamlReader::read(yaml);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(sentence), qPrintable(read.error()));
}

void TestYamlReader::debianSchemaReadsAsItsJsonTwin_data()
{
    QTest::addColumn<QString>("stem");
    QTest::newRow("OpenAPI 3.0 schema") << u"v3.0/schema"_s;
}

// Debian's openapi-specification ships the 3.0 schema twice, as YAML and as JSON: the same value.
void TestYamlReader::debianSchemaReadsAsItsJsonTwin()
{
    QFETCH(QString, stem);
    QFile yaml(QStringLiteral(QONDUIT_DEBIAN_OPENAPI "/") + stem + u".yaml"_s);
    QFile json(QStringLiteral(QONDUIT_DEBIAN_OPENAPI "/") + stem + u".json"_s);
    QVERIFY2(
        yaml.open(QIODevice::ReadOnly), "install Debian's openapi-specification (tools/install-deps test)");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const auto read = YamlReader::read(yaml.readAll());
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read.value().toObject(), QJsonDocument::fromJson(json.readAll()).object());
}

// A 10 MB document of many maps: read whole, nothing lost.
void TestYamlReader::hugeDocumentReads()
{
    QByteArray text = "paths:\n";
    int count = 0;
    while (text.size() < 10 * 1024 * 1024) {
        text += "  /items/" + QByteArray::number(count) + ":\n    get:\n      operationId: get"
            + QByteArray::number(count) + "\n      summary: \"Item " + QByteArray(80, 'x') + "\"\n";
        ++count;
    }
    const auto read = YamlReader::read(text);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read.value().toObject().value(u"paths").toObject().size(), count);
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
