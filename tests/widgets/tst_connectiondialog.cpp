// SPDX-License-Identifier: MIT
#include "authenticationsection.h"
#include "connectiondialog.h"
#include "connectionfile.h"
#include "connectionsection.h"
#include "connectionstring.h"
#include "connectionstringkeys.h"
#include "fieldid.h"
#include "messagebar.h"
#include "namevalueeditor.h"
#include "namevaluemodel.h"
#include "sampleapiserver.h"
#include "secrets/secretstore.h"
#include "selectdata/selectdatapage.h"
#include "settingsdump.h"
#include "settingsedits.h"
#include "testresultview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

namespace {

// Every field of the form, by the objectName its widget carries: the key table's fields plus those a
// Qlik Sense string does not carry.
// Every field of the catalogue but the provider, which the form does not show (it is always Qlik's).
QStringList allFields()
{
    QStringList fields;
    for (const QStringView field : FieldId::All) {
        if (field != FieldId::Provider)
            fields.append(field.toString());
    }
    return fields;
}

// Sets a control the way a user does: a combo box to the item of that value, a check box on or off.
void set(ConnectionDialog &dialog, const QString &name, const QVariant &value)
{
    QWidget *widget = dialog.findChild<QWidget *>(name);
    QVERIFY2(widget, qPrintable(name));
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(name));
        combo->setCurrentIndex(index);
    } else if (auto *box = qobject_cast<QCheckBox *>(widget)) {
        box->setChecked(value.toBool());
    } else {
        QFAIL(qPrintable(u"cannot set "_s + name));
    }
}

QStringList paginationFields(PaginationType type)
{
    QStringList fields;
    for (const auto &key : ConnectionStringKeys::all()) {
        if (key.placement == ConnectionStringKeys::Placement::Pagination && key.paginationType == type)
            fields.append(key.field.toString());
    }
    return fields;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyFieldIsReachable_data();
    void everyFieldIsReachable();
    void visibility_data();
    void visibility();
    void tokenRowsFollowTheChoices_data();
    void tokenRowsFollowTheChoices();
    void currentWindowsUserIsOfferedDisabled();
    void loadThenSaveKeepsEveryField_data();
    void loadThenSaveKeepsEveryField();
    void duplicateNameIsFlagged();
    void urlDecidesCreate_data();
    void urlDecidesCreate();
    void pasteFillsTheForm();
    void pasteErrorSaysWhere();
    void getTokenShowsTheAnswerMasked();
    void undoTakesBackTypingChoicesAndPastes();
    void statementPaneMatchesTheWriter_data();
    void statementPaneMatchesTheWriter();
    void filesKeepNoSecrets();
    void draftIsOfferedBack();
    void draftCanBeDiscarded();
    void recentFilesReopen();
    void sectionsCollapse();
    void tablesHaveModelsThatBehave();
    void testConnectionShowsTheResult_data();
    void testConnectionShowsTheResult();
    void selectDataFromTheMenu();
    void secretHeadersAreMaskedUntilShown();
    void rememberedSecretsComeBack_data();
    void rememberedSecretsComeBack();
    void missingPasswordIsAskedFor_data();
    void missingPasswordIsAskedFor();
    void testConnectionCanBeCanceled();
    void basicHeaderIsOfferedWhenTheServerNeverAsks();
    void curlCommandFillsTheForm_data();
    void curlCommandFillsTheForm();

private:
    QTemporaryDir m_dir;
    SampleApiServer m_api;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"QonduitTest"_s);
    QApplication::setApplicationName(u"tst_connectiondialog"_s);
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_api.start().error(), QString());
}

void TestConnectionDialog::init()
{
    QFile::remove(ConnectionDialog::draftPath());
}

void TestConnectionDialog::everyFieldIsReachable_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : allFields())
        QTest::newRow(qPrintable(field)) << field;
}

// Every field has its objectName, a tooltip, an accessible name, and is reached with Tab.
void TestConnectionDialog::everyFieldIsReachable()
{
    QFETCH(QString, field);
    ConnectionDialog dialog;
    QWidget *widget = dialog.findChild<QWidget *>(field);
    QVERIFY2(widget, qPrintable(u"no widget named "_s + field));
    QVERIFY(!widget->toolTip().isEmpty());
    QVERIFY(!widget->accessibleName().isEmpty());
    QWidget *focusable = widget;
    if (auto *editor = qobject_cast<NameValueEditor *>(widget))
        focusable = editor->view();
    QVERIFY(focusable->focusPolicy() & Qt::TabFocus);
    // A mnemonic: in the check box's text or in the label that leads to the field.
    bool hasMnemonic = false;
    if (auto *box = qobject_cast<QCheckBox *>(widget))
        hasMnemonic = box->text().contains(u'&');
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == focusable && label->text().contains(u'&'))
            hasMnemonic = true;
    }
    // Pagination check boxes are many and alike; they are reached with Tab like every field.
    if (!field.startsWith(u"pagination."_s) || !qobject_cast<QCheckBox *>(widget))
        QVERIFY2(hasMnemonic, qPrintable(field + u" has no mnemonic"_s));
}

