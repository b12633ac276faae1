// SPDX-License-Identifier: MIT
// File > Import and a dropped file: the document read off the GUI thread, its operations searched and
// chosen, the form filled, what does not carry over listed, and the document's example shown as the
// tables Qlik would build; a bad file leaves the form as it was.
#include "connectiondialog.h"
#include "hostiledocuments.h"
#include "import/apientrymodel.h"
#include "import/importdialog.h"
#include "messagebar.h"
#include "sampleapiserver.h"
#include "secrets/secretstore.h"
#include "selectdata/selectdatapage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void entryModel_data();
    void entryModel();
    void importsTheChosenOperation();
    void searchFiltersAndGreysWhatDoesNotFit_data();
    void searchFiltersAndGreysWhatDoesNotFit();
    void badFilesLeaveTheFormAsItWas_data();
    void badFilesLeaveTheFormAsItWas();
    void bigDocumentIsReadOffTheGuiThread();
    void droppedFileImports();
    void cancelWhileFetchingSaysNothing();
    void importsFromAUrl_data();
    void importsFromAUrl();

private:
    QString write(const QString &name, const QByteArray &content);
    ImportDialog *openImport(ConnectionDialog &dialog, const QString &path);
    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    SampleApiServer m_api;
};

static const QByteArray shop = R"(openapi: 3.0.3
info: {title: Shop, version: '2'}
servers:
  - url: http://127.0.0.1:9/v2
  - url: https://shop.example.com/v2
paths:
  /orders:
    get:
      operationId: listOrders
      summary: List orders
      tags: [orders]
      parameters:
        - {name: offset, in: query}
        - {name: limit, in: query, example: 20}
        - {name: sort, in: query}
      responses:
        '200':
          description: ok
          content:
            application/json:
              example: {total: 2, orders: [{id: 1, lines: [{sku: a}]}, {id: 2, lines: []}]}
  /orders/{orderId}:
    get:
      operationId: getOrder
      summary: One order
      tags: [orders]
      parameters: [{name: orderId, in: path, required: true}]
      responses: {'200': {description: ok}}
    delete:
      operationId: deleteOrder
      summary: Delete an order
      tags: [orders]
      responses: {'204': {description: gone}}
  /stock:
    get:
      operationId: stock
      summary: Stock levels
      tags: [warehouse]
      responses: {'200': {description: ok}}
)";

QString TestImportDialog::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

ImportDialog *TestImportDialog::openImport(ConnectionDialog &dialog, const QString &path)
{
    if (!dialog.importFile(path))
        return nullptr;
    return dialog.findChild<ImportDialog *>(u"importDialog"_s);
}

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_api.start().error(), QString());
}

void TestImportDialog::entryModel_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("some") << 4;
}

void TestImportDialog::entryModel()
{
    QFETCH(int, count);
    ApiEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ApiEntry> entries;
    for (int i = 0; i < count; ++i)
        entries.append({QString::number(i), i % 2 ? u"PUT"_s : u"GET"_s, u"/x/%1"_s.arg(i), u"X %1"_s.arg(i),
            u"g"_s, i % 2 ? u"PUT: Qlik's REST connector sends GET and POST only"_s : QString()});
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.columnCount(), int(ApiEntryModel::ColumnCount));
    for (int i = 0; i < count; ++i) {
        const QModelIndex index = model.index(i, ApiEntryModel::Method);
        QCOMPARE(index.data().toString(), entries[i].method);
        QCOMPARE(index.data(ApiEntryModel::FitsRole).toBool(), entries[i].fits());
        if (!entries[i].fits()) {
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), entries[i].whyNot);
            QVERIFY(index.data(Qt::ForegroundRole).isValid());
        }
    }
}

