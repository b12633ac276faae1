// SPDX-License-Identifier: MIT
// Postman collections (v2.0, v2.1): the request tree, and a request made a form, its variables
// Qonduit's variables, and what Postman does that Qlik cannot, listed.
#include "import/apidocument.h"
#include "variables.h"

#include <QFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestPostmanImport : public QObject
{
    Q_OBJECT
private slots:
    void tree();
    void requests_data();
    void requests();
    void environmentComesFirst();
    void refused_data();
    void refused();
    void publicCollections_data();
    void publicCollections();
};

static const QByteArray collection = R"json({
  "info": {"name": "Shop", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
  "variable": [{"key": "base", "value": "https://shop.example.com"}, {"key": "token", "value": "t0ken"}],
  "item": [
    {"name": "Orders", "item": [
      {"name": "List orders", "request": {"method": "GET",
        "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Off", "value": "1", "disabled": true}],
        "url": {"raw": "{{base}}/orders?status=open", "host": ["{{base}}"], "path": ["orders"],
                "query": [{"key": "status", "value": "open"}, {"key": "debug", "value": "1", "disabled": true}]}}},
      {"name": "Create order", "event": [{"listen": "prerequest", "script": {"exec": ["pm.variables.set('x', 1)"]}}],
       "request": {"method": "POST", "url": "{{base}}/orders",
        "auth": {"type": "basic", "basic": [{"key": "username", "value": "ann"}, {"key": "password", "value": "s3cret"}]},
        "body": {"mode": "raw", "raw": "{\"item\": \"{{item}}\", \"id\": \"{{$guid}}\"}",
                 "options": {"raw": {"language": "json"}}}}},
      {"name": "Delete order", "request": {"method": "DELETE", "url": "{{base}}/orders/1"}}
    ]},
    {"name": "Login", "request": {"method": "POST", "url": "{{base}}/login",
      "auth": {"type": "noauth"},
      "body": {"mode": "urlencoded", "urlencoded": [{"key": "user", "value": "ann"}, {"key": "pass", "value": "p w"}]}}},
    {"name": "Upload", "request": {"method": "POST", "url": "{{base}}/upload",
      "body": {"mode": "formdata", "formdata": [{"key": "file", "type": "file", "src": "/tmp/a.csv"}]}}},
    {"name": "Machine", "request": {"method": "GET", "url": "{{base}}/machine",
      "auth": {"type": "oauth2", "oauth2": [{"key": "grant_type", "value": "client_credentials"},
        {"key": "accessTokenUrl", "value": "{{base}}/token"}, {"key": "clientId", "value": "app"},
        {"key": "clientSecret", "value": "shh"}, {"key": "scope", "value": "read"}]}}},
    {"name": "Keyed", "request": {"method": "GET", "url": "{{base}}/keyed",
      "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "api_key"}, {"key": "value", "value": "k"},
                                            {"key": "in", "value": "query"}]}}},
    {"name": "Windows", "request": {"method": "GET", "url": "{{base}}/ntlm",
      "auth": {"type": "ntlm", "ntlm": [{"key": "username", "value": "ann"}, {"key": "domain", "value": "CORP"}]}}},
    {"name": "Signed", "request": {"method": "GET", "url": "{{base}}/aws",
      "auth": {"type": "awsv4", "awsv4": []}}}
  ]
})json";

static std::shared_ptr<const ApiDocument> read(const QByteArray &text)
{
    auto document = ApiDocument::read(text);
    if (!document)
        qWarning("%s", qPrintable(document.error()));
    return document ? document.value() : nullptr;
}

void TestPostmanImport::tree()
{
    const auto document = read(collection);
    QVERIFY(document);
    QCOMPARE(document->kindName(), u"Postman collection v2.1"_s);
    QCOMPARE(document->entries().size(), 9);
    const ApiEntry &first = document->entries().first();
    QCOMPARE(first.title, u"List orders"_s);
    QCOMPARE(first.group, u"Orders"_s);
    QCOMPARE(first.method, u"GET"_s);
    const ApiEntry &deleted = document->entries().at(2);
    QVERIFY(!deleted.fits());
    QVERIFY2(deleted.whyNot.contains(u"GET and POST only"), qPrintable(deleted.whyNot));
    QVERIFY(document->find(u"Login"_s) >= 0);
}