void TestConnectionDialog::visibility_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    const QStringList postOnly {
        u"request.requestBody"_s, u"request.bodyEncoding"_s, u"request.sendExpect100Continue"_s};
    QTest::newRow("GET hides the body")
        << u"request.method"_s << QVariant(int(HttpMethod::Get)) << QStringList {} << postOnly;
    QTest::newRow("POST shows the body")
        << u"request.method"_s << QVariant(int(HttpMethod::Post)) << postOnly << QStringList {};
    QTest::newRow("HTTP 1.1 hides keep-alive")
        << u"request.httpProtocol"_s << QVariant(int(HttpProtocol::Http11)) << QStringList {}
        << QStringList {u"request.keepAlive"_s};
    QTest::newRow("HTTP 1.0 shows keep-alive")
        << u"request.httpProtocol"_s << QVariant(int(HttpProtocol::Http10))
        << QStringList {u"request.keepAlive"_s} << QStringList {};
    const QStringList credentials {u"authentication.userName"_s, u"authentication.password"_s};
    QTest::newRow("anonymous") << u"authentication.schema"_s << QVariant(int(AuthSchema::Anonymous))
                               << QStringList {} << credentials;
    QTest::newRow("basic") << u"authentication.schema"_s << QVariant(int(AuthSchema::Basic)) << credentials
                           << QStringList {};
    QTest::newRow("digest") << u"authentication.schema"_s << QVariant(int(AuthSchema::Digest)) << credentials
                            << QStringList {};
    QTest::newRow("ntlm") << u"authentication.schema"_s << QVariant(int(AuthSchema::Ntlm)) << credentials
                          << QStringList {};
    QTest::newRow("current windows user")
        << u"authentication.schema"_s << QVariant(int(AuthSchema::CurrentWindowsUser)) << QStringList {}
        << credentials;
    const QStringList installed {
        u"certificates.storeLocation"_s, u"certificates.storeName"_s, u"certificates.certificateName"_s};
    const QStringList fromFile {u"certificates.pfxFilePath"_s, u"certificates.pfxPassword"_s};
    QTest::newRow("no certificate") << u"certificates.source"_s << QVariant(int(CertificateSource::None))
                                    << QStringList {} << installed + fromFile;
    QTest::newRow("installed certificate")
        << u"certificates.source"_s << QVariant(int(CertificateSource::Installed)) << installed << fromFile;
    QTest::newRow("certificate from file")
        << u"certificates.source"_s << QVariant(int(CertificateSource::FromFile)) << fromFile << installed;
    const QList<PaginationType> types {PaginationType::None, PaginationType::Offset, PaginationType::NextPage,
        PaginationType::NextToken, PaginationType::NextUrl, PaginationType::Custom};
    for (const PaginationType type : types) {
        QStringList others;
        for (const PaginationType other : types) {
            if (other != type)
                others += paginationFields(other);
        }
        QTest::addRow("pagination %s", qPrintable(Qlik::toWord(type)))
            << u"pagination.type"_s << QVariant(int(type)) << paginationFields(type) << others;
    }
    const QStringList proxy {u"proxy.address"_s, u"proxy.bypassOnLocal"_s, u"proxy.useDefaultCredentials"_s};
    QTest::newRow("no proxy") << u"proxy.useProxy"_s << QVariant(false) << QStringList {} << proxy;
    QTest::newRow("proxy") << u"proxy.useProxy"_s << QVariant(true) << proxy << QStringList {};
}

void TestConnectionDialog::visibility()
{
    QFETCH(QString, control);
    QFETCH(QVariant, value);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    ConnectionDialog dialog;
    // Start from the other choice, so that the change itself must show and hide.
    ConnectionSettings start;
    start.request.method = HttpMethod::Post;
    start.request.httpProtocol = HttpProtocol::Http10;
    start.authentication.schema = AuthSchema::Basic;
    start.certificates.source = CertificateSource::Installed;
    start.pagination.type = PaginationType::Offset;
    start.proxy.useProxy = true;
    dialog.load(start);
    set(dialog, control, value);
    for (const QString &field : shown)
        QVERIFY2(
            dialog.findChild<QWidget *>(field)->isVisibleTo(&dialog), qPrintable(field + u" is hidden"_s));
    for (const QString &field : hidden)
        QVERIFY2(
            !dialog.findChild<QWidget *>(field)->isVisibleTo(&dialog), qPrintable(field + u" is shown"_s));
}

void TestConnectionDialog::tokenRowsFollowTheChoices_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("method");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    const QStringList both {u"token.url"_s, u"token.tokenPath"_s, u"token.placement"_s};
    const QStringList oauth {u"token.grant"_s, u"token.clientId"_s, u"token.clientSecret"_s, u"token.scope"_s,
        u"token.extraFields"_s};
    const QStringList request {u"token.method"_s, u"token.headers"_s};
    const QString body = u"token.body"_s;
    QTest::newRow("no token") << int(TokenSource::None) << int(HttpMethod::Post) << QStringList {}
                              << both + oauth + request + QStringList {body};
    QTest::newRow("OAuth 2.0") << int(TokenSource::OAuth2) << int(HttpMethod::Post) << both + oauth
                               << request + QStringList {body};
    QTest::newRow("another request, POST")
        << int(TokenSource::Request) << int(HttpMethod::Post) << both + request + QStringList {body} << oauth;
    QTest::newRow("another request, GET has no body")
        << int(TokenSource::Request) << int(HttpMethod::Get) << both + request << oauth + QStringList {body};
}

