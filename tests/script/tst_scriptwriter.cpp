// SPDX-License-Identifier: MIT
#include "connectionstring.h"
#include "schema/schemapass.h"
#include "script/scriptwriter.h"
#include "script/secretheaders.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Orders
    = R"({"total": 2, "orders": [{"id": 1, "status": "open", "lines": [{"sku": "A", "qty": 2}]},
         {"id": 2, "status": "done", "lines": [{"sku": "B", "qty": 1}]}]})"_ba;

Schema parse(const QByteArray &body, ResponseFormat format = ResponseFormat::Json, CsvOptions csv = {})
{
    SchemaOptions options;
    options.format = format;
    options.csv = csv;
    SchemaBuilder builder(options.builderOptions());
    const BodyParse result = parseBody(
        builder, std::string_view(body.constData(), std::size_t(body.size())), {}, options, nullptr, true);
    return finishedSchema(builder, result, body.size());
}

ConnectionSettings connection()
{
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/v2/orders"_s;
    settings.name = u"Orders API"_s;
    return settings;
}

// A case: the response, how it was ticked and renamed, the options.
struct Case
{
    QByteArray body;
    ResponseFormat format = ResponseFormat::Json;
    CsvOptions csv;
    ConnectionSettings settings = connection();
    QStringList offTables; // unticked
    QStringList offFields; // table.field unticked
    QList<std::pair<QString, QString>> renames; // table.field -> new name
    ScriptOptions options;
};

} // namespace

Q_DECLARE_METATYPE(Case)

// Golden files, one per case of the issue; tests/script/golden/spec-orders.qvs is the spec's own text.
// QONDUIT_UPDATE_GOLDEN=1 rewrites the others from the writer (then read every changed line).
class TestScriptWriter : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void connectStatementReadsBack_data();
    void connectStatementReadsBack();
    void secretHeaders_data();
    void secretHeaders();
    void curl();
};

