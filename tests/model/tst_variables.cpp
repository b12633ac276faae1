// SPDX-License-Identifier: MIT
// Qlik variables in a connection: where $(name) is found, and what is sent and stored in its place.
#include "fieldid.h"
#include "variables.h"

#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestVariables : public QObject
{
    Q_OBJECT

private slots:
    void namesIn_data();
    void namesIn();
    void expand_data();
    void expand();
    void usesAreFoundInTheFourPlaces();
    void sentAndStored();
    void theTokenRequestUsesThemToo_data();
    void theTokenRequestUsesThemToo();
};

void TestVariables::namesIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << u"https://h/x"_s << QStringList {};
    QTest::newRow("one") << u"https://h/$(vVersion)/x"_s << QStringList {u"vVersion"_s};
    QTest::newRow("each once, in order") << u"$(b)$(a)$(b)"_s << QStringList {u"b"_s, u"a"_s};
    QTest::newRow("dots and digits") << u"$(v.app_2)"_s << QStringList {u"v.app_2"_s};
    QTest::newRow("case matters") << u"$(v) $(V)"_s << QStringList {u"v"_s, u"V"_s};
    QTest::newRow("empty parentheses") << u"$()"_s << QStringList {};
    QTest::newRow("not closed") << u"$(vA"_s << QStringList {};
    QTest::newRow("an expression is not a variable") << u"$(=Today())"_s << QStringList {};
    QTest::newRow("a space inside") << u"$(v A)"_s << QStringList {};
    QTest::newRow("nested opening") << u"$($(v))"_s << QStringList {u"v"_s};
    QTest::newRow("dollar alone") << u"$ (v) $"_s << QStringList {};
}

void TestVariables::namesIn()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(Variables::namesIn(text), names);
}

void TestVariables::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expanded");
    QTest::newRow("none") << u"plain"_s << u"plain"_s;
    QTest::newRow("start, middle, end") << u"$(a)-$(b)-$(a)"_s << u"1-two-1"_s;
    QTest::newRow("unknown stays") << u"$(a)$(zz)"_s << u"1$(zz)"_s;
    QTest::newRow("empty test value") << u"[$(empty)]"_s << u"[]"_s;
    QTest::newRow("a value with $( is not expanded again") << u"$(loop)"_s << u"$(a)"_s;
    QTest::newRow("not closed") << u"$(a"_s << u"$(a"_s;
}

void TestVariables::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expanded);
    const QList<Variable> variables {{u"a"_s, u"1"_s, false}, {u"b"_s, u"two"_s, true},
        {u"empty"_s, QString(), false}, {u"loop"_s, u"$(a)"_s, false}};
    QCOMPARE(Variables::expand(text, variables), expanded);
}

void TestVariables::usesAreFoundInTheFourPlaces()
{
    ConnectionSettings settings;
    settings.request.url = u"https://h/$(vA)"_s;
    settings.queryParameters = {{u"$(vB)"_s, u"$(vC)"_s}};
    settings.queryHeaders = {{u"$(vNotAName)"_s, u"Bearer $(vD)"_s}};
    settings.request.requestBody = u"$(vE)"_s;
    using Use = Variables::Use;
    const QString url = FieldId::Request::Url.toString();
    const QString parameters = FieldId::QueryParameters.toString();
    const QString headers = FieldId::QueryHeaders.toString();
    // GET sends no body, so its $(vE) is no use.
    QCOMPARE(Variables::usesIn(settings),
        (QList<Use> {{url, u"vA"_s}, {parameters, u"vB"_s}, {parameters, u"vC"_s}, {headers, u"vD"_s}}));
    settings.request.method = HttpMethod::Post;
    QCOMPARE(Variables::usesIn(settings).last(), (Use {FieldId::Request::RequestBody.toString(), u"vE"_s}));
    QVERIFY(Variables::anyUsed(settings));
    QVERIFY(!Variables::anyUsed(ConnectionSettings()));
}

