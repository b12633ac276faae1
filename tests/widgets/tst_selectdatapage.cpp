// SPDX-License-Identifier: MIT
#include "pagination/pagewalker.h"
#include "sampleapiserver.h"
#include "selectdata/fieldlistmodel.h"
#include "selectdata/pagetimelinemodel.h"
#include "selectdata/previewmodel.h"
#include "selectdata/selectdatapage.h"
#include "selectdata/tabletreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Orders = R"({"total": 3, "orders": [
    {"id": 1, "status": "open", "lines": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]},
    {"id": 2, "status": "done", "lines": [{"sku": "C", "qty": 5}]},
    {"id": 3, "status": "open", "lines": [{"sku": "D", "qty": 1}, {"sku": "E", "qty": 1}, {"sku": "F", "qty": 9}]}]})"_ba;

ConnectionTestResult responseOf(const QByteArray &body, const QByteArray &contentType = "application/json")
{
    ConnectionTestResult response;
    response.outcome = ConnectionTestResult::Outcome::Succeeded;
    response.status = 200;
    response.headers = {{"Content-Type", contentType}};
    response.body = body;
    response.size = body.size();
    return response;
}

Schema ordersSchema(KeyGenerationStrategy keys = KeyGenerationStrategy::SequenceId)
{
    SchemaOptions options;
    options.keys = keys;
    SchemaBuilder builder(options.builderOptions());
    const BodyParse parse
        = parseBody(builder, std::string_view(Orders.constData(), Orders.size()), {}, options, nullptr, true);
    return finishedSchema(builder, parse, Orders.size());
}

} // namespace

Q_DECLARE_METATYPE(Qonduit::KeyGenerationStrategy)

class TestSelectDataPage : public QObject
{
    Q_OBJECT

private slots:
    void tableTreeTicksBranches();
    void fieldListRenamesAndFlags_data();
    void fieldListRenamesAndFlags();
    void previewHighlightsChildren();
    void pageTimeline();
    void pageShowsResponse();
    void formatSwitchReparses();
    void selectingParentRowLinksChildren();
    void previewAllPages();
    void bigResponseIsReadOffTheGuiThread();
    void ticksAndRenamesSurviveRenumbering();
};