// The token's rows appear as its source and method need them: the request's own method, body and
// headers were once kept from the file only, with no row to see or change them.
void TestConnectionDialog::tokenRowsFollowTheChoices()
{
    QFETCH(int, source);
    QFETCH(int, method);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    ConnectionDialog dialog;
    ConnectionSettings start;
    start.token.source = source == int(TokenSource::Request) ? TokenSource::OAuth2 : TokenSource::Request;
    start.token.method = method == int(HttpMethod::Post) ? HttpMethod::Get : HttpMethod::Post;
    dialog.load(start);
    set(dialog, u"token.source"_s, source);
    set(dialog, u"token.method"_s, method);
    for (const QString &field : shown)
        QVERIFY2(
            dialog.findChild<QWidget *>(field)->isVisibleTo(&dialog), qPrintable(field + u" is hidden"_s));
    for (const QString &field : hidden)
        QVERIFY2(
            !dialog.findChild<QWidget *>(field)->isVisibleTo(&dialog), qPrintable(field + u" is shown"_s));
    // What the rows hold is what is saved.
    auto *bodyEdit = dialog.findChild<QPlainTextEdit *>(u"token.body"_s);
    QVERIFY(bodyEdit);
    bodyEdit->setPlainText(u"{\"user\": \"$(vUser)\"}"_s);
    QCOMPARE(dialog.settings().token.method, HttpMethod(method));
    QCOMPARE(dialog.settings().token.body, u"{\"user\": \"$(vUser)\"}"_s);
}

void TestConnectionDialog::currentWindowsUserIsOfferedDisabled()
{
    ConnectionDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(u"authentication.schema"_s);
    QVERIFY(combo);
    const int index = combo->findData(int(AuthSchema::CurrentWindowsUser));
    QVERIFY(index >= 0);
    const QStandardItem *item = qobject_cast<QStandardItemModel *>(combo->model())->item(index);
    QCOMPARE(item->isEnabled(), AuthenticationSection::currentWindowsUserAvailable());
    if (!AuthenticationSection::currentWindowsUserAvailable())
        QVERIFY(item->toolTip().contains(u"Windows"_s));
}

void TestConnectionDialog::loadThenSaveKeepsEveryField_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    for (const auto &[name, edit] : oneEditPerField())
        QTest::newRow(name) << edit;
    QTest::newRow("secrets") << SettingsEdit([](ConnectionSettings &s) {
        s.authentication.password = u"hunter2"_s;
        s.certificates.pfxPassword = u"pfx"_s;
    });
    QTest::newRow("all at once") << SettingsEdit([](ConnectionSettings &s) {
        for (const auto &[name, edit] : oneEditPerField())
            edit(s);
        s.authentication.password = u"hunter2"_s;
    });
    QTest::newRow("a string with its layout") << SettingsEdit([](ConnectionSettings &s) {
        s = ConnectionString::read(
            u"Provider=QvRestConnector.exe;url=https://h/p?q%2%u;futureKey=1;timeout=0;"
            "keyGenerationStrategy=-1;PaginationType=Custom;OffsetStartField=x"_s)
                .value();
    });
}

void TestConnectionDialog::loadThenSaveKeepsEveryField()
{
    QFETCH(SettingsEdit, edit);
    ConnectionSettings settings;
    edit(settings);
    ConnectionDialog dialog;
    dialog.load(settings);
    QCOMPARE(dump(dialog.settings()), dump(settings));
    QVERIFY(dialog.settings() == settings);
    QVERIFY(!dialog.isWindowModified());
}

void TestConnectionDialog::duplicateNameIsFlagged()
{
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/"_s;
    dialog.load(settings);
    auto *add = dialog.findChild<QToolButton *>(u"queryParameters.add"_s);
    auto *table = dialog.findChild<QTableView *>(u"queryParameters.table"_s);
    QVERIFY(add && table);
    QAbstractItemModel *model = table->model();
    for (const QString &name : {u"page"_s, u"page"_s}) {
        QTest::mouseClick(add, Qt::LeftButton);
        model->setData(model->index(model->rowCount() - 1, 0), name);
    }
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->index(0, 0).data(NameValueModel::ProblemRole).toString().isEmpty());
    QVERIFY(model->index(1, 0)
                .data(NameValueModel::ProblemRole)
                .toString()
                .contains(u"\"page\" is used in rows 1 and 2"_s));
    auto *problem = dialog.findChild<QLabel *>(u"queryParameters.problem"_s);
    QVERIFY(problem->isVisibleTo(&dialog));
    QVERIFY(problem->text().contains(u"names must be unique"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"createButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QWidget *>(u"section.queryParameters.toggle"_s)
                ->accessibleName()
                .contains(u"1 problem"_s));

    model->setData(model->index(1, 0), u"size"_s);
    QVERIFY(model->index(1, 0).data(NameValueModel::ProblemRole).toString().isEmpty());
    QVERIFY(!problem->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QPushButton *>(u"createButton"_s)->isEnabled());
}

void TestConnectionDialog::urlDecidesCreate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("canCreate");
    QTest::addColumn<QString>("problem");
    QTest::newRow("https") << u"https://api.example.com/orders"_s << true << QString();
    QTest::newRow("http") << u"http://localhost:8080/orders"_s << true << QString();
    QTest::newRow("ftp") << u"ftp://files.example.com/"_s << false
                         << u"must start with http:// or https://"_s;
    QTest::newRow("no scheme") << u"api.example.com/orders"_s << false << u"must start with http://"_s;
    QTest::newRow("empty") << QString() << false << u"Enter a URL"_s;
}

