// SPDX-License-Identifier: MIT
#include "connectionstring.h"
#include "settingsdump.h"

#include <QTest>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

namespace {

// A string as Qlik Sense writes it for a connection made in its form.
const QString QlikSenseDefault
    = u"provider=QvRestConnector.exe;url=https://api.example.com/orders;timeout=30;"
      "method=GET;httpProtocol=1.1;isKeepAlive=true;bodyEncoding=UTF-8;"
      "sendExpect100Continue=true;autoDetectResponseType=true;"
      "checkResponseTypeOnTestConnection=true;keyGenerationStrategy=0;"
      "authSchema=anonymous;skipServerCertificateValidation=false;useCertificate=No;"
      "certificateStoreLocation=CurrentUser;certificateStoreName=My;"
      "addMissingQueryParametersToFinalRequest=false;PaginationType=None;"
      "allowResponseHeaders=false;allowHttpsOnly=false;useProxy=false;"
      "proxyBypassOnLocal=false;proxyUseDefaultCredentials=true;"_s;

// Shapes of real strings: the QRS monitoring apps' connection, with lists, NTLM and a trusted location.
const QString QrsNtlm
    = u"provider=QvRestConnector.exe;url=https://localhost/win/qrs/app/full;timeout=900;"
      "method=GET;autoDetectResponseType=true;keyGenerationStrategy=0;authSchema=ntlm;"
      "skipServerCertificateValidation=true;useCertificate=No;"
      "certificateStoreLocation=LocalMachine;certificateStoreName=My;"
      "trustedLocations=qrs-proxy%2https://localhost:4244;queryParameters=xrfkey%20000000000000000;"
      "addMissingQueryParametersToFinalRequest=false;"
      "queryHeaders=X-Qlik-XrfKey%20000000000000000%1User-Agent%2Windows;PaginationType=None;"_s;

// Older connectors wrote useWindowsAuthentication and forceAuthenticationType instead of authSchema.
const QString Legacy
    = u"provider=QvRestConnector.exe;url=https://localhost/qrs/task/full;timeout=180;method=GET;"
      "autoDetectResponseType=true;keyGenerationStrategy=0;useWindowsAuthentication=true;"
      "forceAuthenticationType=false;useCertificate=No;certificateStoreLocation=CurrentUser;"
      "certificateStoreName=My;queryParameters=xrfkey%20000000000000000;"
      "queryHeaders=X-Qlik-XrfKey%20000000000000000;PaginationType=None;"_s;

ConnectionSettings mustRead(const QString &text)
{
    auto result = ConnectionString::read(text);
    if (!result)
        qFatal("cannot read %s: %s", qPrintable(text), qPrintable(result.error().toString()));
    return result.value();
}

} // namespace

class TestConnectionString : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readsFields_data();
    void readsFields();
    void writesFromScratch_data();
    void writesFromScratch();
    void editKeepsTheRest_data();
    void editKeepsTheRest();
    void statementQuotes_data();
    void statementQuotes();
    void badInput_data();
    void badInput();
    void hostileInput_data();
    void hostileInput();
};