void TestSelectDataPage::tableTreeTicksBranches()
{
    Selection selection;
    TableTreeModel model(&selection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(ordersSchema());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    const QModelIndex orders = model.index(0, 0, root);
    const QModelIndex lines = model.index(0, 0, orders);
    QCOMPARE(lines.data().toString(), u"lines"_s);
    QCOMPARE(model.index(0, TableTreeModel::RowsColumn, orders).data().toString(), u"6"_s);
    QCOMPARE(root.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    QSignalSpy edited(&model, &TableTreeModel::selectionEdited);
    QVERIFY(model.setData(orders, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(edited.size(), 1);
    const Schema schema = ordersSchema();
    QVERIFY(!selection.isTableSelected(schema.tables[schema.indexOf(u"lines")])); // the branch goes with it
    QCOMPARE(root.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QVERIFY(model.setData(lines, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(orders.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    QCOMPARE(model.parent(lines), orders);
    model.setSchema(Schema()); // and back to nothing, under the tester's eyes
    QCOMPARE(model.rowCount(), 0);
}

void TestSelectDataPage::fieldListRenamesAndFlags_data()
{
    QTest::addColumn<KeyGenerationStrategy>("keys");
    QTest::addColumn<int>("rows"); // fields shown for orders
    QTest::newRow("sequence id shows keys") << KeyGenerationStrategy::SequenceId << 4;
    QTest::newRow("no keys hides them") << KeyGenerationStrategy::NoKeys << 2;
}

void TestSelectDataPage::fieldListRenamesAndFlags()
{
    QFETCH(KeyGenerationStrategy, keys);
    QFETCH(int, rows);
    Selection selection;
    FieldListModel model(&selection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Schema schema = ordersSchema(keys);
    model.setTable(schema, schema.indexOf(u"orders"));
    QCOMPARE(model.rowCount(), rows);
    const QModelIndex status = model.index(1, FieldListModel::NameColumn);
    QCOMPARE(status.data().toString(), u"status"_s);
    QCOMPARE(model.index(1, FieldListModel::TypeColumn).data().toString(), u"text"_s);
    QCOMPARE(model.index(1, FieldListModel::FilledColumn).data().toString(), u"100% (3 of 3)"_s);
    QCOMPARE(model.index(1, FieldListModel::SamplesColumn).data().toString(), u"open, done"_s);

    QVERIFY(model.setData(status, Qt::Unchecked, Qt::CheckStateRole));
    const SchemaTable &orders = schema.tables[schema.indexOf(u"orders")];
    const SchemaField &statusField = orders.fields[orders.indexOf(u"status")];
    QVERIFY(!selection.isFieldSelected(orders, statusField));
    QVERIFY(model.setData(status, u"sku"_s, Qt::EditRole)); // clashes with lines.sku
    QCOMPARE(selection.loadedName(orders, statusField), u"sku"_s);
    QVERIFY(model.setData(status, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.index(1, FieldListModel::NoteColumn)
                .data()
                .toString()
                .contains(u"lines.sku is loaded as sku too"));
    QCOMPARE(selection.problems(schema).size(), 1);
    if (keys == KeyGenerationStrategy::SequenceId) {
        const QModelIndex key = model.index(2, FieldListModel::NameColumn);
        QCOMPARE(key.data().toString(), u"__KEY_orders"_s);
        QVERIFY(!(model.flags(key) & Qt::ItemIsEditable)); // keys are not renamed or left out
        QVERIFY(!model.setData(key, u"x"_s, Qt::EditRole));
    }
}

void TestSelectDataPage::previewHighlightsChildren()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Schema schema = ordersSchema();
    model.setTable(schema, schema.indexOf(u"lines"));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), u"__FK_lines"_s);
    model.setHighlightedForeignKey(qint64(3));
    QCOMPARE(model.highlightedRows(), (QList<int> {3, 4, 5}));
    QVERIFY(model.index(3, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());

    model.setTable(ordersSchema(KeyGenerationStrategy::NoKeys), schema.indexOf(u"lines"));
    QCOMPARE(model.columnCount(), 2); // keys hidden in the view only
}

void TestSelectDataPage::pageTimeline()
{
    PageTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(PageRecord {1, QUrl(u"http://127.0.0.1/p?page=1"_s), 200, 10, u"2"_s, 12, 400, 0, {}});
    model.append(PageRecord {2, QUrl(u"http://127.0.0.1/p?page=2"_s), 200, -1, {}, 8, 300, 2, u"waited"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, PageTimelineModel::RecordsColumn).data().toString(), u"?"_s);
    QCOMPARE(model.index(1, PageTimelineModel::DuplicatesColumn).data().toInt(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSelectDataPage::pageShowsResponse()
{
    SelectDataPage page;
    page.resize(1000, 700);
    page.show();
    QSignalSpy parsed(&page, &SelectDataPage::parsed);
    page.showResponse(responseOf(Orders));
    QVERIFY(parsed.wait(10000));
    auto *tree = page.findChild<QTreeView *>(u"tableTree"_s);
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 1);
    QVERIFY(page.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"3 tables"));
    QVERIFY(page.selectTable(u"lines"_s));
    QCOMPARE(page.currentTable(), u"lines"_s);
    QCOMPARE(page.findChild<QTableView *>(u"previewTable"_s)->model()->rowCount(), 6);
    QCOMPARE(page.findChild<QTableView *>(u"fieldTable"_s)->model()->rowCount(), 3);

    // Repeated names are offered a rename that says where they come from. Qlik's names: the child
    // keeps id, the root (later in Qlik's children-first walk) gets id_u0.
    page.showResponse(responseOf(R"({"id": 1, "items": [{"id": 2}]})"_ba));
    QVERIFY(parsed.wait(10000));
    QVERIFY(page.selectTable(u"items"_s));
    QVERIFY(!page.renameSuggestion(0, &page)); // items keeps id: nothing to suggest
    QVERIFY(!page.renameSuggestion(1, &page)); // the foreign key: no suggestion
    QCOMPARE(page.findChild<QTableView *>(u"fieldTable"_s)->model()->index(0, 0).data().toString(), u"id"_s);
    QVERIFY(page.selectTable(u"root"_s));
    QCOMPARE(
        page.findChild<QTableView *>(u"fieldTable"_s)->model()->index(0, 0).data().toString(), u"id_u0"_s);
    QAction *suggestion = page.renameSuggestion(0, &page);
    QVERIFY(suggestion);
    QCOMPARE(suggestion->text(), u"Rename to root_id"_s);
    suggestion->trigger();
    const Schema repeated = page.schema();
    const SchemaTable &root = repeated.tables[repeated.indexOf(u"root")];
    QCOMPARE(page.selection().loadedName(root, root.fields[root.indexOf(u"id_u0")]), u"root_id"_s);

    QSignalSpy back(&page, &SelectDataPage::backRequested);
    page.findChild<QPushButton *>(u"backButton"_s)->click();
    QCOMPARE(back.size(), 1);
}

void TestSelectDataPage::formatSwitchReparses()
{
    SelectDataPage page;
    QSignalSpy parsed(&page, &SelectDataPage::parsed);
    page.showResponse(responseOf("a;b\n1;2\n3;4\n"_ba, "text/plain"));
    QVERIFY(parsed.wait(10000));
    QCOMPARE(page.schema().tables[0].name, u"CSV_source"_s);
    QCOMPARE(page.schema().tables[0].fields.size(), 2);

    // No header row: the first line becomes data, the fields col_1 and col_2; nothing is fetched.
    auto *format = page.findChild<QComboBox *>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(int(ResponseFormat::Csv)));
    page.findChild<QCheckBox *>(u"headerCheck"_s)->setChecked(false);
    page.findChild<QPushButton *>(u"reparseButton"_s)->click();
    QVERIFY(parsed.wait(10000));
    QCOMPARE(page.schema().tables[0].rows, 3);
    QCOMPARE(page.schema().tables[0].fields[0].name, u"col_1"_s);
}

void TestSelectDataPage::selectingParentRowLinksChildren()
{
    SelectDataPage page;
    page.resize(1000, 700);
    page.show();
    QSignalSpy parsed(&page, &SelectDataPage::parsed);
    page.showResponse(responseOf(Orders));
    QVERIFY(parsed.wait(10000));
    QVERIFY(page.selectTable(u"orders"_s));
    auto *preview = page.findChild<QTableView *>(u"previewTable"_s);
    preview->setCurrentIndex(preview->model()->index(2, 0)); // order 3
    auto *linked = page.findChild<QLabel *>(u"linkedLabel"_s);
    QVERIFY2(linked->text().contains(u">lines</a>: 3"), qPrintable(linked->text()));
    QVERIFY(page.selectTable(u"lines"_s));
    auto *model = qobject_cast<PreviewModel *>(preview->model());
    QVERIFY(model);
    QCOMPARE(model->highlightedRows(), (QList<int> {3, 4, 5}));
}

void TestSelectDataPage::previewAllPages()
{
    SampleApiServer server;
    QCOMPARE(server.start().error(), QString());
    ConnectionSettings settings;
    settings.request.url = server.baseUrl().toString() + u"/paged/page"_s;
    settings.pagination.type = PaginationType::NextPage;
    settings.pagination.nextPage
        = {u"page"_s, false, u"1"_s, u"per_page"_s, u"10"_s, {}, u"is_last"_s, u"items"_s};

    SelectDataPage page;
    page.setConnection(settings);
    auto *allPages = page.findChild<QPushButton *>(u"allPagesButton"_s);
    QVERIFY(allPages->isEnabled());
    QSignalSpy parsed(&page, &SelectDataPage::parsed);
    allPages->click();
    QVERIFY(parsed.wait(20000));
    QCOMPARE(page.findChild<QTableView *>(u"pageTable"_s)->model()->rowCount(), 3);
    QCOMPARE(page.schema().tables[page.schema().indexOf(u"items")].rows, 25);
    QVERIFY(page.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Read 3 pages"));

    settings.pagination.type = PaginationType::None;
    page.setConnection(settings);
    QVERIFY(!allPages->isEnabled());
}

// Qlik's _uN names move when a deeper table with the same name arrives (a re-parse, a new test, a page
// walk): ticks and renames stay on the field they were given to, whatever its name is now.
// A big body, spilled to a file as the engine does: showResponse() hands it to a worker and returns at
// once (the page busy, no tables yet); the tables come from the worker's snapshots, each with at most the
// preview's rows, never from reading the body on this thread.
void TestSelectDataPage::bigResponseIsReadOffTheGuiThread()
{
    QByteArray body = R"({"orders": [)";
    int orders = 0;
    for (; body.size() < 20 * 1024 * 1024; ++orders)
        body += R"({"id": )" + QByteArray::number(orders) + R"(, "lines": [{"sku": "A"}, {"sku": "B"}]}, )";
    body.chop(2);
    body += "]}";
    ConnectionTestResult response = responseOf(body.left(256 * 1024));
    response.size = body.size();
    response.bodyFile = std::make_shared<QTemporaryFile>();
    QVERIFY(response.bodyFile->open());
    response.bodyFile->write(body);
    response.bodyFile->flush();
    body.clear();

    SelectDataPage page;
    page.resize(1000, 700);
    page.show();
    auto *tree = page.findChild<QTreeView *>(u"tableTree"_s);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy parsed(&page, &SelectDataPage::parsed);
    QSignalSpy snapshots(page.findChild<SchemaJob *>(), &SchemaJob::snapshot);
    page.showResponse(response);
    QVERIFY(page.isBusy());
    QVERIFY(page.schema().tables.isEmpty());
    QVERIFY(page.findChild<QPushButton *>(u"cancelButton"_s)->isVisibleTo(&page));
    QVERIFY(parsed.wait(120000));
    for (const QList<QVariant> &snapshot : std::as_const(snapshots)) {
        const Schema partial = snapshot.first().value<Schema>();
        QVERIFY(!partial.complete);
        for (const SchemaTable &table : partial.tables)
            QVERIFY(table.previewRows.size() <= 1000);
    }
    const Schema &schema = page.schema();
    QVERIFY(schema.complete);
    QCOMPARE(schema.tables[schema.indexOf(u"orders"_s)].rows, orders);
    QCOMPARE(schema.tables[schema.indexOf(u"lines"_s)].rows, 2 * orders);
    QCOMPARE(schema.tables[schema.indexOf(u"lines"_s)].previewRows.size(), 1000);
    QVERIFY(!page.isBusy());
}

void TestSelectDataPage::ticksAndRenamesSurviveRenumbering()
{
    SelectDataPage page;
    QSignalSpy parsed(&page, &SelectDataPage::parsed);
    page.showResponse(responseOf(R"({"id": 1, "name": "r", "items": [{"id": 2}]})"_ba));
    QVERIFY(parsed.wait(10000));
    auto *fields = page.findChild<QTableView *>(u"fieldTable"_s)->model();
    QVERIFY(page.selectTable(u"root"_s));
    QCOMPARE(fields->index(0, 0).data().toString(), u"id_u0"_s);
    QVERIFY(fields->setData(fields->index(1, 0), Qt::Unchecked, Qt::CheckStateRole)); // root's name
    QVERIFY(fields->setData(fields->index(0, 0), u"root_id"_s, Qt::EditRole));
    QVERIFY(page.selectTable(u"items"_s));
    QCOMPARE(fields->index(0, 0).data().toString(), u"id"_s);
    QVERIFY(fields->setData(fields->index(0, 0), u"item_id"_s, Qt::EditRole));

    parsed.clear();
    page.showResponse(responseOf(R"({"id": 1, "name": "r", "items": [{"id": 2, "sub": [{"id": 3}]}]})"_ba));
    QVERIFY(parsed.wait(10000));
    const Schema schema = page.schema();
    const SchemaTable &root = schema.tables[schema.indexOf(u"root")];
    const SchemaTable &items = schema.tables[schema.indexOf(u"items")];
    QCOMPARE(root.fields[0].name, u"id_u1"_s); // renumbered: sub keeps id, items has id_u0
    QCOMPARE(items.fields[0].name, u"id_u0"_s);
    QCOMPARE(page.selection().loadedName(root, root.fields[0]), u"root_id"_s);
    QCOMPARE(page.selection().loadedName(items, items.fields[0]), u"item_id"_s);
    QVERIFY(!page.selection().isFieldSelected(root, root.fields[root.indexOf(u"name")]));
    const SchemaTable &sub = schema.tables[schema.indexOf(u"sub")];
    QCOMPARE(page.selection().loadedName(sub, sub.fields[0]), u"id"_s);
    QVERIFY(page.selectTable(u"root"_s));
    QCOMPARE(fields->index(0, 0).data().toString(), u"root_id"_s);
    QCOMPARE(fields->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

QTEST_MAIN(TestSelectDataPage)
#include "tst_selectdatapage.moc"