void TestScriptWriter::golden_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<QString>("file");

    Case spec;
    spec.body
        = R"({"total": 2, "orders": [{"id": 1001, "status": "open", "lines": [{"id": 1, "sku": "A-1", "qty": 2}]}]})"_ba;
    QTest::newRow("the spec's orders example") << spec << u"spec-orders"_s;
    Case orders;
    orders.body = Orders;

    // Qlik's names (docs/qlik-formats.md, "Names"): one fixture per rule.
    Case siblings;
    siblings.body = R"({"id": 1, "name": "site", "building": [{"id": 2, "name": "b"}],
        "floor": [{"id": 3, "name": "f"}], "room": [{"id": 4, "name": "r"}]})"_ba;
    QTest::newRow("siblings that repeat a name, and the root") << siblings << u"names-siblings"_s;
    Case deepAndRoot;
    deepAndRoot.body = R"({"type": "FeatureCollection", "features": [{"geometry": {"type": "Point"}}]})"_ba;
    QTest::newRow("a deep table and the root share a name") << deepAndRoot << u"names-deep-and-root"_s;
    Case nested;
    nested.body = R"({"type": "Polygon", "coordinates": [[[1.5, 2.5], [3.5, 4.5]]]})"_ba;
    QTest::newRow("three nested tables of the same name") << nested << u"names-nested-tables"_s;
    Case leaves;
    leaves.body = R"({"a": [{"items": [{"n": 1}]}], "b": [{"items": [{"n": 2}]}]})"_ba;
    QTest::newRow("two leaf tables of the same name") << leaves << u"names-leaf-tables"_s;
    Case values;
    values.body = R"({"tags": ["a", "b"], "labels": ["c"]})"_ba;
    QTest::newRow("an @Value that repeats") << values << u"names-value"_s;
    Case likeTable;
    likeTable.body = R"({"element": "top", "parts": [{"code": 1, "element": {"size": 2}}]})"_ba;
    QTest::newRow("a field named like a table") << likeTable << u"names-field-like-table"_s;
    Case childrenOff = orders;
    childrenOff.offTables = {u"orders"_s};
    childrenOff.offTables.append(u"lines"_s);
    QTest::newRow("a root whose children are all unticked") << childrenOff << u"names-children-unticked"_s;

    Case scalars;
    scalars.body = R"({"name": "x", "roles": ["admin", "user"]})"_ba;
    QTest::newRow("array of scalars") << scalars << u"scalar-array"_s;
    Case alias = scalars;
    alias.renames = {{u"roles.@Value"_s, u"Role"_s}};
    QTest::newRow("array of scalars with alias") << alias << u"scalar-array-alias"_s;

    Case renames;
    renames.body = R"({"id": 7, "orders": [{"id": 1, "status": "open"}]})"_ba;
    renames.renames = {{u"orders.status"_s, u"Order status"_s}, {u"root.id_u0"_s, u"customer_id"_s}};
    QTest::newRow("user renames in a child and in the root") << renames << u"renames"_s;

    Case deselected = orders;
    deselected.offTables = {u"lines"_s};
    deselected.offFields = {u"orders.status"_s, u"root.total"_s};
    QTest::newRow("deselected fields and tables") << deselected << u"deselected"_s;
    Case parentOff = orders;
    parentOff.offTables = {u"orders"_s};
    QTest::newRow("a parent left out, its child kept") << parentOff << u"parent-left-out"_s;

    Case deep;
    deep.body = R"({"a": {"v": 1, "b": [{"v": 2, "c": {"v": 3, "d": [{"v": 4}]}}]}})"_ba;
    QTest::newRow("a deep tree") << deep << u"deep"_s;

    Case flat;
    flat.body = R"([{"id": 1, "name": "a \"b\""}, {"id": 2, "name]": "x"}])"_ba;
    QTest::newRow("no child tables: no keys, no WHERE; quotes and brackets") << flat << u"flat"_s;

    Case xml;
    xml.body = R"(<catalog><product id="A-1"><name>Lamp</name><price>9.5</price></product></catalog>)"_ba;
    xml.format = ResponseFormat::Xml;
    QTest::newRow("XML") << xml << u"xml"_s;

    const QByteArray csvBody = "user_id,distance\n1,5.5\n"_ba;
    const QList<std::tuple<const char *, QByteArray, CsvOptions, QString>> csvCases {
        {"CSV header on, comma, double quote", csvBody, CsvOptions {',', '"', true, TextEncoding::Auto},
            u"csv-header"_s},
        {"CSV header off, semicolon, single quote", "1;'a;b'\n2;c\n"_ba,
            CsvOptions {';', '\'', false, TextEncoding::Auto}, u"csv-no-header"_s},
        {"CSV tab, no quoting", "a\tb\n1\t2\n"_ba, CsvOptions {'\t', 0, true, TextEncoding::Auto},
            u"csv-tab"_s},
        {"CSV pipe, detected", "a|b\n1|2\n"_ba, CsvOptions {0, '"', true, TextEncoding::Auto}, u"csv-pipe"_s},
    };
    for (const auto &[tag, body, csv, file] : csvCases) {
        Case c;
        c.body = body;
        c.format = ResponseFormat::Csv;
        c.csv = csv;
        QTest::newRow(tag) << c << file;
    }

    for (const auto &[strategy, file] :
        {std::pair {KeyGenerationStrategy::SequenceId, u"qlikview-sequence"_s},
            std::pair {KeyGenerationStrategy::NoKeys, u"qlikview-no-keys"_s},
            std::pair {KeyGenerationStrategy::CurrentRecord, u"qlikview-current-record"_s},
            std::pair {KeyGenerationStrategy::FullyQualifiedRecord, u"qlikview-fully-qualified"_s}}) {
        Case c = orders;
        c.settings.request.keyGenerationStrategy = strategy;
        c.options.connect = ScriptOptions::Connect::Custom;
        QTest::newRow(qPrintable(u"QlikView statement, "_s + file)) << c << file;
    }

    Case qlikviewSecret = flat;
    qlikviewSecret.settings.queryHeaders = {{u"X-API-Key"_s, u"k3y"_s}};
    qlikviewSecret.options.connect = ScriptOptions::Connect::Custom;
    QTest::newRow("QlikView statement with a secret header") << qlikviewSecret << u"qlikview-secret-header"_s;

    Case name = flat;
    name.options.name = u"Tom's \"API\""_s;
    QTest::newRow("a quote in the connection name") << name << u"quoted-name"_s;

    Case with = flat;
    with.settings.queryParameters = {{u"from"_s, u"$(vFrom)"_s}, {u"q"_s, u"say \"hi\""_s}};
    with.settings.queryHeaders
        = {{u"Authorization"_s, u"Bearer s3cret"_s}, {u"Accept"_s, u"application/json"_s}};
    with.settings.request.method = HttpMethod::Post;
    with.settings.request.requestBody = u"{\n  \"from\": \"2024-01-01\"\n}"_s;
    with.options.withConnection = true;
    QTest::newRow("WITH CONNECTION: quotes, variables, a secret, a JSON body")
        << with << u"with-connection"_s;
    Case secrets = with;
    secrets.options.includeSecrets = true;
    secrets.settings.request.requestBody = u"line one\nline \"two\""_s;
    QTest::newRow("WITH CONNECTION: secrets asked for, a text body")
        << secrets << u"with-connection-secrets"_s;

    // Variables [ours]: LET before the connect line, the request in WITH CONNECTION where Qlik expands
    // them, the secret one a stub unless secrets are asked for.
    Case variables = flat;
    variables.settings.request.url = u"https://api.example.com/$(vVersion)/orders"_s;
    variables.settings.queryParameters = {{u"since"_s, u"$(vSince)"_s}};
    variables.settings.queryHeaders = {{u"X-Api-Key"_s, u"$(vKey)"_s}};
    variables.settings.variables = {{u"vVersion"_s, u"v2"_s, false}, {u"vSince"_s, u"it's 2024"_s, false},
        {u"vKey"_s, u"k3y"_s, true}, {u"vUnused"_s, u"x"_s, false}};
    QTest::newRow("variables, LIB CONNECT") << variables << u"variables"_s;
    Case variablesCustom = variables;
    variablesCustom.options.connect = ScriptOptions::Connect::Custom;
    QTest::newRow("variables, CUSTOM CONNECT") << variablesCustom << u"variables-qlikview"_s;
    Case variablesSecrets = variables;
    variablesSecrets.options.includeSecrets = true;
    QTest::newRow("variables, secrets asked for") << variablesSecrets << u"variables-secrets"_s;
    Case variablesLoop = variables;
    variablesLoop.body = R"({"meta": {"total": 25}, "data": [{"id": 1}]})"_ba;
    variablesLoop.settings.pagination.type = PaginationType::Custom;
    variablesLoop.options.loop = ScriptOptions::Loop::Offset;
    variablesLoop.options.loopParameter = u"start"_s;
    variablesLoop.options.loopField = u"data"_s;
    variablesLoop.options.loopPageSize = 10;
    QTest::newRow("variables in a Custom loop") << variablesLoop << u"variables-loop-offset"_s;

    // Token first [ours]: the token connection's SELECT into vToken, then the data with the header.
    Case tokenFirst = flat;
    tokenFirst.settings.token.source = TokenSource::OAuth2;
    tokenFirst.settings.token.url = u"https://login.example.com/oauth/token"_s;
    tokenFirst.settings.token.clientId = u"qonduit-client"_s;
    tokenFirst.settings.token.clientSecret = u"client-s3cret"_s;
    tokenFirst.settings.token.scope = u"orders:read"_s;
    QTest::newRow("token first, LIB CONNECT") << tokenFirst << u"token"_s;
    Case tokenCustom = tokenFirst;
    tokenCustom.options.connect = ScriptOptions::Connect::Custom;
    tokenCustom.settings.token.grant = OAuthGrant::Password;
    tokenCustom.settings.token.userName = u"analyst"_s;
    tokenCustom.settings.token.password = u"s3cret"_s;
    QTest::newRow("token first, password grant, CUSTOM CONNECT") << tokenCustom << u"token-qlikview"_s;
    Case tokenBasic = tokenCustom;
    tokenBasic.settings.token.grant = OAuthGrant::ClientCredentials;
    tokenBasic.settings.token.clientSecretAsBasic = true;
    tokenBasic.settings.token.placement = TokenPlacement::QueryParameter;
    tokenBasic.settings.token.placementName = u"access_token"_s;
    tokenBasic.settings.token.tokenPath = u"root/data/jwt"_s;
    QTest::newRow("token first, client as Basic, sent as a query parameter")
        << tokenBasic << u"token-basic-query"_s;
    Case tokenSecrets = tokenCustom;
    tokenSecrets.options.includeSecrets = true;
    QTest::newRow("token first, secrets asked for") << tokenSecrets << u"token-secrets"_s;
    // A login call of the API's own: its POST body, a secret header (a stub as vTokenXApiKey, apart from
    // the data's own), the token below the top level.
    Case tokenLogin = flat;
    tokenLogin.settings.token.source = TokenSource::Request;
    tokenLogin.settings.token.url = u"https://api.example.com/login"_s;
    tokenLogin.settings.token.method = HttpMethod::Post;
    tokenLogin.settings.token.body = u"{\"user\": \"$(vUser)\"}"_s;
    tokenLogin.settings.token.headers
        = {{u"Content-Type"_s, u"application/json"_s}, {u"X-Api-Key"_s, u"login-k3y"_s}};
    tokenLogin.settings.token.tokenPath = u"session/token"_s;
    tokenLogin.settings.variables = {{u"vUser"_s, u"ann"_s, false}};
    QTest::newRow("token from a login request, LIB CONNECT") << tokenLogin << u"token-login"_s;
    Case tokenLoginCustom = tokenLogin;
    tokenLoginCustom.options.connect = ScriptOptions::Connect::Custom;
    QTest::newRow("token from a login request, CUSTOM CONNECT")
        << tokenLoginCustom << u"token-login-qlikview"_s;
    Case tokenLoginSecrets = tokenLoginCustom;
    tokenLoginSecrets.options.includeSecrets = true;
    QTest::newRow("token from a login request, secrets asked for")
        << tokenLoginSecrets << u"token-login-secrets"_s;
    Case tokenLoop = tokenFirst;
    tokenLoop.body = R"({"next_token": "t1", "items": [{"id": 1}]})"_ba;
    tokenLoop.options.loop = ScriptOptions::Loop::NextToken;
    tokenLoop.options.loopParameter = u"token"_s;
    tokenLoop.options.loopField = u"next_token"_s;
    QTest::newRow("tokenFirst first in a Custom loop") << tokenLoop << u"token-loop-token"_s;
    Case tokenLoopCustom = tokenLoop;
    tokenLoopCustom.options.connect = ScriptOptions::Connect::Custom;
    QTest::newRow("token first in a Custom loop, CUSTOM CONNECT") << tokenLoopCustom << u"token-loop-qlikview"_s;

    Case offset;
    offset.body = R"({"meta": {"total": 25}, "data": [{"id": 1}]})"_ba;
    offset.settings.pagination.type = PaginationType::Custom;
    offset.options.loop = ScriptOptions::Loop::Offset;
    offset.options.loopParameter = u"start"_s;
    offset.options.loopField = u"data"_s;
    offset.options.loopPageSize = 10;
    offset.options.loopSizeParameter = u"count"_s;
    QTest::newRow("Custom loop: offset") << offset << u"loop-offset"_s;
    Case token;
    token.body = R"({"next_token": "t1", "items": [{"id": 1}]})"_ba;
    token.options.loop = ScriptOptions::Loop::NextToken;
    token.options.loopParameter = u"token"_s;
    token.options.loopField = u"next_token"_s;
    token.options.withConnection = true;
    token.settings.queryParameters = {{u"token"_s, u""_s}, {u"limit"_s, u"10"_s}};
    QTest::newRow("Custom loop: next token") << token << u"loop-token"_s;
    Case url;
    url.body = R"({"next": "https://api.example.com/v2/orders?page=2", "items": [{"id": 1}]})"_ba;
    url.options.loop = ScriptOptions::Loop::NextUrl;
    url.options.loopField = u"next"_s;
    QTest::newRow("Custom loop: next URL") << url << u"loop-url"_s;
}