void TestImportDialog::importsTheChosenOperation()
{
    ConnectionDialog dialog;
    dialog.setSecretStore(&m_store);
    ConnectionSettings before;
    before.name = u"Orders"_s;
    dialog.load(before);
    ImportDialog *import = openImport(dialog, write(u"shop.yaml"_s, shop));
    QVERIFY(import);
    QSignalSpy read(import, &ImportDialog::documentRead);
    QVERIFY(read.wait(10000));
    QVERIFY(import->findChild<QLabel *>(u"importHeading"_s)->text().contains(u"Shop"));
    auto *server = import->findChild<QComboBox *>(u"importServer"_s);
    QCOMPARE(server->count(), 2);
    QVERIFY(!server->isHidden());

    // The first operation that fits is chosen; its pagination guess is offered unticked.
    auto *entries = import->findChild<QTableView *>(u"importEntries"_s);
    QCOMPARE(import->chosenEntry(), 0);
    auto *guess = import->findChild<QCheckBox *>(u"importPaginationGuess"_s);
    QVERIFY(!guess->isHidden());
    QVERIFY(!guess->isChecked());
    QVERIFY2(guess->text().contains(u"Offset"), qPrintable(guess->text()));

    // A path parameter is a field to fill.
    entries->selectRow(1);
    QCOMPARE(import->chosenEntry(), 1);
    auto *parameters = import->findChild<QTableWidget *>(u"importPathParameters"_s);
    QCOMPARE(parameters->rowCount(), 1);
    QCOMPARE(parameters->item(0, 0)->text(), u"orderId"_s);
    parameters->item(0, 1)->setText(u"42"_s);
    server->setCurrentIndex(1);
    import->findChild<QPushButton *>(u"importButton"_s)->click();
    QCOMPARE(dialog.settings().request.url, u"https://shop.example.com/v2/orders/42"_s);
    QCOMPARE(dialog.settings().name, u"Orders"_s); // the connection's own name stays
    QVERIFY2(dialog.messageBar()->text().contains(u"getOrder")
            || dialog.messageBar()->text().contains(u"One order"),
        qPrintable(dialog.messageBar()->text()));

    // Again, the list operation with its guess ticked: pagination set, the example in Select data.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed one goes
    QVERIFY(!dialog.findChild<ImportDialog *>(u"importDialog"_s));
    import = openImport(dialog, m_dir.filePath(u"shop.yaml"_s));
    QVERIFY(import);
    QSignalSpy readAgain(import, &ImportDialog::documentRead);
    QVERIFY(readAgain.wait(10000));
    import->findChild<QCheckBox *>(u"importPaginationGuess"_s)->setChecked(true);
    QSignalSpy parsed(dialog.selectDataPage(), &SelectDataPage::parsed);
    import->findChild<QPushButton *>(u"importButton"_s)->click();
    QCOMPARE(dialog.settings().pagination.type, PaginationType::Offset);
    QCOMPARE(dialog.settings().request.url, u"http://127.0.0.1:9/v2/orders"_s);
    const QString said = dialog.messageBar()->text();
    QVERIFY2(said.contains(u"optional query parameter sort"), qPrintable(said));
    QVERIFY2(said.contains(u"Select data"), qPrintable(said));
    QVERIFY(parsed.wait(10000));
    const Schema &schema = dialog.selectDataPage()->schema();
    QVERIFY(!schema.isEmpty());
    QStringList paths;
    for (const SchemaTable &table : schema.tables)
        paths.append(table.path);
    QVERIFY2(paths.join(u' ').contains(u"orders"), qPrintable(paths.join(u' ')));
    auto *origin = dialog.selectDataPage()->findChild<QLabel *>(u"originLabel"_s);
    QVERIFY(!origin->isHidden());
    QVERIFY(origin->text().contains(u"example"));
}

void TestImportDialog::searchFiltersAndGreysWhatDoesNotFit_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing") << QString() << 4;
    QTest::newRow("by tag") << u"warehouse"_s << 1;
    QTest::newRow("by method, any case") << u"delete"_s << 1;
    QTest::newRow("by path") << u"{orderId}"_s << 2;
    QTest::newRow("no match") << u"zebra"_s << 0;
}

void TestImportDialog::searchFiltersAndGreysWhatDoesNotFit()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    ImportDialog import;
    QSignalSpy read(&import, &ImportDialog::documentRead);
    import.readText(shop, u"shop.yaml"_s);
    QVERIFY(read.wait(10000));
    import.findChild<QLineEdit *>(u"importSearch"_s)->setText(search);
    auto *entries = import.findChild<QTableView *>(u"importEntries"_s);
    QCOMPARE(entries->model()->rowCount(), rows);
    // Choosing the DELETE: greyed, not importable, and the reason is said.
    for (int row = 0; row < entries->model()->rowCount(); ++row) {
        if (entries->model()->index(row, ApiEntryModel::Method).data().toString() == u"DELETE") {
            entries->selectRow(row);
            QVERIFY(!import.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
            QVERIFY(import.findChild<QLabel *>(u"importWhyNot"_s)->text().contains(u"GET and POST only"));
            QVERIFY(!import.importChosen({}));
        }
    }
}

void TestImportDialog::badFilesLeaveTheFormAsItWas_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("truncated YAML") << shop.left(shop.indexOf("summary: One") + 14) + "\n  - ["
                                    << u"not YAML"_s;
    QTest::newRow("anchor bomb") << Testing::yamlAnchorBomb() << u"values"_s;
    QTest::newRow("not an API document") << QByteArray(R"({"hello": "world"})") << u"none of OpenAPI"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
}

void TestImportDialog::badFilesLeaveTheFormAsItWas()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sentence);
    ConnectionDialog dialog;
    dialog.setSecretStore(&m_store);
    ConnectionSettings before;
    before.name = u"Kept"_s;
    before.request.url = u"https://kept.example.com/"_s;
    dialog.load(before);
    const QString statement = dialog.statement();
    ImportDialog *import = openImport(dialog, write(u"bad.yaml"_s, content));
    QVERIFY(import);
    QSignalSpy failed(import, &ImportDialog::failed);
    QVERIFY(failed.wait(20000));
    QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(dialog.messageBar()->text().contains(sentence), qPrintable(dialog.messageBar()->text()));
    QCOMPARE(dialog.statement(), statement);
    QVERIFY(!dialog.importFile(m_dir.filePath(u"missing.yaml"_s)));
    QCOMPARE(dialog.statement(), statement);
}

