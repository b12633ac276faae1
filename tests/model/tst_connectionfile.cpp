// SPDX-License-Identifier: MIT
#include "connectionfile.h"
#include "connectionstring.h"
#include "settingsdump.h"
#include "settingsedits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

namespace {

ConnectionSettings reloaded(const ConnectionSettings &settings)
{
    auto result = ConnectionFile::read(ConnectionFile::write(settings));
    if (!result)
        qFatal("cannot read back: %s", qPrintable(result.error()));
    return result.value();
}

} // namespace

class TestConnectionFile : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldIsChanged();
    void savesAndLoads_data();
    void savesAndLoads();
    void secretsAreNeverWritten();
    void secretHeaderValuesAreNeverWritten_data();
    void secretHeaderValuesAreNeverWritten();
    void keepsTheStringLayout();
    void olderFileKeepsDefaults();
    void fieldNamesArePathsInTheFile();
    void badFile_data();
    void badFile();
};

// dump() lines grouped by field: "queryHeaders[0]=..." and "queryHeaders[1]=..." under "queryHeaders".
static QMap<QString, QStringList> byField(const QStringList &lines)
{
    QMap<QString, QStringList> fields;
    for (const QString &line : lines) {
        const QString field = line.left(line.indexOf(u'=')).section(u'[', 0, 0);
        fields[field].append(line);
    }
    return fields;
}

void TestConnectionFile::everyFieldIsChanged()
{
    ConnectionSettings changed;
    for (const auto &[name, edit] : oneEditPerField())
        edit(changed);
    const auto before = byField(dump(ConnectionSettings()));
    const auto after = byField(dump(changed));
    for (const QString &listField :
        {u"trustedLocations"_s, u"queryParameters"_s, u"queryHeaders"_s, u"security.whitelist"_s})
        QVERIFY2(after.contains(listField), qPrintable(listField));
    for (auto field = before.begin(); field != before.end(); ++field) {
        // Secrets are tested on their own: they must not survive a save.
        if (field.key().endsWith(u"assword"_s))
            continue;
        QVERIFY2(after.value(field.key()) != field.value(), qPrintable(u"no edit changes "_s + field.key()));
    }
}

void TestConnectionFile::savesAndLoads_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    for (const auto &[name, edit] : oneEditPerField())
        QTest::newRow(name) << edit;
    QTest::newRow("all at once") << SettingsEdit([](ConnectionSettings &s) {
        for (const auto &[name, edit] : oneEditPerField())
            edit(s);
    });
}

void TestConnectionFile::savesAndLoads()
{
    QFETCH(SettingsEdit, edit);
    ConnectionSettings settings;
    edit(settings);
    const ConnectionSettings loaded = reloaded(settings);
    QCOMPARE(dump(loaded), dump(settings));
    QVERIFY(loaded == settings);
}

void TestConnectionFile::secretsAreNeverWritten()
{
    auto settings = ConnectionString::read(
        u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/;XUserId=VbYKZTFMNLOA;XPassword=Scrambled42;\";"_s);
    QVERIFY(settings.hasValue());
    settings.value().authentication = {AuthSchema::Basic, u"analyst"_s, u"hunter2"_s};
    settings.value().certificates.pfxPassword = u"pfx-secret"_s;
    const QByteArray file = ConnectionFile::write(settings.value());
    QVERIFY(!file.contains("hunter2"));
    QVERIFY(!file.contains("pfx-secret"));
    QVERIFY(!file.contains("Scrambled42"));
    QVERIFY(file.contains("analyst"));
    QVERIFY(file.contains("VbYKZTFMNLOA"));
    const ConnectionSettings loaded = reloaded(settings.value());
    QVERIFY(loaded.authentication.password.isEmpty());
    QVERIFY(loaded.certificates.pfxPassword.isEmpty());

    // A secret variable's test value stays out; the variable itself, and an ordinary one's value, stay.
    ConnectionSettings withVariables;
    withVariables.variables = {{u"vKey"_s, u"var-secret"_s, true}, {u"vFrom"_s, u"2024-01-01"_s, false}};
    const QByteArray variablesFile = ConnectionFile::write(withVariables);
    QVERIFY(!variablesFile.contains("var-secret"));
    QVERIFY(variablesFile.contains("vKey"));
    QVERIFY(variablesFile.contains("2024-01-01"));
    QCOMPARE(reloaded(withVariables).variables,
        (QList<Variable> {{u"vKey"_s, QString(), true}, {u"vFrom"_s, u"2024-01-01"_s, false}}));

    // The token's secrets stay out too, its request's secret headers among them (they once did not).
    ConnectionSettings withToken;
    withToken.token.source = TokenSource::Request;
    withToken.token.clientSecret = u"client-secret"_s;
    withToken.token.password = u"token-password"_s;
    withToken.token.refreshToken = u"refresh-secret"_s;
    withToken.token.headers = {{u"X-Api-Key"_s, u"header-secret"_s}, {u"Accept"_s, u"application/json"_s}};
    const QByteArray tokenFile = ConnectionFile::write(withToken);
    for (const char *secret : {"client-secret", "token-password", "refresh-secret", "header-secret"})
        QVERIFY2(!tokenFile.contains(secret), secret);
    QVERIFY(tokenFile.contains("X-Api-Key"));
    QVERIFY(tokenFile.contains("application/json"));
    QCOMPARE(reloaded(withToken).token.headers,
        (QList<NameValue> {{u"X-Api-Key"_s, QString()}, {u"Accept"_s, u"application/json"_s}}));
}

