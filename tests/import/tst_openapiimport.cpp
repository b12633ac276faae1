// SPDX-License-Identifier: MIT
// An OpenAPI operation made a form: server, path, parameters, body, authentication, a pagination
// guess, and the example answer; and every part that does not carry over said so.
#include "import/apidocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestOpenApiImport : public QObject
{
    Q_OBJECT
private slots:
    void operations_data();
    void operations();
    void serverAndPathChoices_data();
    void serverAndPathChoices();
    void paginationGuess_data();
    void paginationGuess();
    void hostileReferences_data();
    void hostileReferences();
    void publicDocuments_data();
    void publicDocuments();
    void answerExampleForSelectData_data();
    void answerExampleForSelectData();
};

// Written for the tests: one operation per thing to carry over.
static const QByteArray shop = R"(openapi: 3.0.3
info: {title: Shop, version: '2'}
servers:
  - url: https://{region}.shop.example.com/v2
    variables:
      region: {default: eu, enum: [eu, us]}
  - url: http://localhost:8080/v2
components:
  securitySchemes:
    basicAuth: {type: http, scheme: basic}
    bearerAuth: {type: http, scheme: bearer}
    keyHeader: {type: apiKey, in: header, name: X-Api-Key}
    keyQuery: {type: apiKey, in: query, name: api_key}
    machine:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: 'https://auth.shop.example.com/token', scopes: {read: Read}}
    browser:
      type: oauth2
      flows:
        authorizationCode: {authorizationUrl: 'https://a', tokenUrl: 'https://b', scopes: {}}
  schemas:
    Order:
      type: object
      properties:
        id: {type: integer, example: 7}
        total: {type: number}
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, default: 50}}
paths:
  /orders:
    get:
      operationId: listOrders
      summary: List orders
      tags: [orders]
      security: [{keyHeader: []}]
      parameters:
        - {name: status, in: query, required: true, schema: {type: string, example: open}}
        - {name: sort, in: query, schema: {type: string}, example: date}
        - {name: X-Tenant, in: header, required: true, example: acme}
        - {name: session, in: cookie}
      responses:
        '200':
          description: ok
          content:
            application/json:
              example: {orders: [{id: 1, total: 9.5}], next: null}
    post:
      operationId: createOrder
      security: [{basicAuth: []}]
      requestBody:
        content:
          application/json:
            example: {item: book, quantity: 2}
      responses:
        '201':
          description: made
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
  /orders/{orderId}:
    parameters:
      - {name: orderId, in: path, required: true, schema: {type: integer}, example: 42}
    get:
      operationId: getOrder
      security: [{bearerAuth: []}]
      responses: {'200': {description: ok}}
    delete:
      operationId: deleteOrder
      responses: {'204': {description: gone}}
  /reports:
    get:
      operationId: reports
      security: [{keyQuery: []}]
      deprecated: true
      responses: {'200': {description: ok}}
  /machine:
    get:
      operationId: machine
      security: [{machine: [read]}]
      responses: {'200': {description: ok}}
  /browser:
    get:
      operationId: browser
      security: [{browser: []}]
      responses: {'200': {description: ok}}
  /upload:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string, format: binary}}}
      responses: {'200': {description: ok}}
  /login:
    post:
      operationId: login
      requestBody:
        content:
          application/x-www-form-urlencoded:
            example: {user: ann, remember: true}
      responses: {'200': {description: ok}}
)";

static std::shared_ptr<const ApiDocument> read(const QByteArray &text)
{
    auto document = ApiDocument::read(text);
    if (!document)
        qWarning("%s", qPrintable(document.error()));
    return document ? document.value() : nullptr;
}