// 1,000 operations, 10 MB: readText() hands the parse to a worker and returns; the window keeps
// answering (the event loop runs) until the list arrives.
void TestImportDialog::bigDocumentIsReadOffTheGuiThread()
{
    const QByteArray text = Testing::thousandOperationDocument();
    QVERIFY(text.size() > 10 * 1024 * 1024);
    ImportDialog import;
    QSignalSpy read(&import, &ImportDialog::documentRead);
    import.readText(text, u"big.json"_s);
    QVERIFY(import.isReading() || !read.isEmpty());
    QVERIFY(!import.findChild<QLineEdit *>(u"importSearch"_s)->isEnabled()); // until the list is there
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 60000);
    QCOMPARE(import.findChild<QTableView *>(u"importEntries"_s)->model()->rowCount(), 1000);
}

void TestImportDialog::droppedFileImports()
{
    ConnectionDialog dialog;
    dialog.setSecretStore(&m_store);
    const QString path = write(u"session.har"_s,
        R"({"log": {"entries": [{"request": {"method": "GET", "url": "http://127.0.0.1:9/api/stock", "headers": []},
            "response": {"status": 200, "content": {"mimeType": "application/json", "text": "{\"items\": [{\"sku\": \"a\"}]}"}}}]}})");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &drop);
    QTRY_VERIFY(dialog.findChild<ImportDialog *>(u"importDialog"_s));
    auto *import = dialog.findChild<ImportDialog *>(u"importDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(import->document(), 10000);
    import->findChild<QPushButton *>(u"importButton"_s)->click();
    QCOMPARE(dialog.settings().request.url, u"http://127.0.0.1:9/api/stock"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.selectDataPage()->schema().isEmpty(), 10000);
    QVERIFY(dialog.selectDataPage()->findChild<QLabel *>(u"originLabel"_s)->text().contains(u"recorded"));
}

void TestImportDialog::importsFromAUrl_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sentence"); // empty: it imports
    QTest::newRow("the sample API's own description") << u"/openapi.yaml"_s << QString();
    QTest::newRow("404") << u"/fault/404"_s << u"answered 404"_s;
    QTest::newRow("an HTML page") << u"/fault/wrong-type"_s << u"HTML"_s;
}

// File > Import from URL: fetched in the background, then read as a file; a failure says so and
// leaves the form.
void TestImportDialog::importsFromAUrl()
{
    QFETCH(QString, path);
    QFETCH(QString, sentence);
    ConnectionDialog dialog;
    dialog.setSecretStore(&m_store);
    const QString statement = dialog.statement();
    QVERIFY(dialog.importFile(m_api.baseUrl().toString() + path));
    auto *import = dialog.findChild<ImportDialog *>(u"importDialog"_s);
    QVERIFY(import);
    QVERIFY(import->isReading());
    if (!sentence.isEmpty()) {
        QSignalSpy failed(import, &ImportDialog::failed);
        QVERIFY(failed.wait(20000));
        QVERIFY2(dialog.messageBar()->text().contains(sentence), qPrintable(dialog.messageBar()->text()));
        QCOMPARE(dialog.statement(), statement);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(import->document(), 20000);
    const int orders = import->document()->find(u"listOrders"_s);
    QVERIFY(orders >= 0);
    auto *entries = import->findChild<QTableView *>(u"importEntries"_s);
    for (int row = 0; row < entries->model()->rowCount(); ++row) {
        if (entries->model()->index(row, ApiEntryModel::Target).data().toString() == u"/orders")
            entries->selectRow(row);
    }
    QCOMPARE(import->chosenEntry(), orders);
    import->findChild<QPushButton *>(u"importButton"_s)->click();
    QCOMPARE(dialog.settings().request.url, m_api.baseUrl().toString() + u"/orders"_s);
}

// Cancel during a slow download: the dialog goes, the form stays, and no error follows it.
void TestImportDialog::cancelWhileFetchingSaysNothing()
{
    ConnectionDialog dialog;
    dialog.setSecretStore(&m_store);
    const QString statement = dialog.statement();
    QVERIFY(dialog.importFile(m_api.baseUrl().toString() + u"/fault/slow?ms=3000"_s));
    auto *import = dialog.findChild<ImportDialog *>(u"importDialog"_s);
    QVERIFY(import);
    QSignalSpy failed(import, &ImportDialog::failed);
    QTest::qWait(100);
    QVERIFY(import->isReading());
    import->reject();
    QTest::qWait(500);
    QVERIFY(failed.isEmpty());
    QVERIFY(dialog.messageBar()->text().isEmpty() || dialog.messageBar()->kind() != MessageBar::Kind::Error);
    QCOMPARE(dialog.statement(), statement);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
