// SPDX-License-Identifier: MIT
#include "schemahelpers.h"

#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qonduit::ResponseFormat)
Q_DECLARE_METATYPE(Qonduit::KeyGenerationStrategy)

// One fixture per rule of docs/qlik-formats.md 2.1 and 2.2: the tables, fields and fill counts as the command
// line prints them.
class TestSchemaBuilder : public QObject
{
    Q_OBJECT

private slots:
    void tables_data();
    void tables();
    void sequenceKeysLinkRows();
    void keyStrategies_data();
    void keyStrategies();
    void fieldStatistics();
    void responseHeaderTable();
    void previewLimit();
    void pagesAddToOneModel();
    void numbersTooBigAreKeptAsText();
    void duplicatesCompareWholeRecords_data();
    void duplicatesCompareWholeRecords();
    void depthCountsLevels_data();
    void depthCountsLevels();
};

void TestSchemaBuilder::tables_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResponseFormat>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("object child")
        << R"({"id": 7, "meta": {"page": 1}})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  id integer 1/1\n  __KEY_root integer 1/1\n"
           "TABLE meta rows=1 parent=root\n  page integer 1/1\n  __FK_meta integer 1/1\n"_s;
    QTest::newRow("array child")
        << R"({"total": 2, "orders": [{"id": 1, "status": "open", "lines": [{"sku": "A", "qty": 2}]},
               {"id": 2, "status": "done", "lines": [{"sku": "B", "qty": 1}, {"sku": "C", "qty": 3}]}]})"_ba
        << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  total integer 1/1\n  __KEY_root integer 1/1\n"
           "TABLE orders rows=2 parent=root\n  id integer 2/2\n  status text 2/2\n  __KEY_orders integer "
           "2/2\n"
           "  __FK_orders integer 2/2\n"
           "TABLE lines rows=3 parent=orders\n  sku text 3/3\n  qty integer 3/3\n  __FK_lines integer 3/3\n"_s;
    QTest::newRow("top-level array of objects")
        << R"([{"a": 1}, {"a": 2}, {"a": 3}])"_ba << ResponseFormat::Json
        << u"TABLE root rows=3 parent=-\n  a integer 3/3\n"_s;
    QTest::newRow("scalar array")
        << R"({"roles": ["admin", "user"]})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  __KEY_root integer 1/1\n"
           "TABLE roles rows=2 parent=root\n  @Value text 2/2\n  __FK_roles integer 2/2\n"_s;
    QTest::newRow("sparse fields, first-appearance order")
        << R"([{"a": 1}, {"b": "x"}, {"a": 2.5, "c": null}])"_ba << ResponseFormat::Json
        << u"TABLE root rows=3 parent=-\n  a number 2/3\n  b text 1/3\n  c empty 0/3\n"_s;
    // Qlik's names: one counter per name, tables children first for fields, parents first for tables.
    QTest::newRow("repeated names get _u<N>: deepest first, root last")
        << R"({"id": 1, "orders": [{"id": 2, "lines": [{"id": 3}]}], "values": [1], "x": {"values": [2]}})"_ba
        << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  id_u1 integer 1/1\n  __KEY_root integer 1/1\n"
           "TABLE orders rows=1 parent=root\n  id_u0 integer 1/1\n  __KEY_orders integer 1/1\n  __FK_orders "
           "integer 1/1\n"
           "TABLE lines rows=1 parent=orders\n  id integer 1/1\n  __FK_lines integer 1/1\n"
           "TABLE values rows=1 parent=root\n  @Value integer 1/1\n  __FK_values integer 1/1\n"
           "TABLE x rows=1 parent=root\n  __KEY_x integer 1/1\n  __FK_x integer 1/1\n"
           "TABLE values_u0 rows=1 parent=x\n  @Value_u0 integer 1/1\n  __FK_values_u0 integer 1/1\n"_s;
    QTest::newRow("Qlik's worked case: siblings and the root")
        << R"({"id": 0, "name": "r", "building": [{"id": 1, "name": "b"}], "floor": [{"id": 2, "name": "f"}],
              "room": [{"id": 3, "name": "o"}]})"_ba
        << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  id_u2 integer 1/1\n  name_u2 text 1/1\n  __KEY_root integer 1/1\n"
           "TABLE building rows=1 parent=root\n  id integer 1/1\n  name text 1/1\n  __FK_building integer "
           "1/1\n"
           "TABLE floor rows=1 parent=root\n  id_u0 integer 1/1\n  name_u0 text 1/1\n  __FK_floor integer "
           "1/1\n"
           "TABLE room rows=1 parent=root\n  id_u1 integer 1/1\n  name_u1 text 1/1\n  __FK_room integer 1/1\n"_s;
    QTest::newRow("nested tables of one name: keys _u0, _u1, parents first")
        << R"({"coordinates": [[[1, 2]]]})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  __KEY_root integer 1/1\n"
           "TABLE coordinates rows=1 parent=root\n  __KEY_coordinates integer 1/1\n"
           "  __FK_coordinates integer 1/1\n"
           "TABLE coordinates_u0 rows=1 parent=coordinates\n  __KEY_coordinates_u0 integer 1/1\n"
           "  __FK_coordinates_u0 integer 1/1\n"
           "TABLE coordinates_u1 rows=2 parent=coordinates_u0\n  @Value integer 2/2\n"
           "  __FK_coordinates_u1 integer 2/2\n"_s;
    QTest::newRow("a made name skips one the response uses itself")
        << R"({"id": 1, "x": [{"id": 2, "id_u0": 3}]})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  id_u1 integer 1/1\n  __KEY_root integer 1/1\n"
           "TABLE x rows=1 parent=root\n  id integer 1/1\n  id_u0 integer 1/1\n  __FK_x integer 1/1\n"_s;
    QTest::newRow("a field and a table of the same name: separate names")
        << R"({"orders": [{"orders": 5}]})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  __KEY_root integer 1/1\n"
           "TABLE orders rows=1 parent=root\n  orders integer 1/1\n  __FK_orders integer 1/1\n"_s;
    QTest::newRow("the same field in more rows is no repeat")
        << R"({"items": [{"id": 1}, {"id": 2}, {"id": 3}]})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  __KEY_root integer 1/1\n"
           "TABLE items rows=3 parent=root\n  id integer 3/3\n  __FK_items integer 3/3\n"_s;
    QTest::newRow("array of arrays")
        << R"({"m": [[1, 2], [3]]})"_ba << ResponseFormat::Json
        << u"TABLE root rows=1 parent=-\n  __KEY_root integer 1/1\n"
           "TABLE m rows=2 parent=root\n  __KEY_m integer 2/2\n  __FK_m integer 2/2\n"
           "TABLE m_u0 rows=3 parent=m\n  @Value integer 3/3\n  __FK_m_u0 integer 3/3\n"_s;
    QTest::newRow("top-level scalar")
        << "42"_ba << ResponseFormat::Json << u"TABLE root rows=1 parent=-\n  @Value integer 1/1\n"_s;
    QTest::newRow("types")
        << R"([{"i": 1, "n": 1.5, "b": true, "d": "2024-05-01T10:00:00Z", "t": "x", "m": 1},
                                  {"i": -4, "n": 2, "b": false, "d": "2024-05-02", "t": "y", "m": "one"}])"_ba
        << ResponseFormat::Json
        << u"TABLE root rows=2 parent=-\n  i integer 2/2\n  n number 2/2\n  b boolean 2/2\n"
           "  d date 2/2\n  t text 2/2\n  m mixed 2/2\n"_s;
    QTest::newRow("XML attributes, leaves and repeated elements")
        << R"(<?xml version="1.0"?><orders count="2"><order id="1"><sku>A</sku></order>
              <order id="2"><sku>B</sku><note lang="en">fragile</note></order></orders>)"_ba
        << ResponseFormat::Xml
        << u"TABLE orders rows=1 parent=-\n  count integer 1/1\n  __KEY_orders integer 1/1\n"
           "TABLE order rows=2 parent=orders\n  id integer 2/2\n  sku text 2/2\n  __KEY_order integer 2/2\n"
           "  __FK_order integer 2/2\n"
           "TABLE note rows=1 parent=order\n  lang text 1/1\n  @Content text 1/1\n  __FK_note integer 1/1\n"_s;
    QTest::newRow("XML mixed content is one @Content, nothing dropped")
        << "<r><i>text<b>1</b>more</i></r>"_ba << ResponseFormat::Xml
        << u"TABLE r rows=1 parent=-\n  __KEY_r integer 1/1\n"
           "TABLE i rows=1 parent=r\n  b integer 1/1\n  @Content text 1/1\n  __FK_i integer 1/1\n"_s;
    QTest::newRow("JSON numbers too big for a double are kept as text")
        << R"([{"a": 1e400, "b": 2}, {"a": -2e999, "b": 3}, {"a": 1.5, "b": 1e-400}])"_ba
        << ResponseFormat::Json << u"TABLE root rows=3 parent=-\n  a mixed 3/3\n  b number 3/3\n"_s;
    QTest::newRow("XML element without attributes holding elements")
        << "<r><meta><total>3</total></meta><item><v>1</v></item><item><v>2</v></item></r>"_ba
        << ResponseFormat::Xml
        << u"TABLE r rows=1 parent=-\n  __KEY_r integer 1/1\n"
           "TABLE meta rows=1 parent=r\n  total integer 1/1\n  __FK_meta integer 1/1\n"
           "TABLE item rows=2 parent=r\n  v integer 2/2\n  __FK_item integer 2/2\n"_s;
    QTest::newRow("CSV with header")
        << "id,name,when\n1,Ann,2024-01-02\n2,,2024-01-03\n"_ba << ResponseFormat::Csv
        << u"TABLE CSV_source rows=2 parent=-\n  id integer 2/2\n  name text 2/2\n"
           "  when date 2/2\n"_s;
    // Empty is not missing: Qlik reads empty text from an empty cell or element; only JSON null is null.
    QTest::newRow("CSV empty cells are empty text, the type stays")
        << "n,s,q\n1,x,\"\"\n,y,\"\"\n3,,\"\"\n"_ba << ResponseFormat::Csv
        << u"TABLE CSV_source rows=3 parent=-\n  n integer 3/3\n  s text 3/3\n  q text 3/3\n"_s;
    QTest::newRow("XML empty elements are empty text")
        << "<r><i><a></a><b>1</b></i><i><a/><b/></i></r>"_ba << ResponseFormat::Xml
        << u"TABLE r rows=1 parent=-\n  __KEY_r integer 1/1\n"
           "TABLE i rows=2 parent=r\n  a text 2/2\n  b integer 2/2\n  __FK_i integer 2/2\n"_s;
    QTest::newRow("JSON: null is null, \"\" is text")
        << R"([{"a": null, "b": ""}, {"a": 1, "b": "x"}])"_ba << ResponseFormat::Json
        << u"TABLE root rows=2 parent=-\n  a integer 1/2\n  b text 2/2\n"_s;
    QTest::newRow("CSV quoted cells")
        << "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\n"_ba << ResponseFormat::Csv
        << u"TABLE CSV_source rows=2 parent=-\n  a text 2/2\n  b mixed 2/2\n"_s;
    QTest::newRow("CSV row longer than the header") << "a\n1,2\n"_ba << ResponseFormat::Csv
                                                    << u"TABLE CSV_source rows=1 parent=-\n  a integer 1/1\n"
                                                       "  col_2 integer 1/1\n"_s;
    QTest::newRow("CSV semicolons, CRLF")
        << "a;b\r\n1;2\r\n3;4\r\n"_ba << ResponseFormat::Csv
        << u"TABLE CSV_source rows=2 parent=-\n  a integer 2/2\n  b integer 2/2\n"_s;
    QTest::newRow("CSV tabs") << "a\tb\n1\tx\n"_ba << ResponseFormat::Csv
                              << u"TABLE CSV_source rows=1 parent=-\n  a integer 1/1\n  b text 1/1\n"_s;
    QTest::newRow("CSV pipes") << "a|b\n1|x\n2|y\n"_ba << ResponseFormat::Csv
                               << u"TABLE CSV_source rows=2 parent=-\n  a integer 2/2\n  b text 2/2\n"_s;
    QTest::newRow("auto: JSON") << "[{\"a\":1}]"_ba << ResponseFormat::Auto
                                << u"TABLE root rows=1 parent=-\n  a integer 1/1\n"_s;
    QTest::newRow("auto: XML") << "<a><b>1</b></a>"_ba << ResponseFormat::Auto
                               << u"TABLE a rows=1 parent=-\n  b integer 1/1\n"_s;
    QTest::newRow("auto: CSV") << "a,b\n1,2\n"_ba << ResponseFormat::Auto
                               << u"TABLE CSV_source rows=1 parent=-\n  a integer 1/1\n  b integer 1/1\n"_s;
    QTest::newRow("auto: CSV with the delimiter inside quotes")
        << "id;name\n1;\"Smith; John\"\n"_ba << ResponseFormat::Auto
        << u"TABLE CSV_source rows=1 parent=-\n  id integer 1/1\n  name text 1/1\n"_s;
}