void TestConnectionFile::secretHeaderValuesAreNeverWritten_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QStringList>("kept"); // what the file still says
    QTest::newRow("Authorization, read from a string")
        << u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/;queryHeaders=Authorization%2Bearer s3cr3t-token;\";"_s
        << QStringList {u"Authorization"_s};
    QTest::newRow("API key beside a plain header")
        << u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/;queryHeaders=X-API-Key%2s3cr3t-token%1Accept%2text/csv;\";"_s
        << QStringList {u"X-API-Key"_s, u"text/csv"_s};
    QTest::newRow("a token header")
        << u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://h/;queryHeaders=x-access-token%2s3cr3t-token;\";"_s
        << QStringList {u"x-access-token"_s};
}

void TestConnectionFile::secretHeaderValuesAreNeverWritten()
{
    QFETCH(QString, statement);
    QFETCH(QStringList, kept);
    auto settings = ConnectionString::read(statement);
    QVERIFY(settings.hasValue());
    const QByteArray file = ConnectionFile::write(settings.value());
    QVERIFY2(!file.contains("s3cr3t"), file.constData()); // neither in the fields nor in the string's layout
    for (const QString &text : std::as_const(kept))
        QVERIFY2(file.contains(text.toUtf8()), qPrintable(text));
    const ConnectionSettings loaded = reloaded(settings.value());
    QVERIFY(!ConnectionString::write(loaded).contains(u"s3cr3t"_s));
    QCOMPARE(loaded.queryHeaders.size(), settings.value().queryHeaders.size()); // the header stays, empty
}

void TestConnectionFile::keepsTheStringLayout()
{
    const QString string
        = u"Provider=QvRestConnector.exe;url=https://h/p?q%2%u00e9;futureKey=a%2b;timeout=30;"
          "queryHeaders=X-Qlik-User%2UserDirectory%%2INTERNAL%%1 %%userid%%2sa_api;timeout=60"_s;
    auto settings = ConnectionString::read(u"CUSTOM CONNECT TO '"_s + string + u"';"_s);
    QVERIFY(settings.hasValue());
    const ConnectionSettings loaded = reloaded(settings.value());
    QCOMPARE(ConnectionString::write(loaded), string);
    QCOMPARE(ConnectionString::writeStatement(loaded), u"CUSTOM CONNECT TO '"_s + string + u"';"_s);
}

void TestConnectionFile::olderFileKeepsDefaults()
{
    const auto settings = ConnectionFile::read(R"({"format": "qonduit-connection", "version": 1,
                                                   "request": {"url": "https://h/"}})");
    QVERIFY(settings.hasValue());
    ConnectionSettings expected;
    expected.request.url = u"https://h/"_s;
    QCOMPARE(dump(settings.value()), dump(expected));
}

// Validation and the command line name fields by their path in the file ("request.url").
void TestConnectionFile::fieldNamesArePathsInTheFile()
{
    const QJsonObject root = QJsonDocument::fromJson(ConnectionFile::write(ConnectionSettings())).object();
    for (const auto &key : ConnectionStringKeys::all()) {
        if (key.name == Qlik::Key::Provider)
            continue;
        QJsonValue value = root;
        for (const QString &part : key.field.toString().split(u'.'))
            value = value.toObject().value(part);
        QVERIFY2(!value.isUndefined(), qPrintable(key.field.toString()));
    }
}