void TestConnectionDialog::urlDecidesCreate()
{
    QFETCH(QString, url);
    QFETCH(bool, canCreate);
    QFETCH(QString, problem);
    ConnectionDialog dialog;
    auto *edit = dialog.findChild<QLineEdit *>(u"request.url"_s);
    edit->clear();
    QTest::keyClicks(edit, url);
    QCOMPARE(dialog.findChild<QPushButton *>(u"createButton"_s)->isEnabled(), canCreate);
    auto *label = dialog.findChild<QLabel *>(u"request.url.problem"_s);
    QCOMPARE(label->isVisibleTo(&dialog), !problem.isEmpty());
    QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
    QCOMPARE(dialog.findChild<QToolButton *>(u"problemsButton"_s)->text().contains(u"to fix"_s), !canCreate);
    QVERIFY(dialog.isWindowModified() || url.isEmpty());
}

void TestConnectionDialog::pasteFillsTheForm()
{
    ConnectionDialog dialog;
    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Orders API"_s);
    const QString statement
        = u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://api.example.com/v2;"
          "timeout=60;method=POST;requestBody=a%2b;authSchema=basic;PaginationType=NextUrl;"
          "NextUrlFieldPath=links/next;queryHeaders=Accept%2application/json;\";"_s;
    QGuiApplication::clipboard()->setText(statement);
    QAction *paste = dialog.findChild<QAction *>(u"pasteConnectionAction"_s);
    QVERIFY(paste);
    QCOMPARE(paste->shortcut(), QKeySequence(u"Ctrl+Shift+V"_s));
    paste->trigger();
    QCOMPARE(dialog.findChild<QLineEdit *>(u"request.url"_s)->text(), u"https://api.example.com/v2"_s);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"request.requestBody"_s)->toPlainText(), u"a=b"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"pagination.type"_s)->currentData().toInt(),
        int(PaginationType::NextUrl));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"pagination.nextUrl.fieldPath"_s)->text(), u"links/next"_s);
    QVERIFY(dialog.findChild<QWidget *>(u"authentication.userName"_s)->isVisibleTo(&dialog));
    QCOMPARE(dialog.findChild<NameValueEditor *>(u"queryHeaders"_s)->rows(),
        (QList<NameValue> {{u"Accept"_s, u"application/json"_s}}));
    QCOMPARE(dialog.settings().name, u"Orders API"_s); // a string has no name: the form's stays
    // The pasted string comes back byte for byte.
    QCOMPARE(dialog.statement(), statement);
    QVERIFY(dialog.isWindowModified());
}

void TestConnectionDialog::undoTakesBackTypingChoicesAndPastes()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *url = dialog.findChild<QLineEdit *>(u"request.url"_s);
    auto *method = dialog.findChild<QComboBox *>(u"request.method"_s);
    QAction *undo = dialog.findChild<QAction *>(u"undoAction"_s);
    QAction *redo = dialog.findChild<QAction *>(u"redoAction"_s);
    QVERIFY(url && method && undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());

    url->setFocus();
    QTest::keyClicks(url, u"https://a"_s); // nine keys, one step
    method->setFocus();
    method->setCurrentIndex(method->findData(int(HttpMethod::Post)));
    QGuiApplication::clipboard()->setText(
        u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://p/q;\";"_s);
    dialog.findChild<QAction *>(u"pasteConnectionAction"_s)->trigger();
    QCOMPARE(url->text(), u"https://p/q"_s);

    QVERIFY(undo->isEnabled());
    undo->trigger(); // the paste
    QCOMPARE(url->text(), u"https://a"_s);
    QCOMPARE(method->currentData().toInt(), int(HttpMethod::Post));
    undo->trigger(); // the choice
    QCOMPARE(method->currentData().toInt(), int(HttpMethod::Get));
    QCOMPARE(url->text(), u"https://a"_s);
    QVERIFY(dialog.isWindowModified());
    undo->trigger(); // the typing, all of it
    QCOMPARE(url->text(), QString());
    QVERIFY(!undo->isEnabled());
    QVERIFY(!dialog.isWindowModified()); // as it was opened
    QCOMPARE(dialog.statement(), ConnectionString::writeStatement(ConnectionSettings()));

    QVERIFY(redo->isEnabled());
    redo->trigger();
    redo->trigger();
    QCOMPARE(url->text(), u"https://a"_s);
    QCOMPARE(method->currentData().toInt(), int(HttpMethod::Post));
    QVERIFY(dialog.isWindowModified());
    // A new edit after undo drops what could be redone.
    undo->trigger();
    url->setFocus();
    QTest::keyClicks(url, u"b"_s);
    QVERIFY(!redo->isEnabled());
    QCOMPARE(url->text(), u"https://ab"_s);
}

