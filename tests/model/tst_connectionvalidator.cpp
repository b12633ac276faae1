// SPDX-License-Identifier: MIT
#include "connectionstring.h"
#include "connectionvalidator.h"
#include "settingsdump.h"

#include <QTest>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

namespace {

ConnectionSettings validBase()
{
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/orders"_s;
    return settings;
}

// "E request.url: fragment" / "W queryHeaders: fragment", row appended as "#2" when set.
struct ExpectedProblem
{
    QString field;
    bool error = true;
    QString fragment;
    int row = -1;
};

} // namespace

Q_DECLARE_METATYPE(QList<ExpectedProblem>)

class TestConnectionValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void fromString_data();
    void fromString();
};

void TestConnectionValidator::rules_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<QList<ExpectedProblem>>("expected");
    using E = QList<ExpectedProblem>;
    const auto edit = [](SettingsEdit e) { return e; };

    QTest::newRow("valid") << edit([](ConnectionSettings &) {}) << E {};
    QTest::newRow("url missing") << edit([](ConnectionSettings &s) { s.request.url.clear(); })
                                 << E {{u"request.url"_s, true, u"Enter a URL"_s}};
    QTest::newRow("url scheme") << edit([](ConnectionSettings &s) { s.request.url = u"ftp://h/x"_s; })
                                << E {{u"request.url"_s, true, u"must start with http:// or https://"_s}};
    QTest::newRow("url without scheme")
        << edit([](ConnectionSettings &s) { s.request.url = u"api.example.com"_s; })
        << E {{u"request.url"_s, true, u"must start with http://"_s}};
    QTest::newRow("url scheme in capitals is fine")
        << edit([](ConnectionSettings &s) { s.request.url = u"HTTPS://h/"_s; }) << E {};
    QTest::newRow("url without host")
        << edit([](ConnectionSettings &s) { s.request.url = u"https:///path"_s; })
        << E {{u"request.url"_s, true, u"no host"_s}};
    QTest::newRow("timeout 0") << edit([](ConnectionSettings &s) { s.request.timeoutSeconds = 0; })
                               << E {{u"request.timeoutSeconds"_s, true, u"from 1 to 10000 seconds; 0"_s}};
    QTest::newRow("timeout 10001") << edit([](ConnectionSettings &s) { s.request.timeoutSeconds = 10001; })
                                   << E {{u"request.timeoutSeconds"_s, true, u"10001"_s}};
    QTest::newRow("timeout 1 and 10000 are fine") << edit([](ConnectionSettings &s) {
        s.request.timeoutSeconds = 10000;
        s.request.timeoutSeconds = 1;
    }) << E {};
    QTest::newRow("a password in the proxy address") << edit([](ConnectionSettings &s) {
        s.proxy.useProxy = true;
        s.proxy.address = u"http://bob:pw@proxy:3128"_s;
    }) << E {{u"proxy.address"_s, true, u"holds a password"_s}};
    QTest::newRow("a user in the proxy address is fine") << edit([](ConnectionSettings &s) {
        s.proxy.useProxy = true;
        s.proxy.address = u"http://bob@proxy:3128"_s;
    }) << E {};
    QTest::newRow("read/write timeout 0")
        << edit([](ConnectionSettings &s) { s.request.readWriteTimeoutSeconds = 0; })
        << E {{u"request.readWriteTimeoutSeconds"_s, true, u"from 1 to 10000 seconds; 0"_s}};
    QTest::newRow("read/write timeout 10001")
        << edit([](ConnectionSettings &s) { s.request.readWriteTimeoutSeconds = 10001; })
        << E {{u"request.readWriteTimeoutSeconds"_s, true, u"10001"_s}};
    QTest::newRow("read/write timeout 1 and 10000 are fine") << edit([](ConnectionSettings &s) {
        s.request.readWriteTimeoutSeconds = 10000;
        s.request.readWriteTimeoutSeconds = 1;
    }) << E {};
    QTest::newRow("retry code 99") << edit([](ConnectionSettings &s) { s.request.retryCodes = u"99,503"_s; })
                                   << E {{u"request.retryCodes"_s, true, u"\"99\" is not one"_s}};
    QTest::newRow("retry code 600") << edit([](ConnectionSettings &s) {
        s.request.retryCodes = u"503, 600"_s;
    }) << E {{u"request.retryCodes"_s, true, u"\"600\" is not one"_s}};
    QTest::newRow("retry codes 100 and 599 are fine")
        << edit([](ConnectionSettings &s) { s.request.retryCodes = u"100,599"_s; }) << E {};
    QTest::newRow("retrying with no codes") << edit([](ConnectionSettings &s) {
        s.request.retryFailedRequest = true;
        s.request.retryCodes.clear();
    }) << E {{u"request.retryCodes"_s, true, u"needs the status codes"_s}};
    QTest::newRow("duplicate query parameter") << edit([](ConnectionSettings &s) {
        s.queryParameters = {{u"page"_s, u"1"_s}, {u"size"_s, u"2"_s}, {u"page"_s, u"3"_s}};
    }) << E {{u"queryParameters"_s, true, u"\"page\" is used in rows 1 and 3"_s, 2}};
    QTest::newRow("query parameter names are case-sensitive") << edit([](ConnectionSettings &s) {
        s.queryParameters = {{u"Page"_s, u"1"_s}, {u"page"_s, u"3"_s}};
    }) << E {};
    QTest::newRow("row without name") << edit([](ConnectionSettings &s) {
        s.queryParameters = {{u" "_s, u"1"_s}};
    }) << E {{u"queryParameters"_s, true, u"Row 1 has no name"_s, 0}};
    QTest::newRow("duplicate trusted location") << edit([](ConnectionSettings &s) {
        s.trustedLocations = {{u"qrs"_s, u"https://a:4242"_s}, {u"qrs"_s, u"https://b:4242"_s}};
    }) << E {{u"trustedLocations"_s, true, u"\"qrs\" is used in rows 1 and 2"_s, 1}};
    QTest::newRow("duplicate whitelist alias") << edit([](ConnectionSettings &s) {
        s.security.whitelist = {{u"cdn"_s, u"https://a/"_s}, {u"cdn"_s, u"https://b/"_s}};
    }) << E {{u"security.whitelist"_s, true, u"\"cdn\" is used in rows 1 and 2"_s, 1}};
    QTest::newRow("repeated header is a warning") << edit([](ConnectionSettings &s) {
        s.queryHeaders = {{u"Accept"_s, u"a"_s}, {u"accept"_s, u"b"_s}};
    }) << E {{u"queryHeaders"_s, false, u"sent twice"_s, 1}};
    QTest::newRow("https only: connection url") << edit([](ConnectionSettings &s) {
        s.security.allowHttpsOnly = true;
        s.request.url = u"http://h/"_s;
    }) << E {{u"request.url"_s, true, u"Allow HTTPS only"_s}};
    QTest::newRow("https only: whitelist and trusted locations")
        << edit([](ConnectionSettings &s) {
               s.security.allowHttpsOnly = true;
               s.trustedLocations = {{u"a"_s, u"https://a:443"_s}, {u"b"_s, u"http://b:80"_s}};
               s.security.whitelist = {{u"c"_s, u"http://c/"_s}};
           })
        << E {{u"trustedLocations"_s, true, u"Row 2: \"Allow HTTPS only\""_s, 1},
               {u"security.whitelist"_s, true, u"Row 1: \"Allow HTTPS only\""_s, 0}};
    QTest::newRow("without https only, http is fine") << edit([](ConnectionSettings &s) {
        s.request.url = u"http://h/"_s;
        s.security.whitelist = {{u"c"_s, u"http://c/"_s}};
    }) << E {};
    QTest::newRow("whitelist value must be a url") << edit([](ConnectionSettings &s) {
        s.security.whitelist = {{u"c"_s, u"cdn.example.com"_s}};
    }) << E {{u"security.whitelist"_s, true, u"Row 1: The URL must start"_s, 0}};
    for (const AuthSchema schema : {AuthSchema::Basic, AuthSchema::Digest, AuthSchema::Ntlm}) {
        QTest::addRow("user name for %s", qPrintable(Qlik::toWord(schema)))
            << edit([schema](ConnectionSettings &s) { s.authentication.schema = schema; })
            << E {{u"authentication.userName"_s, true, u"user name"_s}};
    }
    QTest::newRow("no user name for current windows user")
        << edit([](ConnectionSettings &s) { s.authentication.schema = AuthSchema::CurrentWindowsUser; })
        << E {};
    QTest::newRow("user name given") << edit([](ConnectionSettings &s) {
        s.authentication = {AuthSchema::Basic, u"analyst"_s, {}};
    }) << E {};
    QTest::newRow("pfx file for from file")
        << edit([](ConnectionSettings &s) { s.certificates.source = CertificateSource::FromFile; })
        << E {{u"certificates.pfxFilePath"_s, true, u"PFX file name"_s}};
    QTest::newRow("certificate for installed")
        << edit([](ConnectionSettings &s) { s.certificates.source = CertificateSource::Installed; })
        << E {{u"certificates.certificateName"_s, true, u"installed certificate"_s}};
    QTest::newRow("body with GET") << edit([](ConnectionSettings &s) { s.request.requestBody = u"{}"_s; })
                                   << E {{u"request.requestBody"_s, true, u"only with POST"_s}};
    QTest::newRow("body with POST") << edit([](ConnectionSettings &s) {
        s.request.method = HttpMethod::Post;
        s.request.requestBody = u"{}"_s;
    }) << E {};
    for (const auto &[value, valid] :
        QList<std::pair<QString, bool>> {{u"2014-09-28-16:25:09Z"_s, true}, {u"2014-09-28 16:25:09Z"_s, true},
            {u"2014-09-28T16:25:09Z"_s, false}, {u"2014-09-28-16:25:09"_s, false},
            {u"2014-13-28-16:25:09Z"_s, false}, {u"Sun, 28 Sep 2014 16:25:09 GMT"_s, false}}) {
        QTest::addRow("If-Modified-Since %s", qPrintable(value)) << edit([value](ConnectionSettings &s) {
            s.queryHeaders = {{u"Accept"_s, u"*/*"_s}, {u"if-modified-since"_s, value}};
        }) << (valid ? E {} : E {{u"queryHeaders"_s, true, u"yyyy-MM-dd-HH:mm:ssZ"_s, 1}});
    }
    QTest::newRow("offset needs its fields")
        << edit([](ConnectionSettings &s) {
               s.pagination.type = PaginationType::Offset;
               s.pagination.offset.startValue = u"x"_s;
           })
        << E {{u"pagination.offset.startField"_s, true, u"start field"_s},
               {u"pagination.offset.countField"_s, true, u"count field"_s},
               {u"pagination.offset.startValue"_s, true, u"whole number"_s}};
    QTest::newRow("next page needs its parameter")
        << edit([](ConnectionSettings &s) { s.pagination.type = PaginationType::NextPage; })
        << E {{u"pagination.nextPage.parameterName"_s, true, u"page parameter"_s}};
    QTest::newRow("next token needs parameter and path")
        << edit([](ConnectionSettings &s) { s.pagination.type = PaginationType::NextToken; })
        << E {{u"pagination.nextToken.parameterName"_s, true, u"token parameter"_s},
               {u"pagination.nextToken.tokenPath"_s, true, u"path of the token"_s}};
    QTest::newRow("next url needs its path")
        << edit([](ConnectionSettings &s) { s.pagination.type = PaginationType::NextUrl; })
        << E {{u"pagination.nextUrl.fieldPath"_s, true, u"path of the next URL"_s}};
    QTest::newRow("fields of an unchosen pagination type are not checked")
        << edit([](ConnectionSettings &s) { s.pagination.offset.countValue = u"many"_s; }) << E {};

    // Variables [ours].
    QTest::newRow("a variable in the host, with its test value") << edit([](ConnectionSettings &s) {
        s.request.url = u"https://$(vHost)/x"_s;
        s.variables = {{u"vHost"_s, u"api.example.com"_s, false}};
    }) << E {};
    QTest::newRow("a $(v) that is not among the variables") << edit([](ConnectionSettings &s) {
        s.queryParameters = {{u"since"_s, u"$(vSince)"_s}};
    }) << E {{u"queryParameters"_s, true, u"$(vSince) is not among the variables"_s}};
    QTest::newRow("a variable without a test value") << edit([](ConnectionSettings &s) {
        s.queryHeaders = {{u"Authorization"_s, u"Bearer $(vToken)"_s}};
        s.variables = {{u"vToken"_s, QString(), true}};
    }) << E {{u"queryHeaders"_s, false, u"$(vToken) has no test value"_s}};
    QTest::newRow("a variable nothing uses") << edit([](ConnectionSettings &s) {
        s.variables = {{u"vIdle"_s, u"1"_s, false}};
    }) << E {{u"variables"_s, false, u"vIdle is not used"_s, 0}};
    QTest::newRow("a variable's name that Qlik would not read") << edit([](ConnectionSettings &s) {
        s.variables = {{u"v idle"_s, u"1"_s, false}};
    }) << E {{u"variables"_s, true, u"letters, digits"_s, 0}};
    QTest::newRow("a variable defined twice") << edit([](ConnectionSettings &s) {
        s.request.url += u"?a=$(v)"_s;
        s.variables = {{u"v"_s, u"1"_s, false}, {u"v"_s, u"2"_s, false}};
    }) << E {{u"variables"_s, true, u"defined twice"_s, 1}};
    QTest::newRow("a body's variable counts only with POST") << edit([](ConnectionSettings &s) {
        s.request.method = HttpMethod::Post;
        s.request.requestBody = u"{\"k\": \"$(vKey)\"}"_s;
        s.variables = {{u"vKey"_s, u"1"_s, true}};
    }) << E {};
    QTest::newRow("a token first needs its URL and client id")
        << edit([](ConnectionSettings &s) { s.token.source = TokenSource::OAuth2; })
        << E {{u"token.url"_s, true, u"Enter a URL"_s}, {u"token.clientId"_s, true, u"client id"_s}};
    QTest::newRow("a complete token first") << edit([](ConnectionSettings &s) {
        s.token.source = TokenSource::OAuth2;
        s.token.url = u"https://login.example.com/token"_s;
        s.token.clientId = u"id"_s;
    }) << E {};
    QTest::newRow("the password and refresh grants need theirs") << edit([](ConnectionSettings &s) {
        s.token.source = TokenSource::OAuth2;
        s.token.url = u"https://login.example.com/token"_s;
        s.token.clientId = u"id"_s;
        s.token.grant = OAuthGrant::Password;
        s.token.tokenPath.clear();
    }) << E {{u"token.tokenPath"_s, true, u"access_token"_s}, {u"token.userName"_s, true, u"user name"_s}};
    QTest::newRow("a token from a request needs no client") << edit([](ConnectionSettings &s) {
        s.token.source = TokenSource::Request;
        s.token.url = u"http://login.example.com/token"_s;
        s.security.allowHttpsOnly = true;
        s.request.url = u"https://api.example.com/x"_s;
    }) << E {{u"token.url"_s, true, u"must start with https://"_s}};
    QTest::newRow("an unknown variable in the host is named, not a broken URL")
        << edit([](ConnectionSettings &s) { s.request.url = u"https://$(vHost)/x"_s; })
        << E {{u"request.url"_s, true, u"$(vHost) is not among the variables"_s}};
}