void TestOpenApiImport::operations_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("query"); // name=value&...
    QTest::addColumn<QString>("headers"); // name: value|...
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("authSchema"); // AuthSchema
    QTest::addColumn<int>("tokenSource"); // TokenSource
    QTest::addColumn<QString>("variable"); // a secret variable the import adds, or empty
    QTest::addColumn<QStringList>("unmapped"); // a part of each sentence expected

    QTest::newRow("query, header and cookie parameters; an API key header")
        << u"listOrders"_s << u"https://eu.shop.example.com/v2/orders"_s << u"GET"_s << u"status=open"_s
        << u"X-Tenant: acme|X-Api-Key: $(vXApiKey)"_s << QString() << int(AuthSchema::Anonymous)
        << int(TokenSource::None) << u"vXApiKey"_s
        << QStringList {u"optional query parameter sort (for example date)"_s, u"cookie session"_s,
               u"secret variable vXApiKey"_s};
    QTest::newRow("a JSON body from the example; Basic")
        << u"createOrder"_s << u"https://eu.shop.example.com/v2/orders"_s << u"POST"_s << QString()
        << u"Content-Type: application/json"_s << u"{\n    \"item\": \"book\",\n    \"quantity\": 2\n}"_s
        << int(AuthSchema::Basic) << int(TokenSource::None) << QString() << QStringList {u"HTTP Basic"_s};
    QTest::newRow("a path parameter from its example; bearer")
        << u"getOrder"_s << u"https://eu.shop.example.com/v2/orders/42"_s << u"GET"_s << QString()
        << u"Authorization: Bearer $(vBearerToken)"_s << QString() << int(AuthSchema::Anonymous)
        << int(TokenSource::None) << u"vBearerToken"_s << QStringList {u"vBearerToken"_s};
    QTest::newRow("an API key in the query; deprecated")
        << u"reports"_s << u"https://eu.shop.example.com/v2/reports"_s << u"GET"_s << u"api_key=$(vApiKey)"_s
        << QString() << QString() << int(AuthSchema::Anonymous) << int(TokenSource::None) << u"vApiKey"_s
        << QStringList {u"deprecated"_s};
    QTest::newRow("OAuth 2.0 client credentials: Token first")
        << u"machine"_s << u"https://eu.shop.example.com/v2/machine"_s << u"GET"_s << QString() << QString()
        << QString() << int(AuthSchema::Anonymous) << int(TokenSource::OAuth2) << QString()
        << QStringList {u"client credentials"_s};
    QTest::newRow("OAuth 2.0 by browser: said, not faked")
        << u"browser"_s << u"https://eu.shop.example.com/v2/browser"_s << u"GET"_s << QString() << QString()
        << QString() << int(AuthSchema::Anonymous) << int(TokenSource::None) << QString()
        << QStringList {u"authorizationCode, which signs in with a browser"_s};
    QTest::newRow("multipart: no body, said so")
        << u"upload"_s << u"https://eu.shop.example.com/v2/upload"_s << u"POST"_s << QString() << QString()
        << QString() << int(AuthSchema::Anonymous) << int(TokenSource::None) << QString()
        << QStringList {u"multipart/form-data"_s};
    QTest::newRow("a form body") << u"login"_s << u"https://eu.shop.example.com/v2/login"_s << u"POST"_s
                                 << QString() << u"Content-Type: application/x-www-form-urlencoded"_s
                                 << u"remember=true&user=ann"_s // in key order: Qt keeps JSON maps sorted
                                 << int(AuthSchema::Anonymous) << int(TokenSource::None) << QString()
                                 << QStringList {};
}

static QString joined(const QList<NameValue> &pairs, const QString &between, const QString &separator)
{
    QStringList out;
    for (const NameValue &pair : pairs)
        out.append(pair.name + between + pair.value);
    return out.join(separator);
}

void TestOpenApiImport::operations()
{
    QFETCH(QString, operation);
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(QString, query);
    QFETCH(QString, headers);
    QFETCH(QString, body);
    QFETCH(int, authSchema);
    QFETCH(int, tokenSource);
    QFETCH(QString, variable);
    QFETCH(QStringList, unmapped);

    const auto document = read(shop);
    QVERIFY(document);
    const int entry = document->find(operation);
    QVERIFY(entry >= 0);
    ConnectionSettings base;
    base.name = u"Kept"_s;
    const auto imported = document->import(entry, {}, base);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    const ConnectionSettings &s = imported.value().settings;
    QCOMPARE(s.name, u"Kept"_s);
    QCOMPARE(s.request.url, url);
    QCOMPARE(s.request.method == HttpMethod::Post ? u"POST"_s : u"GET"_s, method);
    QCOMPARE(joined(s.queryParameters, u"="_s, u"&"_s), query);
    QCOMPARE(joined(s.queryHeaders, u": "_s, u"|"_s), headers);
    QCOMPARE(s.request.requestBody, body);
    QCOMPARE(int(s.authentication.schema), authSchema);
    QCOMPARE(int(s.token.source), tokenSource);
    if (!variable.isEmpty()) {
        const auto found = std::find_if(s.variables.begin(), s.variables.end(),
            [&](const Variable &v) { return u'v' + v.name.mid(1) == variable && v.name == variable; });
        QVERIFY2(found != s.variables.end(), qPrintable(variable));
        QVERIFY(found->secret);
        QVERIFY(found->testValue.isEmpty());
    }
    const QString said = imported.value().unmapped.join(u'\n');
    for (const QString &part : unmapped)
        QVERIFY2(said.contains(part), qPrintable(u"«%1» not in:\n%2"_s.arg(part, said)));
    if (unmapped.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
}

void TestOpenApiImport::serverAndPathChoices_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("url");
    QTest::newRow("first server, the example")
        << 0 << QString() << u"https://eu.shop.example.com/v2/orders/42"_s;
    QTest::newRow("second server") << 1 << QString() << u"http://localhost:8080/v2/orders/42"_s;
    QTest::newRow("a value given, encoded")
        << 0 << u"a/b c"_s << u"https://eu.shop.example.com/v2/orders/a%2Fb%20c"_s;
    QTest::newRow("past the last server: the last")
        << 9 << QString() << u"http://localhost:8080/v2/orders/42"_s;
}

