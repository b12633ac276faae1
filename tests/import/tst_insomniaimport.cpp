// SPDX-License-Identifier: MIT
// Insomnia exports (format 4, JSON or YAML): folders, environments, bodies and authentication.
#include "import/apidocument.h"
#include "variables.h"

#include <QFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestInsomniaImport : public QObject
{
    Q_OBJECT
private slots:
    void tree();
    void requests_data();
    void requests();
    void refused_data();
    void refused();
};

static const QByteArray exported = R"json({
  "_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {"_id": "wrk_1", "_type": "workspace", "parentId": null, "name": "Shop"},
    {"_id": "env_base", "_type": "environment", "parentId": "wrk_1", "name": "Base",
     "data": {"base": "https://shop.example.com", "auth": {"user": "ann"}}},
    {"_id": "env_test", "_type": "environment", "parentId": "env_base", "name": "Test",
     "data": {"base": "http://127.0.0.1:8080", "api_key": "k-test"}},
    {"_id": "env_prod", "_type": "environment", "parentId": "env_base", "name": "Production",
     "data": {"base": "https://prod.example.com"}},
    {"_id": "fld_1", "_type": "request_group", "parentId": "wrk_1", "name": "Orders"},
    {"_id": "fld_2", "_type": "request_group", "parentId": "fld_1", "name": "Reports"},
    {"_id": "req_1", "_type": "request", "parentId": "fld_2", "name": "Daily", "method": "GET",
     "url": "{{ _.base }}/reports/daily", "parameters": [{"name": "day", "value": "1"}, {"name": "x", "value": "2", "disabled": true}],
     "headers": [{"name": "Accept", "value": "text/csv"}],
     "authentication": {"type": "basic", "username": "{{ _.auth.user }}", "password": "pw"}},
    {"_id": "req_2", "_type": "request", "parentId": "fld_1", "name": "Create", "method": "POST",
     "url": "{{ _.base }}/orders", "body": {"mimeType": "application/json", "text": "{\"n\": 1}"},
     "authentication": {"type": "apikey", "key": "X-Api-Key", "value": "{{ _.api_key }}", "addTo": "header"}},
    {"_id": "req_3", "_type": "request", "parentId": "wrk_1", "name": "Form", "method": "POST",
     "url": "{{ _.base }}/form", "body": {"mimeType": "application/x-www-form-urlencoded",
       "params": [{"name": "a", "value": "1 2"}]}},
    {"_id": "req_4", "_type": "request", "parentId": "wrk_1", "name": "Upload", "method": "POST",
     "url": "{{ _.base }}/up", "body": {"mimeType": "multipart/form-data", "params": [{"name": "f", "type": "file"}]}},
    {"_id": "req_5", "_type": "request", "parentId": "wrk_1", "name": "Now", "method": "GET",
     "url": "{{ _.base }}/at?t={% now 'iso-8601' %}",
     "authentication": {"type": "oauth2", "grantType": "client_credentials", "accessTokenUrl": "{{ _.base }}/token",
       "clientId": "app", "clientSecret": "shh", "credentialsInBody": false}},
    {"_id": "req_6", "_type": "request", "parentId": "wrk_1", "name": "Patch", "method": "PATCH", "url": "{{ _.base }}/p"}
  ]})json";

void TestInsomniaImport::tree()
{
    const auto document = ApiDocument::read(exported);
    QVERIFY2(document, qPrintable(document ? QString() : document.error()));
    QCOMPARE(document.value()->kindName(), u"Insomnia export 4"_s);
    QCOMPARE(document.value()->title(), u"Shop"_s);
    QCOMPARE(document.value()->entries().size(), 6);
    QCOMPARE(document.value()->entries().first().group, u"Orders/Reports"_s);
    QVERIFY(!document.value()->entries().last().fits());
    // Two sub-environments: the first one's values, and a word that there are more.
    QVERIFY2(document.value()->notes().join(u' ').contains(u"Test"),
        qPrintable(document.value()->notes().join(u' ')));
}

