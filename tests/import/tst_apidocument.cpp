// SPDX-License-Identifier: MIT
// Telling documents apart, and refusing what is none of them with a sentence that says where.
#include "hostiledocuments.h"
#include "import/apidocument.h"

#include <QFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestApiDocument : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
    void refused_data();
    void refused();
    void findsByIdTitleOrNumber_data();
    void findsByIdTitleOrNumber();
    void thousandOperationsInTenMegabytes();
    void keepsTheDocumentsOrder_data();
    void keepsTheDocumentsOrder();
};

static QByteArray publicDocument(const QString &name)
{
    QFile file(QStringLiteral(QONDUIT_PUBLIC_DOCUMENTS "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestApiDocument::kinds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<int>("entries");

    QTest::newRow("OpenAPI 3.0, YAML (public)")
        << publicDocument(u"oas-examples/3.0-yaml-petstore.yaml"_s) << u"OpenAPI 3.0.0"_s << 20;
    QTest::newRow("OpenAPI 3.1, JSON (public)")
        << publicDocument(u"oas-examples/3.1-json-train-travel.json"_s) << u"OpenAPI 3.1.0"_s << 7;
    QTest::newRow("Swagger 2.0 (public)")
        << publicDocument(u"oas-examples/2.0-json-petstore.json"_s) << u"Swagger 2.0"_s << 20;
    QTest::newRow("Postman v2.1 (public)")
        << publicDocument(u"insomnia-importers/postman-complex-v2_1-input.json"_s)
        << u"Postman collection v2.1"_s << 6;
    QTest::newRow("Postman v2.0 (public)")
        << publicDocument(u"insomnia-importers/postman-basic-auth-v2_0-input.json"_s)
        << u"Postman collection v2.0"_s << 1;
    QTest::newRow("Insomnia v4, YAML (public)")
        << publicDocument(u"insomnia-importers/insomnia-4-basic-input.yaml"_s) << u"Insomnia export v4"_s
        << 0;
    QTest::newRow("HAR (public)") << publicDocument(u"insomnia-importers/har-deep-input.json"_s)
                                  << u"HAR 1.2"_s << 2;
    QTest::newRow("one HAR request alone (public)")
        << publicDocument(u"insomnia-importers/har-form-data-input.json"_s) << u"HAR "_s << 1;
    QTest::newRow("byte order mark") << QByteArray(
        "\xEF\xBB\xBF{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":{}}}}")
                                     << u"OpenAPI 3.0.3"_s << 1;
}

void TestApiDocument::kinds()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, kindName);
    QFETCH(int, entries);
    QVERIFY(!text.isEmpty());
    const auto read = ApiDocument::read(text);
    if (entries == 0) { // the public Insomnia fixture is a workspace with no request in it
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"no request"), qPrintable(read.error()));
        return;
    }
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QVERIFY2(read.value()->kindName().startsWith(kindName), qPrintable(read.value()->kindName()));
    QCOMPARE(read.value()->entries().size(), entries);
}

void TestApiDocument::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("sentence");

    const QByteArray petstore = publicDocument(u"oas-examples/3.0-yaml-petstore.yaml"_s);
    const QByteArray travel = publicDocument(u"oas-examples/3.1-json-train-travel.json"_s);
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("only spaces") << QByteArray(" \n\t\n") << u"empty"_s;
    QTest::newRow("truncated JSON (public, cut in half)")
        << travel.left(travel.size() / 2) << u"not JSON at line"_s;
    QTest::newRow("truncated YAML (public, cut mid-quote)")
        << petstore.left(petstore.indexOf("description: '") + 20) << u"not YAML"_s;
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << u"not a map"_s;
    QTest::newRow("a scalar") << QByteArray("hello") << u"not a map"_s;
    QTest::newRow("some other JSON") << QByteArray(R"({"name": "x"})") << u"none of OpenAPI"_s;
    QTest::newRow("Swagger 1.2") << QByteArray(R"({"swaggerVersion": "1.2", "apis": []})")
                                 << u"Swagger 1.x"_s;
    QTest::newRow("OpenAPI without paths")
        << QByteArray(R"({"openapi": "3.0.0", "info": {}})") << u"no paths"_s;
    QTest::newRow("webhooks only (public)")
        << publicDocument(u"oas-examples/3.1-json-webhooks.json"_s) << u"webhooks"_s;
    QTest::newRow("HAR of no call") << QByteArray(R"({"log": {"entries": []}})") << u"no call"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"not YAML"_s;
    QTest::newRow("an HTML page") << QByteArray("<!DOCTYPE html><html><body>Log in</body></html>")
                                  << u"HTML"_s;
    QTest::newRow("deep JSON") << QByteArray(100000, '[') << u"not JSON"_s;
}