void TestConnectionDialog::getTokenShowsTheAnswerMasked()
{
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/oauth/orders"_s;
    settings.token.source = TokenSource::OAuth2;
    settings.token.url = m_api.baseUrl().toString() + u"/oauth/token?expires_in=900"_s;
    settings.token.clientId = QString::fromLatin1(SampleApiServer::ClientId);
    settings.token.clientSecret = QString::fromLatin1(SampleApiServer::ClientSecret);
    dialog.load(settings);
    QCOMPARE(dialog.settings().token, settings.token); // every token field round-trips through the form
    auto *get = dialog.findChild<QPushButton *>(u"getTokenButton"_s);
    auto *note = dialog.findChild<QLabel *>(u"token.note"_s);
    QVERIFY(get && note);
    QVERIFY(get->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QWidget *>(u"token.password"_s)->isVisibleTo(&dialog)); // client credentials
    get->click();
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"Got a token (200), valid for 900 seconds"_s), 10000);
    QVERIFY2(note->text().contains(u"token_type: Bearer"_s), qPrintable(note->text()));
    QVERIFY2(!note->text().contains(u"at-"_s), qPrintable(note->text())); // the token itself stays masked

    // A wrong secret is one sentence, where the answer was.
    dialog.findChild<QLineEdit *>(u"token.clientSecret"_s)->setText(u"wrong"_s);
    get->click();
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"invalid_client"_s), 10000);
    set(dialog, u"token.source"_s, int(TokenSource::None));
    QVERIFY(!get->isVisibleTo(&dialog));
}

void TestConnectionDialog::pasteErrorSaysWhere()
{
    ConnectionDialog dialog;
    ConnectionSettings before;
    before.request.url = u"https://kept.example.com/"_s;
    dialog.load(before);
    QVERIFY(!dialog.pasteConnection(u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;timeout=abc;\";"_s));
    QVERIFY(dialog.messageBar()->isVisibleTo(&dialog));
    QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(dialog.messageBar()->text().contains(u"character 57, key timeout"_s),
        qPrintable(dialog.messageBar()->text()));
    QCOMPARE(dialog.settings().request.url, u"https://kept.example.com/"_s); // nothing lost
}

void TestConnectionDialog::statementPaneMatchesTheWriter_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    for (const auto &[name, edit] : oneEditPerField())
        QTest::newRow(name) << edit;
}

void TestConnectionDialog::statementPaneMatchesTheWriter()
{
    QFETCH(SettingsEdit, edit);
    ConnectionDialog dialog;
    ConnectionSettings settings;
    edit(settings);
    dialog.load(settings);
    auto *pane = dialog.findChild<QPlainTextEdit *>(u"statementView"_s);
    QCOMPARE(pane->toPlainText(), ConnectionString::writeStatement(settings));
    // And it follows what the user types.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"request.url"_s), u"/more"_s);
    QCOMPARE(pane->toPlainText(), ConnectionString::writeStatement(dialog.settings()));
    QVERIFY(pane->toPlainText().contains(QlikEscape::escape(settings.request.url + u"/more"_s)));
}

void TestConnectionDialog::filesKeepNoSecrets()
{
    ConnectionDialog dialog;
    ConnectionSettings settings;
    for (const auto &[name, edit] : oneEditPerField())
        edit(settings);
    settings.authentication.password = u"hunter2"_s;
    settings.certificates.pfxPassword = u"pfx-secret"_s;
    dialog.load(settings);
    const QString path = m_dir.filePath(u"orders.qonduit"_s);
    QVERIFY(dialog.saveFile(path));
    QCOMPARE(dialog.currentFile(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(!bytes.contains("pfx-secret"));

    ConnectionDialog reopened;
    QVERIFY(reopened.openFile(path));
    settings.authentication.password.clear();
    settings.certificates.pfxPassword.clear();
    QCOMPARE(dump(reopened.settings()), dump(settings));
    QVERIFY(!reopened.openFile(m_dir.filePath(u"missing.qonduit"_s)));
    QVERIFY(reopened.messageBar()->text().contains(u"Cannot open"_s));
    QCOMPARE(dump(reopened.settings()), dump(settings)); // a failed open loses nothing
}

void TestConnectionDialog::draftIsOfferedBack()
{
    {
        ConnectionDialog crashed;
        QTest::keyClicks(crashed.findChild<QLineEdit *>(u"request.url"_s), u"https://draft.example.com/"_s);
        crashed.findChild<QComboBox *>(u"authentication.schema"_s)->setCurrentIndex(1);
        QTest::keyClicks(crashed.findChild<QLineEdit *>(u"authentication.password"_s), u"hunter2"_s);
        QTRY_VERIFY(QFile::exists(ConnectionDialog::draftPath()));
        crashed.saveDraftNow();
        // No Cancel, no Create: as if the program died here.
        crashed.setConfirm([](const QString &) { return true; });
        QFile draft(ConnectionDialog::draftPath());
        QVERIFY(draft.open(QIODevice::ReadOnly));
        QVERIFY(!draft.readAll().contains("hunter2"));
        draft.close();
        QFile::copy(ConnectionDialog::draftPath(), m_dir.filePath(u"draft.copy"_s));
    }
    QFile::remove(ConnectionDialog::draftPath());
    QFile::copy(m_dir.filePath(u"draft.copy"_s), ConnectionDialog::draftPath());

    ConnectionDialog next;
    QVERIFY(next.offerDraft());
    QVERIFY(next.messageBar()->text().contains(u"did not close normally"_s));
    auto *restore = next.findChild<QPushButton *>(u"restoreDraftButton"_s);
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(next.settings().request.url, u"https://draft.example.com/"_s);
    QVERIFY(next.isWindowModified());

    // Closing on purpose ends the draft.
    next.setConfirm([](const QString &) { return true; });
    next.reject();
    QVERIFY(!QFile::exists(ConnectionDialog::draftPath()));
    ConnectionDialog clean;
    QVERIFY(!clean.offerDraft());
}

void TestConnectionDialog::draftCanBeDiscarded()
{
    {
        ConnectionDialog crashed;
        QTest::keyClicks(crashed.findChild<QLineEdit *>(u"request.url"_s), u"https://gone.example.com/"_s);
        crashed.saveDraftNow();
        QFile::copy(ConnectionDialog::draftPath(), m_dir.filePath(u"draft2.copy"_s));
        crashed.setConfirm([](const QString &) { return true; });
    }
    QFile::remove(ConnectionDialog::draftPath());
    QFile::copy(m_dir.filePath(u"draft2.copy"_s), ConnectionDialog::draftPath());
    ConnectionDialog next;
    QVERIFY(next.offerDraft());
    QTest::mouseClick(next.findChild<QPushButton *>(u"discardDraftButton"_s), Qt::LeftButton);
    QVERIFY(!QFile::exists(ConnectionDialog::draftPath()));
    QVERIFY(next.settings().request.url.isEmpty()); // the form is left as it was
}

void TestConnectionDialog::recentFilesReopen()
{
    QSettings().remove(u"recentFiles"_s);
    const QString first = m_dir.filePath(u"first.qonduit"_s);
    const QString second = m_dir.filePath(u"second.qonduit"_s);
    ConnectionDialog dialog;
    dialog.setConfirm([](const QString &) { return true; });
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"request.url"_s), u"https://first.example.com/"_s);
    QVERIFY(dialog.saveFile(first));
    dialog.findChild<QLineEdit *>(u"request.url"_s)->setText(u"https://second.example.com/"_s);
    QVERIFY(dialog.saveFile(second));
    QCOMPARE(
        QSettings().value(u"recentFiles"_s).toStringList(), (QStringList {second, first})); // newest first

    auto *menu = dialog.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().last()->text(), u"first.qonduit"_s);
    menu->actions().last()->trigger();
    QCOMPARE(dialog.settings().request.url, u"https://first.example.com/"_s);
    QCOMPARE(dialog.currentFile(), first);
    QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList().first(), first);
}