void TestScriptWriter::golden()
{
    QFETCH(Case, input);
    QFETCH(QString, file);
    const Schema schema = parse(input.body, input.format, input.csv);
    QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
    // Tables and fields named as the select step shows them (Qlik's names).
    const auto table = [&](const QString &name) -> const SchemaTable & {
        const int index = schema.indexOf(name);
        if (index < 0)
            qFatal("no table %s", qPrintable(name));
        return schema.tables[index];
    };
    const auto field = [&](const QString &dotted) -> const SchemaField & {
        const SchemaTable &t = table(dotted.section(u'.', 0, 0));
        const int index = t.indexOf(dotted.section(u'.', 1));
        if (index < 0)
            qFatal("no field %s", qPrintable(dotted));
        return t.fields[index];
    };
    Selection selection;
    for (const QString &name : std::as_const(input.offTables))
        selection.setTableSelected(table(name), false);
    for (const QString &dotted : std::as_const(input.offFields))
        selection.setFieldSelected(table(dotted.section(u'.', 0, 0)), field(dotted), false);
    for (const auto &[dotted, name] : std::as_const(input.renames))
        selection.setRename(table(dotted.section(u'.', 0, 0)), field(dotted), name);
    const QString script = writeScript(input.settings, schema, selection, input.options);
    // No secret of any kind stands in a script unless secrets are asked for: every one the keychain
    // would hold, the token's and its request's headers among them.
    if (!input.options.includeSecrets) {
        for (const ConnectionSecret &secret : secretsOf(input.settings))
            QVERIFY2(!script.contains(secret.value), qPrintable(secret.field));
    }

    const QString path = QStringLiteral(QONDUIT_GOLDEN) + u'/' + file + u".qvs"_s;
    if (qEnvironmentVariableIntValue("QONDUIT_UPDATE_GOLDEN") && file != u"spec-orders") {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(script.toUtf8());
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(script, QString::fromUtf8(golden.readAll()));
}

void TestScriptWriter::connectStatementReadsBack_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    ConnectionSettings plain = connection();
    QTest::newRow("plain") << plain;
    ConnectionSettings quoted = connection();
    quoted.queryHeaders = {{u"X-Note"_s, u"say \"hi\"; a=b %"_s}};
    quoted.request.keyGenerationStrategy = KeyGenerationStrategy::FullyQualifiedRecord;
    quoted.pagination.type = PaginationType::NextUrl;
    quoted.pagination.nextUrl.fieldPath = u"links/next"_s;
    QTest::newRow("quotes and escapes") << quoted;
    auto read = ConnectionString::read(
        u"CUSTOM CONNECT TO 'provider=QvRestConnector.exe;url=https://x/;futureKey=1;';"_s);
    QVERIFY(read);
    QTest::newRow("a string that was read, single quotes, unknown key") << read.value();
}