void TestApiDocument::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, sentence);
    const auto read = ApiDocument::read(text);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(sentence), qPrintable(read.error()));
}

void TestApiDocument::findsByIdTitleOrNumber_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    QTest::newRow("operationId") << u"getPetById"_s << 4;
    QTest::newRow("summary") << u"Find pet by ID"_s << 4;
    QTest::newRow("number from 1") << u"5"_s << 4;
    QTest::newRow("zero") << u"0"_s << -1;
    QTest::newRow("past the end") << u"999"_s << -1;
    QTest::newRow("unknown") << u"stealPet"_s << -1;
}

void TestApiDocument::findsByIdTitleOrNumber()
{
    QFETCH(QString, id);
    QFETCH(int, index);
    const auto read = ApiDocument::read(publicDocument(u"oas-examples/3.0-yaml-petstore.yaml"_s));
    QVERIFY(read);
    QCOMPARE(read.value()->find(id), index);
}

// The size the issue names: 1,000 operations, 10 MB, every one listed and importable.
void TestApiDocument::thousandOperationsInTenMegabytes()
{
    const QByteArray text = Testing::thousandOperationDocument();
    QVERIFY(text.size() > 10 * 1024 * 1024);
    const auto read = ApiDocument::read(text);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read.value()->entries().size(), 1000);
    const auto imported = read.value()->import(999, {}, {});
    QVERIFY(imported);
    QCOMPARE(imported.value().settings.request.url, u"https://api.example.com/items999"_s);
}

void TestApiDocument::keepsTheDocumentsOrder_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("targets");
    const QStringList zam {u"/z"_s, u"/a"_s, u"/m"_s};
    QTest::newRow("YAML") << QByteArray(
        "openapi: 3.0.0\npaths:\n  /z: {get: {}}\n  /a: {get: {}}\n  /m: {get: {}}\n")
                          << zam;
    QTest::newRow("YAML, paths after a nested map with the same key") << QByteArray(
        "openapi: 3.0.0\ninfo: {paths: {x: 1}}\npaths:\n  /z: {get: {}}\n  /a: {get: {}}\n  /m: {get: {}}\n")
                                                                      << zam;
    QTest::newRow("JSON") << QByteArray(
        R"({"openapi": "3.0.0", "x": [{"paths": 1}], "paths": {"/z": {"get": {}}, "/a": {"get": {}}, "/m": {"get": {}}}})")
                          << zam;
    QTest::newRow("public: train travel, stations first")
        << publicDocument(u"oas-examples/3.1-json-train-travel.json"_s)
        << QStringList {u"/stations"_s, u"/trips"_s, u"/bookings"_s, u"/bookings"_s,
               u"/bookings/{bookingId}"_s, u"/bookings/{bookingId}"_s, u"/bookings/{bookingId}/payment"_s};
}

// The operations come in the author's order (QJsonObject alone would sort them by path).
void TestApiDocument::keepsTheDocumentsOrder()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, targets);
    const auto read = ApiDocument::read(text);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QStringList got;
    for (const ApiEntry &entry : read.value()->entries())
        got.append(entry.target);
    QCOMPARE(got, targets);
}

QTEST_GUILESS_MAIN(TestApiDocument)
#include "tst_apidocument.moc"
