// SPDX-License-Identifier: MIT
#include "codeview.h"
#include "schema/schemapass.h"
#include "script/scriptpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

Schema ordersSchema()
{
    const QByteArray body = R"({"total": 1, "orders": [{"id": 1, "lines": [{"sku": "A"}]}]})"_ba;
    SchemaOptions options;
    SchemaBuilder builder(options.builderOptions());
    return finishedSchema(builder,
        parseBody(builder, std::string_view(body.constData(), body.size()), {}, options, nullptr, true),
        body.size());
}

ConnectionSettings settings()
{
    ConnectionSettings s;
    s.request.url = u"https://api.example.com/orders"_s;
    s.name = u"Orders API"_s;
    s.queryHeaders = {{u"Authorization"_s, u"Bearer s3cret"_s}};
    return s;
}

} // namespace

class TestScriptPage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheWritersScript_data();
    void showsTheWritersScript();
    void secretsOnlyWithConnection();
    void loopOnlyForCustomPagination();
    void savesQvs();
};

void TestScriptPage::showsTheWritersScript_data()
{
    QTest::addColumn<int>("connect"); // index in the combo
    QTest::addColumn<bool>("withConnection");
    QTest::addColumn<QString>("connectLine");
    QTest::newRow("Qlik Sense") << 0 << false << u"\nLIB CONNECT TO 'Orders API';"_s;
    QTest::newRow("QlikView") << 1 << false << u"\nCUSTOM CONNECT TO \"provider=QvRestConnector.exe;"_s;
    QTest::newRow("WITH CONNECTION") << 0 << true << u"\nLIB CONNECT TO 'Orders API';"_s;
}

void TestScriptPage::showsTheWritersScript()
{
    QFETCH(int, connect);
    QFETCH(bool, withConnection);
    QFETCH(QString, connectLine);
    ScriptPage page;
    Selection selection;
    const Schema schema = ordersSchema();
    selection.setTableSelected(schema.tables[schema.indexOf(u"lines")], false);
    page.setInput(settings(), ordersSchema(), selection);
    page.findChild<QComboBox *>(u"connectCombo"_s)->setCurrentIndex(connect);
    page.findChild<QCheckBox *>(u"withConnectionCheck"_s)->setChecked(withConnection);
    const QString shown = page.findChild<CodeView *>(u"scriptView"_s)->toPlainText();
    QVERIFY2((u'\n' + shown).contains(connectLine), qPrintable(shown.left(300)));
    // The secret header's variable is set before the CONNECT line wherever the script carries headers.
    QCOMPARE(shown.startsWith(u"// Set vAuthorization"_s), connect == 1 || withConnection);
    QCOMPARE(shown, writeScript(settings(), ordersSchema(), selection, page.options()));
    QVERIFY(!shown.contains(u"[lines]:"_s)); // unticked on the select-data page
    QCOMPARE(shown.contains(u"WITH CONNECTION"_s), withConnection);
    QVERIFY(!shown.contains(u"s3cret"_s));
}

void TestScriptPage::secretsOnlyWithConnection()
{
    ScriptPage page;
    page.setInput(settings(), ordersSchema(), Selection());
    auto *secrets = page.findChild<QCheckBox *>(u"includeSecretsCheck"_s);
    QVERIFY(!secrets->isEnabled());
    page.findChild<QCheckBox *>(u"withConnectionCheck"_s)->setChecked(true);
    QVERIFY(secrets->isEnabled());
    QVERIFY(page.script().contains(u"HTTPHEADER \"Authorization\" \"$(vAuthorization)\""_s));
    secrets->setChecked(true);
    QVERIFY(page.script().contains(u"\"Bearer s3cret\""_s));
}

void TestScriptPage::loopOnlyForCustomPagination()
{
    ScriptPage page;
    page.setInput(settings(), ordersSchema(), Selection());
    QVERIFY(!page.findChild<QComboBox *>(u"loopCombo"_s)->isVisibleTo(&page));
    ConnectionSettings custom = settings();
    custom.pagination.type = PaginationType::Custom;
    custom.pagination.nextToken.parameterName = u"cursor"_s;
    page.setInput(custom, ordersSchema(), Selection());
    auto *loop = page.findChild<QComboBox *>(u"loopCombo"_s);
    QVERIFY(loop->isVisibleTo(&page));
    QCOMPARE(page.findChild<QLineEdit *>(u"loopParameterEdit"_s)->text(), u"cursor"_s);
    loop->setCurrentIndex(loop->findData(int(ScriptOptions::Loop::NextToken)));
    auto *field = page.findChild<QComboBox *>(u"loopFieldCombo"_s);
    field->setCurrentIndex(field->findData(u"total"_s));
    QVERIFY2(page.script().contains(u"QUERY \"cursor\" \"$(vNextToken)\""_s), qPrintable(page.script()));
    QVERIFY(page.script().contains(u"LOOP WHILE Len('$(vNextToken)') > 0;"_s));
}

void TestScriptPage::savesQvs()
{
    ScriptPage page;
    page.setInput(settings(), ordersSchema(), Selection());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.qvs"_s);
    QVERIFY(page.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), page.script());
    QVERIFY(!page.saveTo(dir.filePath(u"no/such/folder/x.qvs"_s)));
}

QTEST_MAIN(TestScriptPage)
#include "tst_scriptpage.moc"