void TestScriptWriter::connectStatementReadsBack()
{
    QFETCH(ConnectionSettings, settings);
    ScriptOptions options;
    options.connect = ScriptOptions::Connect::Custom;
    const QString script = writeScript(settings, parse(Orders), Selection(), options);
    const QString statement = connectStatementOf(script);
    QVERIFY(!statement.isEmpty());
    auto read = ConnectionString::read(statement);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(ConnectionString::write(read.value()), ConnectionString::write(settings));
}

void TestScriptWriter::secretHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<QString>("variable");
    QTest::newRow("Authorization") << u"Authorization"_s << true << u"vAuthorization"_s;
    QTest::newRow("X-API-Key") << u"X-API-Key"_s << true << u"vXAPIKey"_s;
    QTest::newRow("x-access-token") << u"x-access-token"_s << true << u"vXAccessToken"_s;
    QTest::newRow("Client_Secret") << u"Client_Secret"_s << true << u"vClientSecret"_s;
    QTest::newRow("Accept") << u"Accept"_s << false << u"vAccept"_s;
    QTest::newRow("X-Qlik-User") << u"X-Qlik-User"_s << false << u"vXQlikUser"_s;
}

void TestScriptWriter::secretHeaders()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QFETCH(QString, variable);
    QCOMPARE(isSecretHeader(name), secret);
    QCOMPARE(secretVariableName(name), variable);
}

void TestScriptWriter::curl()
{
    ConnectionSettings settings = connection();
    settings.queryParameters = {{u"page"_s, u"1"_s}};
    settings.queryHeaders = {{u"Authorization"_s, u"Bearer s3cret"_s}, {u"Accept"_s, u"it's json"_s}};
    settings.authentication.schema = AuthSchema::Basic;
    settings.authentication.userName = u"analyst"_s;
    settings.authentication.password = u"pw"_s;
    QCOMPARE(curlCommand(settings, false),
        u"curl 'https://api.example.com/v2/orders?page=1' -H \"Authorization: $AUTHORIZATION\" "
        "-H 'Accept: it'\\''s json' -u 'analyst:PASSWORD' --max-time 30"_s);
    QVERIFY(curlCommand(settings, true).contains(u"'Authorization: Bearer s3cret'"_s));
    QVERIFY(curlCommand(settings, true).contains(u"'analyst:pw'"_s));
}

QTEST_GUILESS_MAIN(TestScriptWriter)
#include "tst_scriptwriter.moc"