void TestConnectionValidator::rules()
{
    QFETCH(SettingsEdit, edit);
    QFETCH(QList<ExpectedProblem>, expected);
    ConnectionSettings settings = validBase();
    edit(settings);
    const QList<ValidationProblem> problems = validate(settings);
    QStringList described;
    for (const auto &p : problems)
        described.append(
            u"%1 %2 row %3: %4"_s.arg(p.isError() ? u"E"_s : u"W"_s, p.field).arg(p.row).arg(p.message));
    QVERIFY2(problems.size() == expected.size(), qPrintable(described.join(u'\n')));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(problems[i].field, expected[i].field);
        QCOMPARE(problems[i].isError(), expected[i].error);
        QCOMPARE(problems[i].row, expected[i].row);
        QVERIFY2(problems[i].message.contains(expected[i].fragment), qPrintable(problems[i].message));
    }
    QCOMPARE(
        hasErrors(problems), std::any_of(expected.begin(), expected.end(), [](auto &e) { return e.error; }));
}

void TestConnectionValidator::fromString_data()
{
    QTest::addColumn<QString>("string");
    QTest::addColumn<QList<ExpectedProblem>>("expected");
    using E = QList<ExpectedProblem>;
    const QString p = u"provider=QvRestConnector.exe;url=https://h/;"_s;
    QTest::newRow("clean") << p << E {};
    QTest::newRow("unknown escape in a value")
        << p + u"bodyEncoding=UTF%u8;"_s
        << E {{u"request.bodyEncoding"_s, false, u"\"%u\" in the value of bodyEncoding (character 61)"_s}};
    QTest::newRow("unknown escape inside a list item")
        << p + u"queryHeaders=X-Qlik-User%2UserDirectory%%2INTERNAL%%1 %%userid%%2sa_api;"_s
        << E {{u"queryHeaders"_s, false, u"\"%u\" in the value of queryHeaders"_s}};
    QTest::newRow("unknown key") << p + u"timout=30;"_s
                                 << E {{u"connectionString"_s, false, u"\"timout\" is unknown"_s}};
    QTest::newRow("repeated key") << p + u"timeout=30;Timeout=60;"_s
                                  << E {{u"request.timeoutSeconds"_s, false,
                                         u"Timeout appears more than once"_s}};
    QTest::newRow("no provider") << u"url=https://h/;"_s << E {{u"provider"_s, false, u"no provider key"_s}};
    QTest::newRow("other provider") << u"provider=QvOdbcConnector.exe;url=https://h/;"_s
                                    << E {{u"provider"_s, false, u"\"QvOdbcConnector.exe\""_s}};
    QTest::newRow("errors and warnings together")
        << u"provider=QvRestConnector.exe;url=h;x=1;"_s
        << E {{u"request.url"_s, true, u"must start with"_s},
               {u"connectionString"_s, false, u"\"x\" is unknown"_s}};
}

void TestConnectionValidator::fromString()
{
    QFETCH(QString, string);
    QFETCH(QList<ExpectedProblem>, expected);
    const auto settings = ConnectionString::read(string);
    QVERIFY(settings.hasValue());
    const QList<ValidationProblem> problems = validate(settings.value());
    QStringList described;
    for (const auto &p : problems)
        described.append(p.field + u": "_s + p.message);
    QVERIFY2(problems.size() == expected.size(), qPrintable(described.join(u'\n')));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(problems[i].field, expected[i].field);
        QCOMPARE(problems[i].isError(), expected[i].error);
        QVERIFY2(problems[i].message.contains(expected[i].fragment), qPrintable(problems[i].message));
    }
}

QTEST_GUILESS_MAIN(TestConnectionValidator)
#include "tst_connectionvalidator.moc"