void TestOpenApiImport::serverAndPathChoices()
{
    QFETCH(int, server);
    QFETCH(QString, orderId);
    QFETCH(QString, url);
    const auto document = read(shop);
    QVERIFY(document);
    QCOMPARE(document->servers(),
        (QStringList {u"https://eu.shop.example.com/v2"_s, u"http://localhost:8080/v2"_s}));
    const int entry = document->find(u"getOrder"_s);
    QCOMPARE(document->pathParameters(entry).size(), 1);
    QCOMPARE(document->pathParameters(entry).first().value, u"42"_s);
    ApiChoice choice;
    choice.server = server;
    if (!orderId.isEmpty())
        choice.pathValues.append({u"orderId"_s, orderId});
    const auto imported = document->import(entry, choice, {});
    QVERIFY(imported);
    QCOMPARE(imported.value().settings.request.url, url);
}

void TestOpenApiImport::paginationGuess_data()
{
    QTest::addColumn<QByteArray>("parameters"); // YAML list items of the operation
    QTest::addColumn<QByteArray>("example"); // the answer's example, JSON
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("reason");

    QTest::newRow("offset and limit")
        << QByteArray("[{name: offset, in: query}, {name: limit, in: query, example: 25}]")
        << QByteArray(R"({"total": 3, "items": [{"a": 1}]})") << int(PaginationType::Offset)
        << u"Offset: the operation takes offset and limit"_s;
    QTest::newRow("page and per_page") << QByteArray("[{name: page, in: query}, {name: per_page, in: query}]")
                                       << QByteArray(R"({"items": []})") << int(PaginationType::NextPage)
                                       << u"Next page: the operation takes page"_s;
    QTest::newRow("cursor and next_cursor")
        << QByteArray("[{name: cursor, in: query}]") << QByteArray(R"({"data": [], "next_cursor": "x"})")
        << int(PaginationType::NextToken) << u"the answer has"_s;
    QTest::newRow("a next link") << QByteArray("[]") << QByteArray(R"({"data": [], "next": "https://x/2"})")
                                 << int(PaginationType::NextUrl) << u"Next URL: the answer has"_s;
    QTest::newRow("nothing to guess from")
        << QByteArray("[{name: q, in: query}]") << QByteArray(R"({"data": []})") << int(PaginationType::None)
        << QString();
}

void TestOpenApiImport::paginationGuess()
{
    QFETCH(QByteArray, parameters);
    QFETCH(QByteArray, example);
    QFETCH(int, type);
    QFETCH(QString, reason);
    const QByteArray text
        = "openapi: 3.0.0\nservers: [{url: 'https://api.example.com'}]\npaths:\n  /things:\n"
          "    get:\n      operationId: things\n      parameters: "
        + parameters
        + "\n      responses:\n        '200':\n          description: ok\n          content:\n"
          "            application/json:\n              example: "
        + example + "\n";
    const auto document = read(text);
    QVERIFY(document);
    // Shown, not applied, unless asked: a guess is a suggestion to confirm.
    const auto shown = document->import(0, {}, {});
    QVERIFY(shown);
    QCOMPARE(int(shown.value().paginationGuess.type), type);
    QVERIFY2(
        shown.value().paginationReason.startsWith(reason) || shown.value().paginationReason.contains(reason),
        qPrintable(shown.value().paginationReason));
    QCOMPARE(reason.isEmpty(), shown.value().paginationReason.isEmpty());
    QCOMPARE(shown.value().settings.pagination.type, PaginationType::None);
    ApiChoice apply;
    apply.applyPaginationGuess = true;
    const auto applied = document->import(0, apply, {});
    QVERIFY(applied);
    QCOMPARE(int(applied.value().settings.pagination.type), type);
    QVERIFY(applied.value().responseIsExample);
    QVERIFY(!applied.value().recordedResponse.isEmpty());
}

void TestOpenApiImport::hostileReferences_data()
{
    QTest::addColumn<QByteArray>("schema"); // the answer's schema
    QTest::addColumn<QString>("note");
    QTest::newRow("a $ref cycle") << QByteArray("{$ref: '#/components/schemas/A'}") << u"refers back"_s;
    QTest::newRow("a remote $ref, not fetched")
        << QByteArray("{$ref: 'http://127.0.0.1:1/evil.yaml#/X'}") << u"not fetched"_s;
    QTest::newRow("a file $ref, not read") << QByteArray("{$ref: '/etc/passwd'}") << u"not fetched"_s;
    QTest::newRow("a $ref to nowhere")
        << QByteArray("{$ref: '#/components/schemas/Missing'}") << u"goes nowhere"_s;
}

// A document's $refs can point in circles, off the machine or nowhere: the import goes on, says so,
// and fetches nothing.
void TestOpenApiImport::hostileReferences()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, note);
    const QByteArray text
        = "openapi: 3.0.0\nservers: [{url: 'https://api.example.com'}]\n"
          "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
          "    B: {$ref: '#/components/schemas/A'}\n"
          "paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n"
          "          content:\n            application/json:\n              schema: "
        + schema + "\n";
    const auto document = read(text);
    QVERIFY(document);
    const auto imported = document->import(0, {}, {});
    QVERIFY(imported);
    QCOMPARE(imported.value().settings.request.url, u"https://api.example.com/x"_s);
    const QString said = (imported.value().unmapped + document->notes()).join(u'\n');
    QVERIFY2(said.contains(note), qPrintable(said));
}