void TestVariables::sentAndStored()
{
    ConnectionSettings settings;
    settings.request.method = HttpMethod::Post;
    settings.request.url = u"https://h/$(vVersion)/x"_s;
    settings.request.requestBody = u"{\"k\": \"$(vKey)\"}"_s;
    settings.queryParameters = {{u"since"_s, u"$(vSince)"_s}};
    settings.queryHeaders = {{u"Authorization"_s, u"Bearer $(vKey)"_s}};
    settings.variables
        = {{u"vVersion"_s, u"v2"_s, false}, {u"vSince"_s, u"2024"_s, false}, {u"vKey"_s, u"s3cret"_s, true}};

    const ConnectionSettings sent = Variables::withTestValues(settings);
    QCOMPARE(sent.request.url, u"https://h/v2/x"_s);
    QCOMPARE(sent.request.requestBody, u"{\"k\": \"s3cret\"}"_s);
    QCOMPARE(sent.queryParameters.first().value, u"2024"_s);
    QCOMPARE(sent.queryHeaders.first().value, u"Bearer s3cret"_s);

    // Stored in Qlik: ordinary values stand in, a secret stays $(name) for WITH CONNECTION.
    const ConnectionSettings stored = Variables::forStoredConnection(settings);
    QCOMPARE(stored.request.url, u"https://h/v2/x"_s);
    QCOMPARE(stored.queryHeaders.first().value, u"Bearer $(vKey)"_s);
    QCOMPARE(stored.request.requestBody, u"{\"k\": \"$(vKey)\"}"_s);
    QVERIFY(!QString(stored.request.url + stored.request.requestBody).contains(u"s3cret"_s));
}

void TestVariables::theTokenRequestUsesThemToo_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("method");
    QTest::addColumn<QStringList>("fields"); // where a variable is found, in order
    const QStringList oauth {u"token.url"_s, u"token.extraFields"_s, u"token.headers"_s};
    QTest::newRow("no token: none of its fields")
        << int(TokenSource::None) << int(HttpMethod::Post) << QStringList {};
    QTest::newRow("OAuth 2.0: URL, form fields, headers")
        << int(TokenSource::OAuth2) << int(HttpMethod::Post) << oauth;
    QTest::newRow("a login by POST: its body too")
        << int(TokenSource::Request) << int(HttpMethod::Post) << oauth + QStringList {u"token.body"_s};
    QTest::newRow("a login by GET sends no body")
        << int(TokenSource::Request) << int(HttpMethod::Get) << oauth;
}

// The token's request is sent with the form's variables: they are found there (so the validator and the
// script know them) and expanded there (so Get token and Test connection send the test values).
void TestVariables::theTokenRequestUsesThemToo()
{
    QFETCH(int, source);
    QFETCH(int, method);
    QFETCH(QStringList, fields);
    ConnectionSettings settings;
    settings.token.source = TokenSource(source);
    settings.token.method = HttpMethod(method);
    settings.token.url = u"https://h/$(vTenant)/login"_s;
    settings.token.extraFields = {{u"resource"_s, u"$(vResource)"_s}};
    settings.token.headers = {{u"X-Api-Key"_s, u"$(vKey)"_s}};
    settings.token.body = u"{\"user\": \"$(vUser)\"}"_s;
    settings.variables = {{u"vTenant"_s, u"t1"_s, false}, {u"vResource"_s, u"r"_s, false},
        {u"vKey"_s, u"k"_s, true}, {u"vUser"_s, u"ann"_s, false}};
    QStringList found;
    for (const Variables::Use &use : Variables::usesIn(settings))
        found.append(use.field);
    QCOMPARE(found, fields);
    const TokenSettings sent = Variables::withTestValues(settings).token;
    QCOMPARE(sent.url, u"https://h/t1/login"_s);
    QCOMPARE(sent.extraFields.first().value, u"r"_s);
    QCOMPARE(sent.headers.first().value, u"k"_s);
    QCOMPARE(sent.body, u"{\"user\": \"ann\"}"_s);
    // Stored in Qlik: the secret stays a variable.
    QCOMPARE(Variables::forStoredConnection(settings).token.headers.first().value, u"$(vKey)"_s);
}

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