void TestSchemaBuilder::tables()
{
    QFETCH(QByteArray, body);
    QFETCH(ResponseFormat, format);
    QFETCH(QString, expected);
    const Schema schema = parseSchema(body, optionsFor(format));
    QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
    QCOMPARE(schemaText(schema), expected);
}

void TestSchemaBuilder::sequenceKeysLinkRows()
{
    const Schema schema = parseSchema(
        R"({"orders": [{"id": 1, "lines": [{"sku": "A"}, {"sku": "B"}]}, {"id": 2, "lines": [{"sku": "C"}]}]})"_ba);
    const SchemaTable &orders = schema.tables[schema.indexOf(u"orders")];
    const SchemaTable &lines = schema.tables[schema.indexOf(u"lines")];
    // Each order's key is the foreign key of its lines: the rows link as a load links them.
    QCOMPARE(orders.previewRows[0][orders.keyField()], QVariant(qint64(1)));
    QCOMPARE(orders.previewRows[1][orders.keyField()], QVariant(qint64(2)));
    QCOMPARE(orders.previewRows[0][orders.foreignKeyField()], QVariant(qint64(1)));
    QCOMPARE(lines.previewRows[0][lines.foreignKeyField()], QVariant(qint64(1)));
    QCOMPARE(lines.previewRows[1][lines.foreignKeyField()], QVariant(qint64(1)));
    QCOMPARE(lines.previewRows[2][lines.foreignKeyField()], QVariant(qint64(2)));
    QCOMPARE(lines.previewRows[2][lines.indexOf(u"sku")], QVariant(u"C"_s));
    QCOMPARE(lines.fields[lines.foreignKeyField()].samples, (QStringList {u"1"_s, u"2"_s})); // distinct keys
    QCOMPARE(orders.fields[orders.keyField()].samples, (QStringList {u"1"_s, u"2"_s}));
}

