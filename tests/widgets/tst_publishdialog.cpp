// SPDX-License-Identifier: MIT
#include "codeview.h"
#include "publish/publishdialog.h"
#include "sampleapiserver.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

ConnectionSettings connection()
{
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/orders"_s;
    settings.name = u"Orders"_s;
    settings.authentication.schema = AuthSchema::Basic;
    settings.authentication.userName = u"analyst"_s;
    settings.authentication.password = u"pa55"_s;
    return settings;
}

} // namespace

class TestPublishDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunShowsMaskedRequest_data();
    void dryRunShowsMaskedRequest();
    void publishesAndSaysHow();
    void listsSpaces();

private:
    SampleApiServer m_server;
};

void TestPublishDialog::initTestCase()
{
    QCOMPARE(m_server.start().error(), QString());
}

void TestPublishDialog::dryRunShowsMaskedRequest_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("cloud") << 0 << u"POST https://tenant.example/api/v1/data-connections"_s;
    QTest::newRow("QRS") << 1 << u"POST https://tenant.example/qrs/dataconnection?xrfkey="_s;
}

void TestPublishDialog::dryRunShowsMaskedRequest()
{
    QFETCH(int, target);
    QFETCH(QString, firstLine);
    PublishDialog dialog(connection());
    dialog.findChild<QComboBox *>(u"targetCombo"_s)->setCurrentIndex(target);
    dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(u"https://tenant.example"_s);
    dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->setText(u"tok-secret"_s);
    dialog.findChild<QPushButton *>(u"dryRunButton"_s)->click();
    const QString shown = dialog.findChild<CodeView *>(u"requestView"_s)->toPlainText();
    QVERIFY2(shown.startsWith(firstLine), qPrintable(shown.left(200)));
    QVERIFY(!shown.contains(u"tok-secret"_s));
    QVERIFY(!shown.contains(u"pa55"_s));
    QVERIFY(shown.contains(u"\"Orders\""_s)); // the connection's name by default
}

void TestPublishDialog::publishesAndSaysHow()
{
    PublishDialog dialog(connection());
    dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(m_server.baseUrl().toString());
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"From the dialog"_s);
    dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->setText(QString::fromLatin1(SampleApiServer::CloudApiKey));
    auto *publish = dialog.findChild<QPushButton *>(u"publishButton"_s);
    auto *result = dialog.findChild<QLabel *>(u"resultLabel"_s);
    publish->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().startsWith(u"\u2714 Created the data connection \"From the dialog\""_s), 10000);
    QVERIFY(result->text().contains(u"CUSTOM CONNECT TO"_s));
    publish->click(); // again: the name is taken now
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"(409)"_s), 10000);
    QVERIFY(publish->isEnabled());
}

void TestPublishDialog::listsSpaces()
{
    PublishDialog dialog(connection());
    dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(m_server.baseUrl().toString());
    dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->setText(QString::fromLatin1(SampleApiServer::CloudApiKey));
    dialog.findChild<QPushButton *>(u"listSpacesButton"_s)->click();
    auto *spaces = dialog.findChild<QComboBox *>(u"spaceCombo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spaces->count(), 2, 10000);
    spaces->setCurrentIndex(1);
    QCOMPARE(dialog.target().spaceId, u"5f0f2b1e8c1a2b0001a1b2c4"_s);
}

QTEST_MAIN(TestPublishDialog)
#include "tst_publishdialog.moc"