void TestConnectionString::roundTrip_data()
{
    QTest::addColumn<QString>("string");
    const QList<std::pair<const char *, QString>> strings {
        {"qlik sense default", QlikSenseDefault},
        {"qrs ntlm with lists", QrsNtlm},
        {"legacy windows authentication", Legacy},
        {"nested escapes with %u inside a header",
            u"provider=QvRestConnector.exe;url=https://h:4242/qrs/app/full;timeout=999;method=GET;"
            "authSchema=anonymous;useCertificate=FromFile;certificateFilePath=h\\client.pfx;"
            "queryHeaders=X-Qlik-XrfKey%20000000000000000%1X-Qlik-User%2UserDirectory%%2INTERNAL%%1 "
            "%%userid%%2sa_api;"
            "PaginationType=None;"_s},
        {"keys in other case",
            u"Provider=QvRestConnector.exe;URL=http://h/p?x%21&y%22;Timeout=30;METHOD=get;"_s},
        {"unknown keys",
            u"provider=QvRestConnector.exe;url=https://h/;futureKey=abc;allowWithConnection=true;x=;"_s},
        {"no separator after the last pair", u"provider=QvRestConnector.exe;url=https://h/"_s},
        {"repeated key", u"provider=QvRestConnector.exe;url=https://h/;timeout=30;timeout=60;"_s},
        {"spaces between pairs", u"provider=QvRestConnector.exe; url=https://h/; timeout=30;"_s},
        {"booleans in other case",
            u"provider=QvRestConnector.exe;url=https://h/;isKeepAlive=True;allowHttpsOnly=FALSE;"_s},
        {"empty list value",
            u"provider=QvRestConnector.exe;url=http://h/classify?text%2&query%2;queryParameters=text%2;"_s},
        {"unknown escape in the url", u"provider=QvRestConnector.exe;url=https://h/p?q%2%u00e9;"_s},
        {"lone percent at the end of a value", u"provider=QvRestConnector.exe;url=https://h/100%;"_s},
        {"qlikview credentials",
            u"provider=QvRestConnector.exe;url=https://h/;XUserId=VbYKZTFMNLOA;XPassword=AbCdEfGh;"_s},
        {"post with body",
            u"provider=QvRestConnector.exe;url=https://h/search;method=POST;bodyEncoding=UTF-8;"
            "requestBody={\"from\":\"2024-01-01\"%1\"q\":\"a%2b\"};sendExpect100Continue=false;"_s},
        {"every key generation strategy",
            u"provider=QvRestConnector.exe;url=https://h/;keyGenerationStrategy=-1;"
            "keyGenerationStrategy=1;keyGenerationStrategy=2;"_s},
        {"installed certificate",
            u"provider=QvRestConnector.exe;url=https://h/;useCertificate=Installed;"
            "certificateStoreLocation=LocalMachine;certificateStoreName=TrustedPeople;"
            "certificateName=CN%2api.example.com;"_s},
        {"proxy",
            u"provider=QvRestConnector.exe;url=https://h/;useProxy=true;proxyBypassOnLocal=true;"
            "proxyUseDefaultCredentials=false;proxyAddress=http://proxy.example.com:3128;"_s},
        {"whitelist and https only",
            u"provider=QvRestConnector.exe;url=https://h/;allowResponseHeaders=true;"
            "allowHttpsOnly=true;whiteList=api%2https://api.example.com%1cdn%2https://cdn.example.com;"_s},
        {"older name of check response type",
            u"provider=QvRestConnector.exe;url=https://h/;"
            "checkResponseTypeDuringTestConnection=false;"_s},
        {"offset pagination",
            u"provider=QvRestConnector.exe;url=https://h/;PaginationType=Offset;"
            "OffsetStartField=start;IsOffsetStartFieldHeader=false;OffsetStartFieldValue=0;"
            "OffsetCountFieldName=count;IsOffsetCountFieldHeader=false;OffsetCountValue=100;"
            "OffsetTotalPath=root/meta/total;OffsetDataPath=data;"_s},
        {"next page pagination",
            u"provider=QvRestConnector.exe;url=https://h/;PaginationType=NextPage;"
            "NextPageParameterName=page;IsNextPageParameterHeader=false;NextPageInitialValue=1;"
            "NextPageSizeParameterName=per_page;NextPageSizeValue=50;"
            "NextPageTotalPagesPath=meta/pages;NextPageIsLastPagePath=meta/last;"
            "NextPageDataPath=items;"_s},
        {"next token pagination in headers",
            u"provider=QvRestConnector.exe;url=https://h/;PaginationType=NextToken;"
            "NextTokenParameterName=X-Continuation;IsNextTokenParameterHeader=true;"
            "NextTokenPath=X-Next-Token;IsNextTokenPathHeader=true;"
            "NextTokenIsLastPagePath=done;"_s},
        {"next url pagination",
            u"provider=QvRestConnector.exe;url=https://h/;PaginationType=NextUrl;"
            "NextUrlFieldPath=links/next;IsNextUrlFieldPathHeader=false;"_s},
        {"next url from a header",
            u"provider=QvRestConnector.exe;url=https://h/;PaginationType=NextUrl;"
            "NextUrlFieldPath=Link;IsNextUrlFieldPathHeader=true;"_s},
        // Seen: a Custom connection that still carries Offset keys from an earlier choice.
        {"custom with offset keys",
            u"provider=QvRestConnector.exe;url=http://h/api/classify?text%2&query%2;timeout=30;"
            "method=GET;autoDetectResponseType=true;keyGenerationStrategy=-1;"
            "useWindowsAuthentication=false;forceAuthenticationType=false;useCertificate=No;"
            "certificateStoreLocation=LocalMachine;certificateStoreName=My;queryParameters=text%2;"
            "PaginationType=Custom;OffsetStartField=Sentiment;IsOffsetStartFieldHeader=false;"
            "OffsetStartFieldValue=1;OffsetCountFieldName=Sentiment;IsOffsetCountFieldHeader=false;"_s},
    };
    for (const auto &[name, string] : strings)
        QTest::newRow(name) << string;
}