void TestSchemaBuilder::keyStrategies_data()
{
    QTest::addColumn<KeyGenerationStrategy>("keys");
    QTest::addColumn<bool>("equalRecordsShareKey"); // two equal orders under one root
    QTest::addColumn<bool>("equalChildrenShareKey"); // equal lines under different orders
    QTest::newRow("sequence id") << KeyGenerationStrategy::SequenceId << false << false;
    QTest::newRow("no keys (sequence underneath)") << KeyGenerationStrategy::NoKeys << false << false;
    QTest::newRow("current record") << KeyGenerationStrategy::CurrentRecord << true << true;
    QTest::newRow("fully qualified record") << KeyGenerationStrategy::FullyQualifiedRecord << true << false;
}

void TestSchemaBuilder::keyStrategies()
{
    QFETCH(KeyGenerationStrategy, keys);
    QFETCH(bool, equalRecordsShareKey);
    QFETCH(bool, equalChildrenShareKey);
    // Lines come before the order's own fields: hash keys must wait for the whole record.
    const Schema schema = parseSchema(R"({"orders": [
            {"lines": [{"sku": "A", "qty": {"n": 1}}], "id": 1},
            {"lines": [{"sku": "A", "qty": {"n": 1}}], "id": 2},
            {"lines": [{"sku": "A", "qty": {"n": 1}}], "id": 2}]})"_ba,
        optionsFor(ResponseFormat::Json, keys));
    const SchemaTable &orders = schema.tables[schema.indexOf(u"orders")];
    const SchemaTable &lines = schema.tables[schema.indexOf(u"lines")];
    const SchemaTable &qty = schema.tables[schema.indexOf(u"qty")];
    const auto key
        = [](const SchemaTable &table, int row) { return table.previewRows[row][table.keyField()]; };
    const auto foreignKey
        = [](const SchemaTable &table, int row) { return table.previewRows[row][table.foreignKeyField()]; };
    for (int row = 0; row < 3; ++row) {
        QVERIFY(key(orders, row).isValid());
        QCOMPARE(foreignKey(lines, row), key(orders, row));
        QCOMPARE(foreignKey(qty, row), key(lines, row));
    }
    QVERIFY(key(orders, 0) != key(orders, 1));
    QCOMPARE(key(orders, 1) == key(orders, 2), equalRecordsShareKey);
    QCOMPARE(key(lines, 0) == key(lines, 1), equalChildrenShareKey);
    const bool sequence = keys == KeyGenerationStrategy::SequenceId || keys == KeyGenerationStrategy::NoKeys;
    QCOMPARE(orders.fields[orders.keyField()].type, sequence ? FieldType::Integer : FieldType::Text);
    if (!sequence)
        QCOMPARE(key(orders, 0).toString().size(), 16);
}