void TestOpenApiImport::publicDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("said"); // a part of what is listed as not carried over, or of the refusal

    QTest::newRow("Swagger 2.0 petstore: host, basePath, path example")
        << u"2.0-json-petstore.json"_s << u"findPetsByStatus"_s
        << u"http://petstore.swagger.io/v2/pet/findByStatus"_s << u"petstore_auth"_s;
    QTest::newRow("Swagger 2.0 petstore: DELETE greyed")
        << u"2.0-json-petstore.json"_s << u"deletePet"_s << QString() << u"GET and POST only"_s;
    QTest::newRow("OpenAPI 3.0 petstore, YAML")
        << u"3.0-yaml-petstore.yaml"_s << u"getInventory"_s
        << u"http://petstore.swagger.io/v2/store/inventory"_s << u"api_key"_s;
    QTest::newRow("server variables") << u"3.0-yaml-server-variables.yaml"_s << u"POST /global"_s
                                      << u"https://demo.example.com:443/v2/global"_s << QString();
    QTest::newRow("circular schemas") << u"3.0-yaml-schema-circular.yaml"_s << u"POST /not-quite-circular"_s
                                      << u"https://httpbin.org/not-quite-circular"_s << QString();
    QTest::newRow("OpenAPI 3.1 train travel") << u"3.1-json-train-travel.json"_s << u"get-stations"_s
                                              << u"https://api.example.com/stations"_s << u"OAuth2"_s;
}

void TestOpenApiImport::publicDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, operation);
    QFETCH(QString, url);
    QFETCH(QString, said);
    QFile source(QStringLiteral(QONDUIT_PUBLIC_DOCUMENTS "/oas-examples/") + file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto document = read(source.readAll());
    QVERIFY(document);
    const int entry = document->find(operation);
    QVERIFY2(entry >= 0, qPrintable(operation));
    const auto imported = document->import(entry, {}, {});
    if (url.isEmpty()) {
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(said), qPrintable(imported.error()));
        QVERIFY(!document->entries()[entry].fits());
        return;
    }
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QCOMPARE(imported.value().settings.request.url.section(u'?', 0, 0), url);
    const QString listed = imported.value().unmapped.join(u'\n');
    QVERIFY2(listed.contains(said), qPrintable(listed));
}

void TestOpenApiImport::answerExampleForSelectData_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("recorded"); // empty: none
    QTest::newRow("the document's own example")
        << u"listOrders"_s << QByteArray(R"({"next":null,"orders":[{"id":1,"total":9.5}]})");
    QTest::newRow("made from the schema (examples kept)")
        << u"createOrder"_s
        << QByteArray(R"({"id":7,"total":0.5})"); // a number is made 0.5, not to pass for an integer
    QTest::newRow("no answer described") << u"getOrder"_s << QByteArray();
}

// What Select data shows before any call: the answer's example, or one made from its schema.
void TestOpenApiImport::answerExampleForSelectData()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, recorded);
    const auto document = read(shop);
    QVERIFY(document);
    const auto imported = document->import(document->find(operation), {}, {});
    QVERIFY(imported);
    const QJsonDocument got = QJsonDocument::fromJson(imported.value().recordedResponse);
    QCOMPARE(got.toJson(QJsonDocument::Compact),
        recorded.isEmpty() ? QByteArray() : QJsonDocument::fromJson(recorded).toJson(QJsonDocument::Compact));
    QCOMPARE(imported.value().responseIsExample, !recorded.isEmpty());
}

QTEST_GUILESS_MAIN(TestOpenApiImport)
#include "tst_openapiimport.moc"