// Reading a string and writing it back unchanged gives the same bytes, in every form it can come in.
void TestConnectionString::roundTrip()
{
    QFETCH(QString, string);
    // In a quoted form, the quote character is doubled inside, as in every Qlik script string.
    const auto quoted
        = [&](QChar quote) { return quote + QString(string).replace(quote, QString(2, quote)) + quote; };
    const QStringList forms {string, u"CUSTOM CONNECT TO "_s + quoted(u'"') + u';',
        u"CUSTOM CONNECT TO "_s + quoted(u'\'') + u';', quoted(u'"'),
        u"  custom connect to\n"_s + quoted(u'"') + u" ;\n"_s};
    for (const QString &form : forms) {
        const ConnectionSettings settings = mustRead(form);
        QCOMPARE(ConnectionString::write(settings), string);
        // And reading what was written gives the same settings.
        QCOMPARE(dump(mustRead(ConnectionString::writeStatement(settings))), dump(settings));
    }
    const QString singleQuoted = u"CUSTOM CONNECT TO "_s + quoted(u'\'') + u';';
    QCOMPARE(ConnectionString::writeStatement(mustRead(singleQuoted)), singleQuoted);
}

void TestConnectionString::readsFields_data()
{
    QTest::addColumn<QString>("string");
    QTest::addColumn<QStringList>("expected"); // lines that dump() must contain
    QTest::newRow("qlik sense default")
        << QlikSenseDefault
        << QStringList {u"request.url=https://api.example.com/orders"_s, u"request.timeoutSeconds=30"_s,
               u"request.method=GET"_s, u"authentication.schema=anonymous"_s, u"pagination.type=None"_s};
    QTest::newRow("lists") << QrsNtlm
                           << QStringList {u"trustedLocations[0]=qrs-proxy: https://localhost:4244"_s,
                                  u"queryParameters[0]=xrfkey: 0000000000000000"_s,
                                  u"queryHeaders[0]=X-Qlik-XrfKey: 0000000000000000"_s,
                                  u"queryHeaders[1]=User-Agent: Windows"_s,
                                  u"certificates.storeLocation=LocalMachine"_s,
                                  u"authentication.schema=ntlm"_s, u"request.timeoutSeconds=900"_s};
    QTest::newRow("legacy means current windows user")
        << Legacy << QStringList {u"authentication.schema=windows"_s};
    QTest::newRow("authSchema overrides the legacy key wherever it stands")
        << u"provider=QvRestConnector.exe;authSchema=basic;useWindowsAuthentication=true;"_s
        << QStringList {u"authentication.schema=basic"_s};
    QTest::newRow("escapes are not url encoding")
        << u"provider=QvRestConnector.exe;url=https://h/?t%26abc&u%2%%41;"_s
        << QStringList {u"request.url=https://h/?t=6abc&u=%41"_s};
    QTest::newRow("the last of repeated keys wins")
        << u"provider=QvRestConnector.exe;timeout=30;timeout=60;"_s
        << QStringList {u"request.timeoutSeconds=60"_s};
    QTest::newRow("nested escapes")
        << u"provider=x;queryHeaders=X-Qlik-User%2UserDirectory%%2INTERNAL%%1 UserId%%2sa;"_s
        << QStringList {u"queryHeaders[0]=X-Qlik-User: UserDirectory=INTERNAL; UserId=sa"_s};
    QTest::newRow("alias and case")
        << u"PROVIDER=x;checkResponseTypeDuringTestConnection=False;PAGINATIONTYPE=nexturl;"_s
        << QStringList {u"request.checkResponseTypeOnTestConnection=false"_s, u"pagination.type=NextUrl"_s};
    QTest::newRow("the newer connector's read/write timeout and retries")
        << u"provider=x;readWriteTimeout=45;retryFailedRequest=true;retryCodes=500,503;"_s
        << QStringList {u"request.readWriteTimeoutSeconds=45"_s, u"request.retryFailedRequest=true"_s,
               u"request.retryCodes=500,503"_s};
    QTest::newRow("key generation words")
        << u"provider=x;keyGenerationStrategy=2;"_s << QStringList {u"request.keyGenerationStrategy=2"_s};
    QTest::newRow("pagination fields of another type are kept")
        << u"provider=x;PaginationType=Custom;OffsetStartField=Sentiment;OffsetStartFieldValue=1;"_s
        << QStringList {u"pagination.type=Custom"_s, u"pagination.offset.startField=Sentiment"_s,
               u"pagination.offset.startValue=1"_s};
    QTest::newRow("value with '=' not escaped is read up to the separator")
        << u"provider=x;url=https://h/?a=b;"_s << QStringList {u"request.url=https://h/?a=b"_s};
}