void TestConnectionDialog::sectionsCollapse()
{
    ConnectionDialog dialog;
    for (ConnectionSection *section : dialog.sections()) {
        auto *toggle = dialog.findChild<QToolButton *>(section->objectName() + u".toggle"_s);
        QVERIFY2(toggle, qPrintable(section->objectName()));
        QVERIFY(section->isVisibleTo(&dialog));
        toggle->click();
        QVERIFY(!section->isVisibleTo(&dialog));
        QVERIFY(dialog.showSection(section->id()));
        QVERIFY(section->isVisibleTo(&dialog));
    }
    QVERIFY(!dialog.showSection(u"nonsense"_s));
    QCOMPARE(dialog.sections().size(), 10); // Qlik's nine and the variables
}

void TestConnectionDialog::tablesHaveModelsThatBehave()
{
    ConnectionDialog dialog;
    for (const QString &field :
        {u"trustedLocations"_s, u"queryParameters"_s, u"queryHeaders"_s, u"security.whitelist"_s}) {
        auto *editor = dialog.findChild<NameValueEditor *>(field);
        QVERIFY2(editor, qPrintable(field));
        QAbstractItemModelTester tester(
            editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor->addRow();
        editor->model()->setData(editor->model()->index(0, 0), u"a"_s);
        editor->model()->setData(editor->model()->index(0, 1), u"https://a.example.com/"_s);
        editor->removeSelectedRows();
        QCOMPARE(editor->rows().size(), 0);
    }
}

void TestConnectionDialog::testConnectionShowsTheResult_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("body");
    QTest::newRow("json") << u"/orders"_s << u"\u2714 Connected: 200 OK, JSON"_s << u"\n    \"orders\": ["_s;
    QTest::newRow("xml") << u"/catalog.xml"_s << u"\u2714 Connected: 200 OK, XML"_s
                         << u"\n  <product id=\"A-100\""_s;
    QTest::newRow("404") << u"/fault/404"_s << u"\u2716 Not found (404)"_s << u"not found"_s;
    QTest::newRow("refused") << u"http://127.0.0.1:1/"_s << u"\u2716 Nothing answers at 127.0.0.1:1"_s
                             << QString();
}

void TestConnectionDialog::testConnectionShowsTheResult()
{
    QFETCH(QString, path);
    QFETCH(QString, sentence);
    QFETCH(QString, body);
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = path.startsWith(u"http"_s) ? path : m_api.baseUrl().toString() + path;
    dialog.load(settings);
    auto *button = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // one test at a time
    auto *line = dialog.findChild<QLabel *>(u"testResult.sentence"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(line->text().startsWith(sentence), qPrintable(line->text()), 10000);
    QVERIFY(button->isEnabled());
    // A successful test goes on to the select-data page, as Qlik's Add data does; the back button
    // returns to the form with the test result.
    auto *pages = dialog.findChild<QStackedWidget *>(u"pages"_s);
    const bool succeeded = sentence.startsWith(u'\u2714');
    QCOMPARE(pages->currentWidget() == dialog.selectDataPage(), succeeded);
    if (succeeded) {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.selectDataPage()->schema().tables.isEmpty(), 10000);
        dialog.findChild<QPushButton *>(u"backButton"_s)->click();
    }
    QVERIFY(dialog.findChild<QWidget *>(u"testResult.details"_s)->isVisibleTo(&dialog));
    auto *bodyView = dialog.findChild<QPlainTextEdit *>(u"testResult.body"_s);
    QTRY_VERIFY2(bodyView->toPlainText().contains(body), qPrintable(bodyView->toPlainText().left(200)));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"testResult.summary"_s)->toPlainText().contains(u"URL: "_s));
}