void TestInsomniaImport::requests_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("authSchema");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("tokenSource");
    QTest::addColumn<QString>("variable"); // name=value the request uses
    QTest::addColumn<QString>("unmapped");

    QTest::newRow("nested folders; Basic from a nested variable; disabled parameter out")
        << u"Daily"_s << u"$(base)/reports/daily"_s << u"day=1"_s << QString() << int(AuthSchema::Basic)
        << u"$(auth.user)"_s << int(TokenSource::None) << u"base=http://127.0.0.1:8080"_s << QString();
    QTest::newRow("JSON body; API key header from the sub-environment")
        << u"Create"_s << u"$(base)/orders"_s << QString() << u"{\"n\": 1}"_s << int(AuthSchema::Anonymous)
        << QString() << int(TokenSource::None) << u"api_key=k-test"_s << QString();
    QTest::newRow("form body") << u"Form"_s << u"$(base)/form"_s << QString() << u"a=1%202"_s
                               << int(AuthSchema::Anonymous) << QString() << int(TokenSource::None)
                               << u"base=http://127.0.0.1:8080"_s << QString();
    QTest::newRow("multipart: listed")
        << u"Upload"_s << u"$(base)/up"_s << QString() << QString() << int(AuthSchema::Anonymous) << QString()
        << int(TokenSource::None) << u"base=http://127.0.0.1:8080"_s << u"multipart"_s;
    QTest::newRow("a template tag: listed; OAuth 2.0 as Basic client")
        << u"Now"_s << u"$(base)/at"_s << u"t={% now 'iso-8601' %}"_s << QString()
        << int(AuthSchema::Anonymous) << QString() << int(TokenSource::OAuth2)
        << u"base=http://127.0.0.1:8080"_s << u"template tag"_s;
}

void TestInsomniaImport::requests()
{
    QFETCH(QString, request);
    QFETCH(QString, url);
    QFETCH(QString, query);
    QFETCH(QString, body);
    QFETCH(int, authSchema);
    QFETCH(QString, user);
    QFETCH(int, tokenSource);
    QFETCH(QString, variable);
    QFETCH(QString, unmapped);
    const auto document = ApiDocument::read(exported);
    QVERIFY(document);
    const int entry = document.value()->find(request);
    QVERIFY(entry >= 0);
    const auto imported = document.value()->import(entry, {}, {});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const ConnectionSettings &s = imported.value().settings;
    QCOMPARE(s.request.url, url);
    QStringList pairs;
    for (const NameValue &parameter : s.queryParameters)
        pairs.append(parameter.name + u'=' + parameter.value);
    QCOMPARE(pairs.join(u'&'), query);
    QCOMPARE(s.request.requestBody, body);
    QCOMPARE(int(s.authentication.schema), authSchema);
    QCOMPARE(s.authentication.userName, user);
    QCOMPARE(int(s.token.source), tokenSource);
    if (tokenSource == int(TokenSource::OAuth2))
        QVERIFY(s.token.clientSecretAsBasic);
    const Variable *used = Variables::find(s.variables, variable.section(u'=', 0, 0));
    QVERIFY2(used, qPrintable(variable));
    QCOMPARE(used->testValue, variable.section(u'=', 1));
    const QString said = imported.value().unmapped.join(u'\n');
    QVERIFY2(unmapped.isEmpty() ? said.isEmpty() : said.contains(unmapped), qPrintable(said));
}

void TestInsomniaImport::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("format 3") << QByteArray(R"({"_type": "export", "__export_format": 3, "resources": []})")
                              << u"format 3"_s;
    QTest::newRow("no resources") << QByteArray(R"({"_type": "export", "__export_format": 4})")
                                  << u"no resources"_s;
    QFile workspace(
        QStringLiteral(QONDUIT_PUBLIC_DOCUMENTS "/insomnia-importers/insomnia-4-basic-input.yaml"));
    QTest::newRow("a workspace alone (public, YAML)")
        << (workspace.open(QIODevice::ReadOnly) ? workspace.readAll() : QByteArray())
        << u"holds no request"_s;
    QTest::newRow("truncated") << exported.left(exported.size() * 2 / 3) << u"not JSON"_s;
}

void TestInsomniaImport::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, sentence);
    QVERIFY(!text.isEmpty());
    const auto read = ApiDocument::read(text);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(sentence), qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestInsomniaImport)
#include "tst_insomniaimport.moc"