void TestConnectionString::readsFields()
{
    QFETCH(QString, string);
    QFETCH(QStringList, expected);
    const QStringList lines = dump(mustRead(string));
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + u"\nnot in\n"_s + lines.join(u'\n')));
}

void TestConnectionString::writesFromScratch_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("defaults are Qlik's")
        << SettingsEdit([](ConnectionSettings &s) { s.request.url = u"https://api.example.com/orders"_s; })
        << QlikSenseDefault;

    const QString head
        = u"provider=QvRestConnector.exe;url=https://h/;timeout=30;method=GET;httpProtocol=1.1;"
          "isKeepAlive=true;bodyEncoding=UTF-8;sendExpect100Continue=true;autoDetectResponseType=true;"
          "checkResponseTypeOnTestConnection=true;keyGenerationStrategy=0;authSchema=anonymous;"
          "skipServerCertificateValidation=false;useCertificate=No;certificateStoreLocation=CurrentUser;"
          "certificateStoreName=My;"_s;
    const QString tail
        = u"allowResponseHeaders=false;allowHttpsOnly=false;useProxy=false;proxyBypassOnLocal=false;"
          "proxyUseDefaultCredentials=true;"_s;
    const QString none = u"addMissingQueryParametersToFinalRequest=false;PaginationType=None;"_s;

    QTest::newRow("read/write timeout and retries, after timeout")
        << SettingsEdit([](ConnectionSettings &s) {
               s.request.url = u"https://h/"_s;
               s.request.readWriteTimeoutSeconds = 60;
               s.request.retryFailedRequest = true;
               s.request.retryCodes = u"429,503"_s;
           })
        << QString(head).replace(u"timeout=30;"_s,
               u"timeout=30;readwritetimeout=60;retryFailedRequest=true;retryCodes=429,503;"_s)
            + none + tail;
    QTest::newRow("lists escaped twice") << SettingsEdit([](ConnectionSettings &s) {
        s.request.url = u"https://h/"_s;
        s.queryHeaders = {{u"X-Qlik-XrfKey"_s, u"0000000000000000"_s}, {u"User-Agent"_s, u"Windows"_s},
            {u"X-Qlik-User"_s, u"a=b; c"_s}};
        s.queryParameters = {{u"filter"_s, u"salary>10000"_s}, {u"empty"_s, QString()}};
        s.trustedLocations = {{u"proxy"_s, u"https://localhost:4244"_s}};
    })
                                         << head
            + u"trustedLocations=proxy%2https://localhost:4244;queryParameters=filter%2salary>10000%1empty%2;"
              "addMissingQueryParametersToFinalRequest=false;queryHeaders=X-Qlik-XrfKey%20000000000000000%1"
              "User-Agent%2Windows%1X-Qlik-User%2a%%2b%%1 c;PaginationType=None;"_s
            + tail;
    QTest::newRow("url with = and secrets left out")
        << SettingsEdit([](ConnectionSettings &s) {
               s.request.url = u"https://h/p?x=1&y=2"_s;
               s.authentication = {AuthSchema::Basic, u"analyst"_s, u"hunter2"_s};
               s.certificates.pfxPassword = u"pfx-secret"_s;
           })
        << head.chopped(0)
                .replace(u"url=https://h/;"_s, u"url=https://h/p?x%21&y%22;"_s)
                .replace(u"anonymous"_s, u"basic"_s)
            + none + tail;
    QTest::newRow("post with body and certificate from file")
        << SettingsEdit([](ConnectionSettings &s) {
               s.request.url = u"https://h/"_s;
               s.request.method = HttpMethod::Post;
               s.request.requestBody = u"a=1;b=2"_s;
               s.certificates.source = CertificateSource::FromFile;
               s.certificates.pfxFilePath = u"C:\\certs\\client.pfx"_s;
           })
        << head.chopped(0)
                .replace(u"method=GET"_s, u"method=POST"_s)
                .replace(u"bodyEncoding=UTF-8;"_s, u"bodyEncoding=UTF-8;requestBody=a%21%1b%22;"_s)
                .replace(u"useCertificate=No;"_s, u"useCertificate=FromFile;"_s)
                .append(u"certificateFilePath=C:\\certs\\client.pfx;"_s)
            + none + tail;
    QTest::newRow("offset keys only with offset") << SettingsEdit([](ConnectionSettings &s) {
        s.request.url = u"https://h/"_s;
        s.pagination.type = PaginationType::Offset;
        s.pagination.offset
            = {u"start"_s, false, u"0"_s, u"limit"_s, true, u"100"_s, u"meta/total"_s, u"data"_s};
        s.pagination.nextUrl.fieldPath = u"not written"_s;
    })
                                                  << head
            + u"addMissingQueryParametersToFinalRequest=false;PaginationType=Offset;OffsetStartField=start;"
              "IsOffsetStartFieldHeader=false;OffsetStartFieldValue=0;OffsetCountFieldName=limit;"
              "IsOffsetCountFieldHeader=true;OffsetCountValue=100;OffsetTotalPath=meta/total;OffsetDataPath=data;"_s
            + tail;
    QTest::newRow("next page") << SettingsEdit([](ConnectionSettings &s) {
        s.request.url = u"https://h/"_s;
        s.pagination.type = PaginationType::NextPage;
        s.pagination.nextPage
            = {u"page"_s, false, u"1"_s, u"size"_s, u"50"_s, u"pages"_s, u"last"_s, u"items"_s};
    })
                               << head
            + u"addMissingQueryParametersToFinalRequest=false;PaginationType=NextPage;NextPageParameterName="
              u"page;"
              "IsNextPageParameterHeader=false;NextPageInitialValue=1;NextPageSizeParameterName=size;"
              "NextPageSizeValue=50;NextPageTotalPagesPath=pages;NextPageIsLastPagePath=last;NextPageDataPath=items;"_s
            + tail;
    QTest::newRow("next token") << SettingsEdit([](ConnectionSettings &s) {
        s.request.url = u"https://h/"_s;
        s.pagination.type = PaginationType::NextToken;
        s.pagination.nextToken = {u"cursor"_s, false, u"meta/next_cursor"_s, false, u"meta/done"_s};
    })
                                << head
            + u"addMissingQueryParametersToFinalRequest=false;PaginationType=NextToken;"
              u"NextTokenParameterName=cursor;"
              "IsNextTokenParameterHeader=false;NextTokenPath=meta/next_cursor;IsNextTokenPathHeader=false;"
              "NextTokenIsLastPagePath=meta/done;"_s
            + tail;
    QTest::newRow("next url, whitelist, proxy") << SettingsEdit([](ConnectionSettings &s) {
        s.request.url = u"https://h/"_s;
        s.pagination.type = PaginationType::NextUrl;
        s.pagination.nextUrl = {u"links/next"_s, false};
        s.security = {true, true, {{u"api"_s, u"https://api.example.com"_s}}};
        s.proxy = {true, true, false, u"http://proxy:3128"_s, {}};
    })
                                                << head
            + u"addMissingQueryParametersToFinalRequest=false;PaginationType=NextUrl;NextUrlFieldPath=links/"
              u"next;"
              "IsNextUrlFieldPathHeader=false;allowResponseHeaders=true;allowHttpsOnly=true;"
              "whiteList=api%2https://api.example.com;useProxy=true;proxyBypassOnLocal=true;"
              "proxyUseDefaultCredentials=false;proxyAddress=http://proxy:3128;"_s;
    QTest::newRow("custom has no keys of its own") << SettingsEdit([](ConnectionSettings &s) {
        s.request.url = u"https://h/"_s;
        s.pagination.type = PaginationType::Custom;
    }) << head + u"addMissingQueryParametersToFinalRequest=false;PaginationType=Custom;"_s + tail;
}