void TestSchemaBuilder::fieldStatistics()
{
    const Schema schema
        = parseSchema(R"([{"a": 1, "b": null}, {"a": 1}, {"a": 2, "b": "x"}, {"a": 3}, {"a": 4},
        {"a": 5}, {"a": 6}])"_ba);
    const SchemaTable &root = schema.tables[0];
    const SchemaField &a = root.fields[root.indexOf(u"a")];
    const SchemaField &b = root.fields[root.indexOf(u"b")];
    QCOMPARE(root.rows, 7);
    QCOMPARE(a.present, 7);
    QCOMPARE(a.nulls, 0);
    QCOMPARE(a.samples, (QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s})); // distinct, five at most
    QCOMPARE(b.present, 2);
    QCOMPARE(b.nulls, 1);
    QCOMPARE(b.filled(), 1);
    QCOMPARE(b.type, FieldType::Text);
    QCOMPARE(root.previewRows[0][root.indexOf(u"b")], QVariant()); // null stays null
    QCOMPARE(root.previewRows[1][root.indexOf(u"b")], QVariant());
}

void TestSchemaBuilder::responseHeaderTable()
{
    SchemaOptions options;
    SchemaBuilder builder(options.builderOptions());
    const QByteArray body = R"({"a": 1})"_ba;
    const BodyParse parse = parseBody(builder, std::string_view(body.constData(), body.size()), {}, options);
    builder.addResponseHeaders({{"Content-Type", "application/json"}, {"X-Rate-Limit", "99"}});
    const Schema schema = finishedSchema(builder, parse, body.size());
    QCOMPARE(schemaText(schema),
        u"TABLE root rows=1 parent=-\n  a integer 1/1\n"
        "TABLE __response_header rows=1 parent=-\n  Content-Type text 1/1\n  X-Rate-Limit integer 1/1\n"_s);
}