void TestConnectionFile::badFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format": "qonduit-connection", "version": 1, )";
    QTest::newRow("not json") << QByteArray("{\"format\": ") << u"not a valid JSON file"_s;
    QTest::newRow("variables not a list")
        << head + R"("variables": {"vA": 1}})" << u"variables: expected {"_s;
    QTest::newRow("a variable without a name")
        << head + R"("variables": [{"testValue": "x"}]})" << u"variables: row 1: expected {"_s;
    QTest::newRow("a variable's secret as text")
        << head + R"("variables": [{"name": "v", "secret": "yes"}]})" << u"variables: row 1"_s;
    QTest::newRow("truncated") << head.left(30) << u"not a valid JSON file"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"not a Qonduit connection file"_s;
    QTest::newRow("another format") << QByteArray(R"({"format": "postman", "version": 1})")
                                    << u"not a Qonduit connection file"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format": "qonduit-connection", "version": 2})")
                                   << u"newer Qonduit (file format 2; this version reads 1)"_s;
    QTest::newRow("version as text") << QByteArray(R"({"format": "qonduit-connection", "version": "1"})")
                                     << u"version: expected a whole number"_s;
    QTest::newRow("timeout as text") << head + R"("request": {"timeoutSeconds": "30"}})"
                                     << u"request.timeoutSeconds: expected a whole number"_s;
    QTest::newRow("timeout fraction") << head + R"("request": {"timeoutSeconds": 1.5}})"
                                      << u"request.timeoutSeconds: expected a whole number"_s;
    QTest::newRow("timeout beyond int") << head + R"("request": {"timeoutSeconds": 1e12}})"
                                        << u"request.timeoutSeconds: expected a whole number"_s;
    QTest::newRow("method FETCH") << head + R"("request": {"method": "FETCH"}})"
                                  << u"request.method: expected one of GET or POST"_s;
    QTest::newRow("request not an object") << head + R"("request": []})" << u"request: expected an object"_s;
    QTest::newRow("boolean as text") << head + R"("security": {"allowHttpsOnly": "yes"}})"
                                     << u"security.allowHttpsOnly: expected true or false"_s;
    QTest::newRow("list not an array")
        << head + R"("queryParameters": {"a": "b"}})" << u"queryParameters: expected a list"_s;
    QTest::newRow("row without value")
        << head + R"("queryHeaders": [{"name": "a", "value": "b"}, {"name": "c"}]})"
        << u"queryHeaders: row 2"_s;
    QTest::newRow("nested pagination field")
        << head + R"("pagination": {"offset": {"startFieldIsHeader": 1}}})"
        << u"pagination.offset.startFieldIsHeader: expected true or false"_s;
    QTest::newRow("layout quote") << head
            + R"("connectionString": {"quote": "`", "endsWithSeparator": true, "pairs": []}})"
                                  << u"connectionString: expected"_s;
    QTest::newRow("layout pair") << head
            + R"("connectionString": {"quote": "'", "endsWithSeparator": true, "pairs": [{"key": 1}]}})"
                                 << u"connectionString: pairs row 1"_s;
    QTest::newRow("layout key with separator") << head
            + R"("connectionString": {"quote": "'", "endsWithSeparator": true, "pairs": [{"key": "a;b", "value": ""}]}})"
                                               << u"connectionString: pairs row 1: a key must be non-empty"_s;
    QTest::newRow("layout value with separator") << head
            + R"("connectionString": {"quote": "'", "endsWithSeparator": true, "pairs": [{"key": "a", "value": "x;y"}]}})"
                                                 << u"a value no ';'"_s;
    QTest::newRow("layout value the string reader refuses")
        << head
            + R"("connectionString": {"quote": "'", "endsWithSeparator": true, "pairs": [{"key": "method", "value": "POS]"}]}})"
        << u"connectionString: character 8, key method: \"POS]\" is not one of GET or POST"_s;
    QTest::newRow("page size the string cannot hold")
        << head + R"("pagination": {"nextPage": {"sizeValue": "ten"}}})"
        << u"pagination.nextPage.sizeValue: \"ten\" is not a whole number"_s;
}

void TestConnectionFile::badFile()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const auto result = ConnectionFile::read(file);
    QVERIFY(!result.hasValue());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(TestConnectionFile)
#include "tst_connectionfile.moc"