void TestPostmanImport::requests_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("authSchema");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("tokenSource");
    QTest::addColumn<QString>("variables"); // name=value,...
    QTest::addColumn<QStringList>("unmapped");

    QTest::newRow("inherited bearer; disabled parts left out; variables")
        << u"List orders"_s << u"$(base)/orders?status=open"_s
        << u"Accept: application/json|Authorization: Bearer $(token)"_s << QString()
        << int(AuthSchema::Anonymous) << QString() << int(TokenSource::None)
        << u"base=https://shop.example.com,token=t0ken"_s << QStringList {};
    QTest::newRow("own Basic; raw JSON body; a script and a dynamic value listed")
        << u"Create order"_s << u"$(base)/orders"_s << u"Content-Type: application/json"_s
        << u"{\"item\": \"$(item)\", \"id\": \"{{$guid}}\"}"_s << int(AuthSchema::Basic) << u"ann"_s
        << int(TokenSource::None) << u"base=https://shop.example.com,item="_s
        << QStringList {u"scripts"_s, u"{{$guid}}"_s, u"{{item}} has no value"_s};
    QTest::newRow("urlencoded; noauth stops the inheritance")
        << u"Login"_s << u"$(base)/login"_s << u"Content-Type: application/x-www-form-urlencoded"_s
        << u"user=ann&pass=p%20w"_s << int(AuthSchema::Anonymous) << QString() << int(TokenSource::None)
        << u"base=https://shop.example.com"_s << QStringList {};
    QTest::newRow("form data with a file: listed")
        << u"Upload"_s << u"$(base)/upload"_s << u"Authorization: Bearer $(token)"_s << QString()
        << int(AuthSchema::Anonymous) << QString() << int(TokenSource::None)
        << u"base=https://shop.example.com,token=t0ken"_s << QStringList {u"form-data"_s};
    QTest::newRow("OAuth 2.0 client credentials: Token first")
        << u"Machine"_s << u"$(base)/machine"_s << QString() << QString() << int(AuthSchema::Anonymous)
        << QString() << int(TokenSource::OAuth2) << u"base=https://shop.example.com"_s << QStringList {};
    QTest::newRow("API key in the query")
        << u"Keyed"_s << u"$(base)/keyed?api_key=k"_s << QString() << QString() << int(AuthSchema::Anonymous)
        << QString() << int(TokenSource::None) << u"base=https://shop.example.com"_s << QStringList {};
    QTest::newRow("NTLM with a domain")
        << u"Windows"_s << u"$(base)/ntlm"_s << QString() << QString() << int(AuthSchema::Ntlm)
        << u"CORP\\ann"_s << int(TokenSource::None) << u"base=https://shop.example.com"_s << QStringList {};
    QTest::newRow("AWS signatures: listed")
        << u"Signed"_s << u"$(base)/aws"_s << QString() << QString() << int(AuthSchema::Anonymous)
        << QString() << int(TokenSource::None) << u"base=https://shop.example.com"_s
        << QStringList {u"awsv4"_s};
}

static QString joined(const QList<NameValue> &pairs)
{
    QStringList out;
    for (const NameValue &pair : pairs)
        out.append(pair.name + u": "_s + pair.value);
    return out.join(u'|');
}