// A server that answers 404 instead of asking: the result offers the Authorization: Basic query header,
// which Qlik users add by hand; taking it makes the next test succeed, and no file holds the secret.
void TestConnectionDialog::basicHeaderIsOfferedWhenTheServerNeverAsks()
{
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/auth/basic-404"_s;
    settings.authentication = {AuthSchema::Basic, QString::fromLatin1(SampleApiServer::UserName),
        QString::fromLatin1(SampleApiServer::Password)};
    dialog.load(settings);
    auto *add = dialog.findChild<QPushButton *>(u"testResult.addSuggestedHeader"_s);
    QVERIFY(add);
    dialog.testConnection();
    auto *line = dialog.findChild<QLabel *>(u"testResult.sentence"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        line->text().contains(u"without asking for credentials"_s), qPrintable(line->text()), 10000);
    QVERIFY(add->isVisibleTo(&dialog));
    add->click();
    QCOMPARE(dialog.settings().queryHeaders.size(), 1);
    QCOMPARE(dialog.settings().queryHeaders[0].name, u"Authorization"_s);
    QVERIFY(!ConnectionFile::write(dialog.settings()).contains("YW5hbHlzdDpzM2NyZXQ=")); // a secret header
    dialog.testConnection();
    QTRY_VERIFY2_WITH_TIMEOUT(
        line->text().startsWith(u"\u2714 Connected"_s), qPrintable(line->text()), 10000);
    QVERIFY(!add->isVisibleTo(&dialog));
}

void TestConnectionDialog::missingPasswordIsAskedFor_data()
{
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("answered") << true << u"\u2714 Connected"_s;
    QTest::newRow("canceled") << false << u"\u2716"_s;
}

void TestConnectionDialog::missingPasswordIsAskedFor()
{
    QFETCH(bool, answered);
    QFETCH(QString, sentence);
    ConnectionDialog dialog;
    QStringList asked;
    dialog.setPasswordPrompt([&](const QString &question) -> std::optional<QString> {
        asked.append(question);
        if (!answered)
            return std::nullopt;
        return QString::fromLatin1(SampleApiServer::Password);
    });
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/auth/basic"_s;
    settings.authentication.schema = AuthSchema::Basic;
    settings.authentication.userName = QString::fromLatin1(SampleApiServer::UserName);
    dialog.load(settings);
    dialog.testConnection();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.constFirst().contains(u"analyst"_s));
    auto *line = dialog.findChild<QLabel *>(u"testResult.sentence"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(line->text().startsWith(sentence), qPrintable(line->text()), 10000);
    QCOMPARE(dialog.settings().authentication.password.isEmpty(), !answered); // kept for the session
    QVERIFY(!ConnectionFile::write(dialog.settings()).contains(SampleApiServer::Password));
}

void TestConnectionDialog::rememberedSecretsComeBack_data()
{
    QTest::addColumn<bool>("remember");
    QTest::newRow("remembered") << true;
    QTest::newRow("not remembered") << false;
}

void TestConnectionDialog::rememberedSecretsComeBack()
{
    QFETCH(bool, remember);
    // One store for both dialogs, as the keychain outlives a session.
    MemorySecretStore store;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.qonduit"_s);
    {
        ConnectionDialog dialog;
        dialog.setSecretStore(&store);
        ConnectionSettings settings;
        settings.request.url = u"https://api.example.com/orders"_s;
        settings.authentication.schema = AuthSchema::Basic;
        settings.authentication.userName = u"analyst"_s;
        settings.authentication.password = u"hunter2"_s;
        settings.queryHeaders = {{u"X-API-Key"_s, u"k-123"_s}, {u"X-Token"_s, u"$(vToken)"_s}};
        settings.variables = {{u"vToken"_s, u"var-456"_s, true}};
        settings.rememberSecrets = remember;
        dialog.load(settings);
        QVERIFY(dialog.saveFile(path));
        QTest::qWait(50); // the store answers later, as a keychain does
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("hunter2") && !bytes.contains("k-123") && !bytes.contains("var-456"));
        // A header that names a variable keeps its $(name): the secret is the variable's.
        QVERIFY(bytes.contains("$(vToken)"));
        // In the form, the secret variable's test value is masked until shown.
        auto *table = dialog.findChild<QTableView *>(u"variables.table"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->index(0, 1).data().toString(), NameValueModel::Mask.toString());
        QCOMPARE(table->model()->index(0, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }
    ConnectionDialog reopened;
    reopened.setSecretStore(&store);
    QVERIFY(reopened.openFile(path));
    if (remember) {
        QTRY_COMPARE(reopened.settings().authentication.password, u"hunter2"_s);
        QTRY_COMPARE(reopened.settings().queryHeaders.value(0).value, u"k-123"_s);
        QTRY_COMPARE(reopened.settings().variables.value(0).testValue, u"var-456"_s);
        QVERIFY(!reopened.isWindowModified()); // filled in, not edited
    } else {
        QTest::qWait(50);
        QVERIFY(reopened.settings().authentication.password.isEmpty());
        QVERIFY(reopened.settings().queryHeaders.value(0).value.isEmpty());
        QVERIFY(reopened.settings().variables.value(0).testValue.isEmpty());
    }
    QCOMPARE(reopened.settings().queryHeaders.value(1).value, u"$(vToken)"_s);
}

void TestConnectionDialog::secretHeadersAreMaskedUntilShown()
{
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/"_s;
    settings.queryHeaders = {{u"Authorization"_s, u"Bearer top-secret"_s}, {u"Accept"_s, u"text/csv"_s}};
    dialog.load(settings);
    auto *view = dialog.findChild<QPlainTextEdit *>(u"statementView"_s);
    auto *table = dialog.findChild<QTableView *>(u"queryHeaders.table"_s);
    QVERIFY(!view->toPlainText().contains(u"top-secret"_s));
    QVERIFY(view->toPlainText().contains(u"text/csv"_s));
    QCOMPARE(table->model()->index(0, 1).data().toString(), NameValueModel::Mask.toString());
    QVERIFY(dialog.statement().contains(u"top-secret"_s)); // Copy statement copies the real one
    auto *show = dialog.findChild<QToolButton *>(u"queryHeaders.showSecrets"_s);
    QVERIFY(show);
    show->click();
    QVERIFY(view->toPlainText().contains(u"top-secret"_s));
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"Bearer top-secret"_s);
}

