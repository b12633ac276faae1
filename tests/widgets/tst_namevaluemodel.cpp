// SPDX-License-Identifier: MIT
#include "namevalueeditor.h"
#include "namevaluemodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestNameValueModel : public QObject
{
    Q_OBJECT

private slots:
    void editsRows_data();
    void editsRows();
    void problemsShowOnTheirRow();
    void keyboardAddsAndRemovesRows();
    void secretValuesAreMasked_data();
    void secretValuesAreMasked();
};

namespace {
QStringList dump(const NameValueModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.index(row, 0).data().toString() + u'=' + model.index(row, 1).data().toString());
    return rows;
}
} // namespace

using Step = std::function<void(NameValueModel &)>;
Q_DECLARE_METATYPE(Step)

void TestNameValueModel::editsRows_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("set rows") << Step([](NameValueModel &) {}) << QStringList {u"a=1"_s, u"b=2"_s};
    QTest::newRow("edit a value") << Step([](NameValueModel &m) { m.setData(m.index(1, 1), u"x"_s); })
                                  << QStringList {u"a=1"_s, u"b=x"_s};
    QTest::newRow("insert at the end") << Step([](NameValueModel &m) { m.insertRows(2, 2); })
                                       << QStringList {u"a=1"_s, u"b=2"_s, u"="_s, u"="_s};
    QTest::newRow("insert in the middle") << Step([](NameValueModel &m) {
        m.insertRows(1, 1);
        m.setData(m.index(1, 0), u"c"_s);
    }) << QStringList {u"a=1"_s, u"c="_s, u"b=2"_s};
    QTest::newRow("remove") << Step([](NameValueModel &m) { m.removeRows(0, 1); }) << QStringList {u"b=2"_s};
    QTest::newRow("out of range changes nothing") << Step([](NameValueModel &m) {
        QVERIFY(!m.removeRows(1, 5));
        QVERIFY(!m.insertRows(7, 1));
        QVERIFY(!m.setData(m.index(9, 0), u"z"_s));
    }) << QStringList {u"a=1"_s, u"b=2"_s};
}

void TestNameValueModel::editsRows()
{
    QFETCH(Step, step);
    QFETCH(QStringList, rows);
    NameValueModel model(u"Name"_s, u"Value"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}});
    step(model);
    QCOMPARE(dump(model), rows);
    QCOMPARE(model.rows().size(), rows.size());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
}

void TestNameValueModel::problemsShowOnTheirRow()
{
    NameValueModel model(u"Name"_s, u"Value"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}});
    QSignalSpy changed(&model, &NameValueModel::dataChanged);
    model.setProblems({{1, u"used twice"_s}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, 0).data(NameValueModel::ProblemRole).toString(), u"used twice"_s);
    QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), u"used twice"_s);
    QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isNull());
    QVERIFY(model.index(0, 0).data(NameValueModel::ProblemRole).toString().isEmpty());
    model.setProblems({{1, u"used twice"_s}});
    QCOMPARE(changed.size(), 1); // nothing new, no signal
}

void TestNameValueModel::keyboardAddsAndRemovesRows()
{
    NameValueEditor editor(u"Name"_s, u"Value"_s);
    QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setRows({{u"a"_s, u"1"_s}});
    QSignalSpy changed(&editor, &NameValueEditor::changed);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Insert);
    QCOMPARE(editor.rows().size(), 2);
    // The name cell of the new row is being edited: type into its editor and commit with Return.
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    QTest::keyClicks(cellEditor, u"X-Api"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    QTRY_COMPARE(editor.rows().value(1).name, u"X-Api"_s); // the delegate commits through a queued call
    editor.view()->setCurrentIndex(editor.model()->index(0, 0));
    editor.view()->selectRow(0);
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QCOMPARE(editor.rows(), (QList<NameValue> {{u"X-Api"_s, QString()}}));
    QVERIFY(changed.size() >= 3);
}

void TestNameValueModel::secretValuesAreMasked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("masked");
    QTest::newRow("Authorization") << u"Authorization"_s << u"Bearer abc"_s << true;
    QTest::newRow("x-api-key") << u"x-api-key"_s << u"k"_s << true;
    QTest::newRow("Refresh-Token") << u"Refresh-Token"_s << u"t"_s << true;
    QTest::newRow("Accept") << u"Accept"_s << u"text/csv"_s << false;
    QTest::newRow("empty secret") << u"Authorization"_s << QString() << false;
}

void TestNameValueModel::secretValuesAreMasked()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, masked);
    NameValueModel model(u"Name"_s, u"Value"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{name, value}});
    model.setSecretsMasked(true);
    const QModelIndex cell = model.index(0, NameValueModel::ValueColumn);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), masked ? NameValueModel::Mask.toString() : value);
    QCOMPARE(cell.data(Qt::EditRole).toString(), value); // editing shows the real value
    QCOMPARE(model.rows().constFirst().value, value); // and it is kept
    model.setSecretsMasked(false);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), value);
}

QTEST_MAIN(TestNameValueModel)
#include "tst_namevaluemodel.moc"