void TestPostmanImport::requests()
{
    QFETCH(QString, request);
    QFETCH(QString, url);
    QFETCH(QString, headers);
    QFETCH(QString, body);
    QFETCH(int, authSchema);
    QFETCH(QString, user);
    QFETCH(int, tokenSource);
    QFETCH(QString, variables);
    QFETCH(QStringList, unmapped);
    const auto document = read(collection);
    QVERIFY(document);
    const int entry = document->find(request);
    QVERIFY(entry >= 0);
    const auto imported = document->import(entry, {}, {});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const ConnectionSettings &s = imported.value().settings;
    QString fullUrl = s.request.url;
    for (const NameValue &parameter : s.queryParameters)
        fullUrl += (fullUrl.contains(u'?') ? u'&' : u'?') + parameter.name + u'=' + parameter.value;
    QCOMPARE(fullUrl, url);
    QCOMPARE(joined(s.queryHeaders), headers);
    QCOMPARE(s.request.requestBody, body);
    QCOMPARE(int(s.authentication.schema), authSchema);
    QCOMPARE(s.authentication.userName, user);
    QCOMPARE(int(s.token.source), tokenSource);
    QStringList names;
    for (const Variable &variable : s.variables)
        names.append(variable.name + u'=' + variable.testValue);
    names.sort();
    QStringList expected = variables.split(u',', Qt::SkipEmptyParts);
    expected.sort();
    QCOMPARE(names, expected);
    const QString said = imported.value().unmapped.join(u'\n');
    for (const QString &part : unmapped)
        QVERIFY2(said.contains(part), qPrintable(u"«%1» not in:\n%2"_s.arg(part, said)));
    if (unmapped.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
}

// A Postman environment's values win over the collection's own, as in Postman.
void TestPostmanImport::environmentComesFirst()
{
    const auto environment = ApiImports::postmanEnvironment(R"({"name": "Test", "values": [
        {"key": "base", "value": "http://127.0.0.1:8080", "enabled": true},
        {"key": "token", "value": "env-token", "type": "secret", "enabled": true}]})");
    QVERIFY2(environment, qPrintable(environment ? QString() : environment.error()));
    const auto document = read(collection);
    QVERIFY(document);
    ApiChoice choice;
    choice.environment = environment.value();
    const auto imported = document->import(0, choice, {});
    QVERIFY(imported);
    const Variable *base = Variables::find(imported.value().settings.variables, u"base"_s);
    QVERIFY(base);
    QCOMPARE(base->testValue, u"http://127.0.0.1:8080"_s);
    const Variable *token = Variables::find(imported.value().settings.variables, u"token"_s);
    QVERIFY(token);
    QVERIFY(token->secret); // a secret of the environment stays one: to the keychain, not to files
    QVERIFY(!ApiImports::postmanEnvironment(R"({"name": "x"})"));
}

void TestPostmanImport::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("v1") << QByteArray(
        R"({"id": "1", "name": "Old", "order": ["a"], "requests": [{"id": "a", "url": "https://x", "method": "GET"}]})")
                        << u"v1"_s;
    QTest::newRow("no items") << QByteArray(
        R"({"info": {"_postman_id": "1", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"}})")
                              << u"no item list"_s;
    QTest::newRow("empty folders") << QByteArray(
        R"({"info": {"_postman_id": "1"}, "item": [{"name": "a", "item": []}]})")
                                   << u"holds no request"_s;
}

void TestPostmanImport::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, sentence);
    const auto read = ApiDocument::read(text);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(sentence), qPrintable(read.error()));
}

void TestPostmanImport::publicCollections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entry");
    QTest::addColumn<int>("authSchema");
    QTest::addColumn<int>("tokenSource");
    QTest::newRow("v2.0 basic auth") << u"postman-basic-auth-v2_0-input.json"_s << 0 << int(AuthSchema::Basic)
                                     << int(TokenSource::None);
    QTest::newRow("v2.1 oauth2") << u"postman-oauth2_0-auth-v2_1-input.json"_s << 0
                                 << int(AuthSchema::Anonymous) << int(TokenSource::None);
    QTest::newRow("v2.1 complex") << u"postman-complex-v2_1-input.json"_s << 0 << int(AuthSchema::Anonymous)
                                  << int(TokenSource::None);
}

// Collections Insomnia's importer is tested with: every request imports or says why not.
void TestPostmanImport::publicCollections()
{
    QFETCH(QString, file);
    QFETCH(int, entry);
    QFETCH(int, authSchema);
    QFETCH(int, tokenSource);
    QFile source(QStringLiteral(QONDUIT_PUBLIC_DOCUMENTS "/insomnia-importers/") + file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto document = read(source.readAll());
    QVERIFY(document);
    for (int i = 0; i < document->entries().size(); ++i) {
        const auto imported = document->import(i, {}, {});
        QCOMPARE(bool(imported), document->entries()[i].fits());
    }
    const auto imported = document->import(entry, {}, {});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(int(imported.value().settings.authentication.schema), authSchema);
    QCOMPARE(int(imported.value().settings.token.source), tokenSource);
    QVERIFY(!imported.value().settings.request.url.isEmpty());
}

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"