void TestConnectionString::writesFromScratch()
{
    QFETCH(SettingsEdit, edit);
    QFETCH(QString, expected);
    ConnectionSettings settings;
    edit(settings);
    const QString written = ConnectionString::write(settings);
    QCOMPARE(written, expected);
    QVERIFY(!written.contains(u"hunter2"_s));
    QVERIFY(!written.contains(u"pfx-secret"_s));
    // What was written reads back as the same settings, but for what a Qlik Sense string does not carry:
    // the user name, the secrets, and the fields of pagination types not chosen.
    ConnectionSettings carried = settings;
    carried.authentication.userName.clear();
    carried.authentication.password.clear();
    carried.certificates.pfxPassword.clear();
    const PaginationSettings pagination = settings.pagination;
    carried.pagination = PaginationSettings();
    carried.pagination.type = pagination.type;
    switch (pagination.type) {
    case PaginationType::Offset:
        carried.pagination.offset = pagination.offset;
        break;
    case PaginationType::NextPage:
        carried.pagination.nextPage = pagination.nextPage;
        break;
    case PaginationType::NextToken:
        carried.pagination.nextToken = pagination.nextToken;
        break;
    case PaginationType::NextUrl:
        carried.pagination.nextUrl = pagination.nextUrl;
        break;
    case PaginationType::None:
    case PaginationType::Custom:
        break;
    }
    QCOMPARE(dump(mustRead(written)), dump(carried));
}