void TestConnectionDialog::selectDataFromTheMenu()
{
    // Data > Select data with no tables yet tests first; a success opens the page. Back returns.
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/orders"_s;
    dialog.load(settings);
    auto *pages = dialog.findChild<QStackedWidget *>(u"pages"_s);
    dialog.findChild<QAction *>(u"selectDataAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(pages->currentWidget() == dialog.selectDataPage(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.selectDataPage()->schema().indexOf(u"orders") >= 0, 10000);
    dialog.findChild<QAction *>(u"backToConnectionAction"_s)->trigger();
    QVERIFY(pages->currentWidget() != dialog.selectDataPage());
    dialog.findChild<QAction *>(u"selectDataAction"_s)->trigger(); // tables at hand: no new test
    QCOMPARE(pages->currentWidget(), dialog.selectDataPage());
}

void TestConnectionDialog::testConnectionCanBeCanceled()
{
    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/fault/slow?ms=10000"_s;
    dialog.load(settings);
    dialog.testConnection();
    auto *cancel = dialog.findChild<QPushButton *>(u"testResult.cancel"_s);
    QVERIFY(cancel->isVisibleTo(&dialog));
    QVERIFY(dialog.findChild<QWidget *>(u"testResult.progress"_s)->isVisibleTo(&dialog));
    QTest::qWait(100);
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *line = dialog.findChild<QLabel *>(u"testResult.sentence"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(line->text().contains(u"canceled"_s), qPrintable(line->text()), 5000);
    QVERIFY(!cancel->isVisibleTo(&dialog));
}

void TestConnectionDialog::curlCommandFillsTheForm_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("edit menu") << u"action"_s;
    QTest::newRow("paste connection") << u"paste"_s;
    QTest::newRow("pasted into the url field") << u"url"_s;
}

void TestConnectionDialog::curlCommandFillsTheForm()
{
    QFETCH(QString, how);
    ConnectionDialog dialog;
    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Kept"_s);
    const QString command
        = u"curl -L 'https://api.example.com/v1/orders?status=open' \\\n  -H 'Accept: application/json' \\\n"
          "  -u analyst:s3cret --compressed"_s;
    QGuiApplication::clipboard()->setText(command);
    if (how == u"action") {
        dialog.findChild<QAction *>(u"importCurlAction"_s)->trigger();
    } else if (how == u"paste") {
        dialog.findChild<QAction *>(u"pasteConnectionAction"_s)->trigger();
    } else {
        auto *url = dialog.findChild<QLineEdit *>(u"request.url"_s);
        url->clear();
        QTest::keyClicks(url, u"curl -L 'https://api.example.com/v1/orders?status=open'"_s);
    }
    QTRY_COMPARE(
        dialog.findChild<QLineEdit *>(u"request.url"_s)->text(), u"https://api.example.com/v1/orders"_s);
    const ConnectionSettings settings = dialog.settings();
    QCOMPARE(settings.queryParameters, (QList<NameValue> {{u"status"_s, u"open"_s}}));
    QCOMPARE(settings.queryHeaders, (QList<NameValue> {{u"Accept"_s, u"application/json"_s}}));
    QCOMPARE(settings.authentication.schema, AuthSchema::Basic);
    QCOMPARE(settings.authentication.password, u"s3cret"_s);
    QCOMPARE(settings.name, u"Kept"_s);
    // Nothing is dropped unsaid.
    QVERIFY2(dialog.messageBar()->text().contains(u"Not in the form:\n-L: redirects"_s),
        qPrintable(dialog.messageBar()->text()));
    QVERIFY(dialog.messageBar()->text().contains(u"--compressed"_s));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