void TestSchemaBuilder::previewLimit()
{
    QByteArray body = "[";
    for (int i = 0; i < 50; ++i)
        body += (i ? "," : "") + QByteArray("{\"i\":") + QByteArray::number(i) + "}";
    body += "]";
    SchemaOptions options;
    options.previewRows = 10;
    const Schema schema = parseSchema(body, options);
    QCOMPARE(schema.tables[0].rows, 50);
    QCOMPARE(schema.tables[0].previewRows.size(), 10);
    QCOMPARE(schema.tables[0].previewRows[9][0], QVariant(u"9"_s));
}

void TestSchemaBuilder::pagesAddToOneModel()
{
    SchemaOptions options;
    SchemaBuilder::Options builderOptions = options.builderOptions();
    builderOptions.detectDuplicates = true;
    SchemaBuilder builder(builderOptions);
    for (const QByteArray &page :
        {R"({"items": [{"id": 1}, {"id": 2}]})"_ba, R"({"items": [{"id": 2}, {"id": 3}]})"_ba}) {
        builder.beginPage();
        parseBody(builder, std::string_view(page.constData(), page.size()), {}, options);
    }
    const Schema schema = finishedSchema(builder, {}, 0);
    QCOMPARE(schema.tables[0].rows, 2); // one root row per page
    QCOMPARE(schema.tables[1].rows, 4);
    QCOMPARE(builder.duplicateRecords(), 1); // {"id": 2} came again on page 2
}