void TestConnectionString::editKeepsTheRest_data()
{
    QTest::addColumn<QString>("string");
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<QString>("expected");

    QTest::newRow("timeout: only its bytes change")
        << QrsNtlm << SettingsEdit([](ConnectionSettings &s) { s.request.timeoutSeconds = 60; })
        << QString(QrsNtlm).replace(u"timeout=900"_s, u"timeout=60"_s);
    QTest::newRow("cleared list is left out")
        << QrsNtlm << SettingsEdit([](ConnectionSettings &s) { s.queryParameters.clear(); })
        << QString(QrsNtlm).remove(u"queryParameters=xrfkey%20000000000000000;"_s);
    QTest::newRow("new list goes where Qlik puts it")
        << u"provider=QvRestConnector.exe;url=https://h/;addMissingQueryParametersToFinalRequest=false;PaginationType=None;"_s
        << SettingsEdit([](ConnectionSettings &s) {
               s.queryHeaders = {{u"Accept-Language"_s, u"en"_s}};
           })
        << u"provider=QvRestConnector.exe;url=https://h/;addMissingQueryParametersToFinalRequest=false;"
           "queryHeaders=Accept-Language%2en;PaginationType=None;"_s;
    QTest::newRow("a key the string lacks is added only when it changes")
        << u"provider=QvRestConnector.exe;url=https://h/;"_s
        << SettingsEdit([](ConnectionSettings &s) { s.request.method = HttpMethod::Post; })
        << u"provider=QvRestConnector.exe;url=https://h/;method=POST;"_s;
    QTest::newRow("legacy key updated, authSchema added where it stood")
        << Legacy << SettingsEdit([](ConnectionSettings &s) { s.authentication.schema = AuthSchema::Basic; })
        << QString(Legacy)
               .replace(u"useWindowsAuthentication=true;"_s, u"useWindowsAuthentication=false;"_s)
               .replace(
                   u"forceAuthenticationType=false;"_s, u"forceAuthenticationType=false;authSchema=basic;"_s);
    QTest::newRow("pagination keys follow the type")
        << u"provider=QvRestConnector.exe;url=https://h/;PaginationType=None;allowHttpsOnly=false;"_s
        << SettingsEdit([](ConnectionSettings &s) {
               s.pagination.type = PaginationType::NextUrl;
               s.pagination.nextUrl.fieldPath = u"next"_s;
           })
        << u"provider=QvRestConnector.exe;url=https://h/;PaginationType=NextUrl;NextUrlFieldPath=next;"
           "IsNextUrlFieldPathHeader=false;allowHttpsOnly=false;"_s;
    QTest::newRow("keys of the type no longer chosen are dropped")
        << u"provider=QvRestConnector.exe;PaginationType=NextUrl;NextUrlFieldPath=next;IsNextUrlFieldPathHeader=false;x=1;"_s
        << SettingsEdit([](ConnectionSettings &s) { s.pagination.type = PaginationType::None; })
        << u"provider=QvRestConnector.exe;PaginationType=None;x=1;"_s;
    QTest::newRow("unknown keys and escapes survive an edit")
        << u"provider=QvRestConnector.exe;url=https://h/p?q%2%u00e9;futureKey=a%2b;timeout=30;"_s
        << SettingsEdit([](ConnectionSettings &s) { s.request.timeoutSeconds = 45; })
        << u"provider=QvRestConnector.exe;url=https://h/p?q%2%u00e9;futureKey=a%2b;timeout=45;"_s;
    QTest::newRow("spelling of a changed key is kept")
        << u"Provider=QvRestConnector.exe;URL=https://h/;"_s
        << SettingsEdit([](ConnectionSettings &s) { s.request.url = u"https://h/v2?a=1"_s; })
        << u"Provider=QvRestConnector.exe;URL=https://h/v2?a%21;"_s;
    QTest::newRow("no separator after the last pair, still")
        << u"provider=QvRestConnector.exe;url=https://h/"_s
        << SettingsEdit([](ConnectionSettings &s) { s.request.url = u"https://g/"_s; })
        << u"provider=QvRestConnector.exe;url=https://g/"_s;
    QTest::newRow("earlier copy of a repeated key is kept, the last changes")
        << u"provider=QvRestConnector.exe;timeout=30;timeout=60;"_s
        << SettingsEdit([](ConnectionSettings &s) { s.request.timeoutSeconds = 90; })
        << u"provider=QvRestConnector.exe;timeout=30;timeout=90;"_s;
    QTest::newRow("passwords never enter the string") << QrsNtlm << SettingsEdit([](ConnectionSettings &s) {
        s.authentication.userName = u"DOMAIN\\analyst"_s;
        s.authentication.password = u"hunter2"_s;
    }) << QrsNtlm;
}

void TestConnectionString::editKeepsTheRest()
{
    QFETCH(QString, string);
    QFETCH(SettingsEdit, edit);
    QFETCH(QString, expected);
    ConnectionSettings settings = mustRead(string);
    edit(settings);
    QCOMPARE(ConnectionString::write(settings), expected);
}

void TestConnectionString::statementQuotes_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("body"); // the request body read from it
    QTest::newRow("doubled double quotes")
        << u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;method=POST;requestBody={\"\"a\"\":1};\";"_s
        << u"{\"a\":1}"_s;
    QTest::newRow("doubled single quotes")
        << u"CUSTOM CONNECT TO 'provider=QvRestConnector.exe;method=POST;requestBody=it''s;';"_s << u"it's"_s;
    QTest::newRow("%3, as Qlik writes a quote")
        << u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;method=POST;requestBody={%3a%3:1};\";"_s
        << u"{\"a\":1}"_s;
    QTest::newRow("the other quote needs no doubling")
        << u"CUSTOM CONNECT TO 'provider=QvRestConnector.exe;method=POST;requestBody={\"a\":1};';"_s
        << u"{\"a\":1}"_s;
}

void TestConnectionString::statementQuotes()
{
    QFETCH(QString, statement);
    QFETCH(QString, body);
    ConnectionSettings settings = mustRead(statement);
    QCOMPARE(settings.request.requestBody, body);
    QCOMPARE(ConnectionString::writeStatement(settings), statement);
    // A new string is written in double quotes.
    settings.layout = {};
    const QString fresh = ConnectionString::writeStatement(settings);
    QVERIFY(fresh.startsWith(u"CUSTOM CONNECT TO \"provider="_s));
    QCOMPARE(mustRead(fresh).request.requestBody, body);
    // A quote in a new string's value is written %3, as Qlik's wizard writes it, never doubled.
    if (body.contains(u'"'))
        QVERIFY2(
            fresh.contains(u"requestBody={%3a%3:1};"_s) && !fresh.contains(u"\"\""_s), qPrintable(fresh));
}