void TestSchemaBuilder::numbersTooBigAreKeptAsText()
{
    const QByteArray body = R"({"n": 1e400, "items": [{"v": -1e999}, {"v": 2}]})"_ba;
    const Schema schema = parseSchema(body, optionsFor(ResponseFormat::Json));
    QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
    QCOMPARE(schema.tables.size(), 2);
    QCOMPARE(schema.tables[0].fields[0].type, FieldType::Text);
    QCOMPARE(schema.tables[0].previewRows[0][0].toString(), u"1e400"_s);
    QCOMPARE(schema.tables[1].rows, 2); // the rest of the response is read
    QVERIFY2(schema.warnings.join(u' ').contains(u"too big for a double (such as 1e400) were kept as text"_s),
        qPrintable(schema.warnings.join(u' ')));
    // Every event once, in order: the tree after the big numbers is as it would be without them.
    const Schema plain = parseSchema(
        R"({"n": "1e400", "items": [{"v": "x"}, {"v": 2}]})"_ba, optionsFor(ResponseFormat::Json));
    QCOMPARE(schema.tables[1].fields.size(), plain.tables[1].fields.size());
    QCOMPARE(schema.tables[1].previewRows.size(), plain.tables[1].previewRows.size());
}

void TestSchemaBuilder::duplicatesCompareWholeRecords_data()
{
    QTest::addColumn<QList<QByteArray>>("pages");
    QTest::addColumn<int>("duplicates");
    // 250 distinct records over three pages, each with child values that repeat from record to record.
    QList<QByteArray> distinct;
    for (int page = 0; page < 3; ++page) {
        QByteArray body = "{\"items\": [";
        for (int i = page * 100; i < std::min(250, page * 100 + 100); ++i)
            body += (i % 100 ? "," : "") + QByteArray("{\"id\": ") + QByteArray::number(i)
                + ", \"tags\": [\"t0\", \"t1\"], \"owner\": {\"name\": \"ann\"}}";
        distinct.append(body + "]}");
    }
    QTest::newRow("250 distinct records, repeating child values") << distinct << 0;
    QList<QByteArray> again = distinct;
    again.append(R"({"items": [{"id": 7, "tags": ["t0", "t1"], "owner": {"name": "ann"}}]})"_ba);
    QTest::newRow("one whole record again") << again << 1;
    QList<QByteArray> children = distinct;
    children.append(R"({"items": [{"id": 7, "tags": ["t9"], "owner": {"name": "ann"}}]})"_ba);
    QTest::newRow("same values, other children: not the same record") << children << 0;
    QTest::newRow("a top-level array") << QList<QByteArray> {R"([{"a": 1, "t": [1]}, {"a": 2, "t": [1]}])"_ba,
        R"([{"a": 2, "t": [1]}])"_ba} << 1;
}

void TestSchemaBuilder::duplicatesCompareWholeRecords()
{
    QFETCH(QList<QByteArray>, pages);
    QFETCH(int, duplicates);
    SchemaOptions options;
    SchemaBuilder::Options builderOptions = options.builderOptions();
    builderOptions.detectDuplicates = true;
    SchemaBuilder builder(builderOptions);
    for (const QByteArray &page : std::as_const(pages)) {
        builder.beginPage();
        const BodyParse parse
            = parseBody(builder, std::string_view(page.constData(), page.size()), {}, options);
        QVERIFY2(parse.problem.isEmpty(), qPrintable(parse.problem.message));
    }
    QCOMPARE(builder.duplicateRecords(), duplicates);
}

void TestSchemaBuilder::depthCountsLevels_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("refused");
    const auto nested = [](char open, char close, int levels, QByteArray inner) {
        return QByteArray(levels, open) + inner + QByteArray(levels, close);
    };
    QByteArray objects512;
    for (int i = 0; i < 511; ++i)
        objects512 += "{\"a\":";
    objects512 += "{}" + QByteArray(511, '}');
    QByteArray objects513 = "{\"a\":" + objects512 + "}";
    QTest::newRow("512 nested objects are read") << objects512 << false;
    QTest::newRow("513 nested objects are refused") << objects513 << true;
    QTest::newRow("512 nested arrays are read") << nested('[', ']', 512, "1") << false;
    QTest::newRow("258 nested arrays are read") << nested('[', ']', 258, "1") << false;
    QTest::newRow("513 nested arrays are refused") << nested('[', ']', 513, "1") << true;
}

void TestSchemaBuilder::depthCountsLevels()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, refused);
    const Schema schema = parseSchema(body, optionsFor(ResponseFormat::Json));
    QCOMPARE(schema.problem.message.contains(u"deeper than 512 levels"_s), refused);
    if (!refused)
        QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
}

QTEST_GUILESS_MAIN(TestSchemaBuilder)
#include "tst_schemabuilder.moc"