void TestConnectionString::badInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");
    //                                       1234567890123456789012345678901234567890
    QTest::newRow("truncated statement")
        << u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/"_s << u"url"_s << qsizetype(63)
        << u"no closing \" quote"_s;
    QTest::newRow("truncated after a pair") << u"CUSTOM CONNECT TO 'provider=x;method=GET;"_s << u"method"_s
                                            << qsizetype(42) << u"ends after the value of method"_s;
    QTest::newRow("missing =") << u"provider=x;timeout;url=https://h/;"_s << u"timeout"_s << qsizetype(12)
                               << u"has no '='"_s;
    QTest::newRow("timeout abc") << u"provider=x;timeout=abc;"_s << u"timeout"_s << qsizetype(20)
                                 << u"\"abc\" is not a whole number of seconds"_s;
    QTest::newRow("timeout too large for a number")
        << u"provider=x;timeout=99999999999;"_s << u"timeout"_s << qsizetype(20) << u"not a whole number"_s;
    QTest::newRow("retry codes that are not numbers")
        << u"CUSTOM CONNECT TO \"provider=x;retryCodes=500,abc;\";"_s << u"retryCodes"_s << qsizetype(42)
        << u"is not a list of status codes"_s;
    QTest::newRow("method FETCH") << u"CUSTOM CONNECT TO \"provider=x;method=FETCH;\";"_s << u"method"_s
                                  << qsizetype(38) << u"\"FETCH\" is not one of GET or POST"_s;
    QTest::newRow("boolean") << u"provider=x;isKeepAlive=yes;"_s << u"isKeepAlive"_s << qsizetype(24)
                             << u"not true or false"_s;
    QTest::newRow("empty boolean") << u"provider=x;allowHttpsOnly=;"_s << u"allowHttpsOnly"_s << qsizetype(27)
                                   << u"not true or false"_s;
    QTest::newRow("key generation 5")
        << u"provider=x;keyGenerationStrategy=5;"_s << u"keyGenerationStrategy"_s << qsizetype(34)
        << u"not one of 0, -1, 1 or 2"_s;
    QTest::newRow("pagination type") << u"provider=x;PaginationType=Cursor;"_s << u"PaginationType"_s
                                     << qsizetype(27) << u"NextPage"_s;
    QTest::newRow("offset value") << u"provider=x;OffsetCountValue=ten;"_s << u"OffsetCountValue"_s
                                  << qsizetype(29) << u"not a whole number"_s;
    QTest::newRow("list item without =") << u"provider=x;queryParameters=a%2b%1c;"_s << u"queryParameters"_s
                                         << qsizetype(28) << u"\"c\" has no '='"_s;
    QTest::newRow("http protocol") << u"provider=x;httpProtocol=2;"_s << u"httpProtocol"_s << qsizetype(25)
                                   << u"1.0 or 1.1"_s;
    QTest::newRow("position counts doubled quotes")
        << u"CUSTOM CONNECT TO \"requestBody=\"\"\"\";timeout=x;\""_s << u"timeout"_s << qsizetype(45)
        << u"whole number"_s;
    QTest::newRow("empty input") << u"  \n"_s << QString() << qsizetype(1) << u"empty"_s;
    QTest::newRow("empty string") << u"CUSTOM CONNECT TO \"\";"_s << QString() << qsizetype(21) << u"empty"_s;
    QTest::newRow("empty pair") << u"provider=x;;url=y;"_s << QString() << qsizetype(12) << u"empty pair"_s;
    QTest::newRow("value without key") << u"provider=x;=y;"_s << QString() << qsizetype(12) << u"no key"_s;
    QTest::newRow("no quote after CUSTOM CONNECT TO")
        << u"CUSTOM CONNECT TO provider=x;"_s << QString() << qsizetype(19) << u"expected \" or '"_s;
    QTest::newRow("nothing after CUSTOM CONNECT TO")
        << u"CUSTOM CONNECT TO "_s << QString() << qsizetype(19) << u"missing"_s;
    QTest::newRow("text after the statement") << u"CUSTOM CONNECT TO \"provider=x;\"; LOAD *;"_s << QString()
                                              << qsizetype(34) << u"unexpected text \"LOAD *;\""_s;
    QTest::newRow("lib connect") << u"LIB CONNECT TO 'Orders API';"_s << QString() << qsizetype(1)
                                 << u"LIB CONNECT TO names a connection stored in Qlik"_s;
}

void TestConnectionString::badInput()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QFETCH(qsizetype, position);
    QFETCH(QString, message);
    const auto result = ConnectionString::read(input);
    QVERIFY2(!result.hasValue(), "bad input was read without an error");
    QCOMPARE(result.error().key, key);
    QCOMPARE(result.error().position, position);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY(result.error().toString().contains(u"character %1"_s.arg(position)));
}

void TestConnectionString::hostileInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("10 MB value") << u"provider=x;url=https://h/?q%2"_s + QString(10 * 1024 * 1024, u'a')
            + u';';
    QString manyPairs;
    for (int i = 0; i < 100000; ++i)
        manyPairs += u"k%1=v%1;"_s.arg(i);
    QTest::newRow("100000 unknown pairs") << manyPairs;
    QTest::newRow("only percent signs") << u"provider=x;url="_s + QString(10001, u'%') + u';';
    QTest::newRow("NUL characters") << u"provider=x;url=a\0b;q\0=\0;"_s;
    QTest::newRow("lone surrogates") << u"provider=x;url="_s + QChar(0xD800) + QChar(0xDFFF) + u"x;"_s;
    QTest::newRow("only quotes") << QString(1001, u'"');
    QTest::newRow("many repeated known keys") << QString(u"timeout=1;"_s).repeated(50000);
    QTest::newRow("list of 10000 items")
        << u"queryParameters="_s + QString(u"a%2b%1"_s).repeated(10000) + u';';
    QTest::newRow("deep percent nesting")
        << u"queryHeaders=a%2"_s + QString(u"%%"_s).repeated(5000) + u"2b;"_s;
}

// Nothing crashes; what reads at all writes back as itself and reads again to the same settings.
void TestConnectionString::hostileInput()
{
    QFETCH(QString, input);
    const auto result = ConnectionString::read(input);
    if (!result.hasValue()) {
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    const QString written = ConnectionString::write(result.value());
    const auto again = ConnectionString::read(written);
    QVERIFY(again.hasValue());
    QCOMPARE(ConnectionString::write(again.value()), written);
}

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_connectionstring.moc"
