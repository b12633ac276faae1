// SPDX-License-Identifier: MIT
// A token first [ours]: the token request and its answer without a network, then every grant, a wrong
// secret, expiry and renewal against the sample API's OAuth 2.0 endpoint.
#include "requestengine.h"
#include "sampleapiserver.h"
#include "settingsdump.h"
#include "token/tokenclient.h"
#include "token/tokenrequest.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

class TestToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formBody_data();
    void formBody();
    void basicClientAuthentication();
    void readAnswer_data();
    void readAnswer();
    void tokenGoesWhereItIsSent();
    void grants_data();
    void grants();
    void refreshGrantUsesTheRefreshToken();
    void keptUntilItExpires();
    void renewedOnceAfterA401();
    void cancelWhileFetching();

private:
    ConnectionSettings oauth(OAuthGrant grant, const QString &query = {}) const;
    ConnectionTestResult run(RequestEngine &engine, const ConnectionSettings &settings);
    SampleApiServer m_api;
};

void TestToken::initTestCase()
{
    QCOMPARE(m_api.start().error(), QString());
}

ConnectionSettings TestToken::oauth(OAuthGrant grant, const QString &query) const
{
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/oauth/orders"_s;
    settings.request.timeoutSeconds = 10;
    settings.token.source = TokenSource::OAuth2;
    settings.token.url = m_api.baseUrl().toString() + u"/oauth/token"_s + query;
    settings.token.grant = grant;
    settings.token.clientId = QString::fromLatin1(SampleApiServer::ClientId);
    settings.token.clientSecret = QString::fromLatin1(SampleApiServer::ClientSecret);
    settings.token.userName = QString::fromLatin1(SampleApiServer::UserName);
    settings.token.password = QString::fromLatin1(SampleApiServer::Password);
    return settings;
}

ConnectionTestResult TestToken::run(RequestEngine &engine, const ConnectionSettings &settings)
{
    QSignalSpy finished(&engine, &RequestEngine::finished);
    engine.start(settings);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<ConnectionTestResult>();
}

void TestToken::formBody_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<QString>("form");
    QTest::newRow("client credentials, client in the body") << SettingsEdit([](ConnectionSettings &s) {
        s.token.clientId = u"id"_s;
        s.token.clientSecret = u"s&c=t"_s;
    }) << u"grant_type=client_credentials&client_id=id&client_secret=s%26c%3Dt"_s;
    QTest::newRow("password grant with scope and audience") << SettingsEdit([](ConnectionSettings &s) {
        s.token.grant = OAuthGrant::Password;
        s.token.userName = u"ann"_s;
        s.token.password = u"p w"_s;
        s.token.scope = u"read write"_s;
        s.token.audience = u"https://api"_s;
    }) << u"grant_type=password&username=ann&password=p%20w&scope=read%20write&audience=https%3A%2F%2Fapi"_s;
    QTest::newRow("refresh grant, client as Basic, an extra field") << SettingsEdit(
        [](ConnectionSettings &s) {
            s.token.grant = OAuthGrant::RefreshToken;
            s.token.refreshToken = u"rt-1"_s;
            s.token.clientId = u"id"_s;
            s.token.clientSecret = u"sec"_s;
            s.token.clientSecretAsBasic = true;
            s.token.extraFields = {{u"resource"_s, u"r"_s}};
        }) << u"grant_type=refresh_token&refresh_token=rt-1&resource=r"_s;
}

void TestToken::formBody()
{
    QFETCH(SettingsEdit, edit);
    QFETCH(QString, form);
    ConnectionSettings settings;
    edit(settings);
    QCOMPARE(QString::fromLatin1(TokenRequest::formBody(settings.token)), form);
}

void TestToken::basicClientAuthentication()
{
    TokenSettings token;
    token.source = TokenSource::OAuth2;
    token.url = u"https://login.example.com/token"_s;
    token.clientId = u"a:b"_s;
    token.clientSecret = u"c d"_s;
    token.clientSecretAsBasic = true;
    const auto plan = TokenRequest::planFor(token);
    QVERIFY(plan);
    QCOMPARE(plan.value().method, QByteArray("POST"));
    // RFC 6749 2.3.1: each part form-encoded, then Basic.
    const auto authorization = std::find_if(plan.value().headers.begin(), plan.value().headers.end(),
        [](const auto &header) { return header.first == "Authorization"; });
    QVERIFY(authorization != plan.value().headers.end());
    QCOMPARE(authorization->second, "Basic " + QByteArray("a%3Ab:c%20d").toBase64());
    QVERIFY(!plan.value().body.contains("client_secret"));

    token.url = u"ftp://x/"_s;
    QVERIFY(!TokenRequest::planFor(token));
    token.url.clear();
    QCOMPARE(TokenRequest::planFor(token).error(), u"Enter the URL the token comes from."_s);
}

void TestToken::readAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token"); // empty: none, and `sentence` says why
    QTest::addColumn<QString>("sentence");
    QTest::newRow("access_token") << 200
                                  << R"({"access_token": "t1", "expires_in": 60, "token_type": "Bearer"})"_ba
                                  << u"access_token"_s << u"t1"_s << QString();
    QTest::newRow("a nested path, root first")
        << 200 << R"({"data": {"jwt": "t2"}})"_ba << u"root/data/jwt"_s << u"t2"_s << QString();
    QTest::newRow("missing") << 200 << R"({"token": "x", "ok": true})"_ba << u"access_token"_s << QString()
                             << u"no token at access_token; its fields are ok, token"_s;
    QTest::newRow("not JSON") << 200 << "<html>login</html>"_ba << u"access_token"_s << QString()
                              << u"not a JSON object"_s;
    QTest::newRow("an array") << 200 << "[1]"_ba << u"access_token"_s << QString()
                              << u"an array or a value"_s;
    QTest::newRow("a token that is an object")
        << 200 << R"({"access_token": {"v": 1}})"_ba << u"access_token"_s << QString() << u"no token"_s;
    QTest::newRow("invalid_client") << 401 << R"({"error": "invalid_client", "error_description": "bad"})"_ba
                                    << u"access_token"_s << QString() << u"check the client id and secret"_s;
    QTest::newRow("invalid_grant") << 400 << R"({"error": "invalid_grant"})"_ba << u"access_token"_s
                                   << QString() << u"refused the grant (invalid_grant)"_s;
    QTest::newRow("unsupported grant")
        << 400 << R"({"error": "unsupported_grant_type"})"_ba << u"access_token"_s << QString()
        << u"does not offer this grant type"_s;
    QTest::newRow("a 500 in plain text")
        << 500 << "Internal error"_ba << u"access_token"_s << QString() << u"answered 500: Internal error"_s;
    QTest::newRow("truncated") << 200 << R"({"access_token": "t)"_ba << u"access_token"_s << QString()
                               << u"not a JSON object"_s;
}

void TestToken::readAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(QString, sentence);
    TokenSettings settings;
    settings.tokenPath = path;
    const auto read = TokenRequest::readAnswer(status, body, settings);
    QCOMPARE(read.hasValue(), !token.isEmpty());
    if (read) {
        QCOMPARE(read.value().value, token);
    } else {
        QVERIFY2(read.error().contains(sentence), qPrintable(read.error()));
    }
}

void TestToken::tokenGoesWhereItIsSent()
{
    ConnectionSettings settings;
    settings.queryHeaders = {{u"authorization"_s, u"old"_s}, {u"Accept"_s, u"application/json"_s}};
    const ConnectionSettings header = TokenRequest::withToken(settings, u"t1"_s);
    QCOMPARE(header.queryHeaders,
        (QList<NameValue> {{u"Accept"_s, u"application/json"_s}, {u"Authorization"_s, u"Bearer t1"_s}}));
    settings.token.placement = TokenPlacement::QueryParameter;
    settings.token.placementName = u"access_token"_s;
    const ConnectionSettings query = TokenRequest::withToken(settings, u"t2"_s);
    QCOMPARE(query.queryParameters, (QList<NameValue> {{u"access_token"_s, u"t2"_s}}));
    QCOMPARE(query.queryHeaders, settings.queryHeaders);
}

void TestToken::grants_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("client credentials in the body")
        << SettingsEdit([](ConnectionSettings &) {}) << true << u"Connected"_s;
    QTest::newRow("client credentials as Basic")
        << SettingsEdit([](ConnectionSettings &s) { s.token.clientSecretAsBasic = true; }) << true
        << u"Connected"_s;
    QTest::newRow("password grant") << SettingsEdit([](ConnectionSettings &s) {
        s.token.grant = OAuthGrant::Password;
    }) << true << u"Connected"_s;
    QTest::newRow("a wrong secret is one sentence")
        << SettingsEdit([](ConnectionSettings &s) { s.token.clientSecret = u"wrong"_s; }) << false
        << u"No token, so no data request: The token endpoint did not accept the client (invalid_client)"_s;
    QTest::newRow("a wrong password") << SettingsEdit([](ConnectionSettings &s) {
        s.token.grant = OAuthGrant::Password;
        s.token.password = u"wrong"_s;
    }) << false << u"(invalid_grant)"_s;
    QTest::newRow("an unknown refresh token") << SettingsEdit([](ConnectionSettings &s) {
        s.token.grant = OAuthGrant::RefreshToken;
        s.token.refreshToken = u"rt-never"_s;
    }) << false << u"(invalid_grant)"_s;
    QTest::newRow("a token from another request") << SettingsEdit([this](ConnectionSettings &s) {
        s.token.source = TokenSource::Request;
        s.token.body
            = u"grant_type=client_credentials&client_id=qonduit-client&client_secret=client-s3cret"_s;
        s.token.headers = {{u"Content-Type"_s, u"application/x-www-form-urlencoded"_s}};
    }) << true << u"Connected"_s;
    QTest::newRow("no token at all") << SettingsEdit([](ConnectionSettings &s) { s.token = {}; }) << false
                                     << QString();
}

void TestToken::grants()
{
    QFETCH(SettingsEdit, edit);
    QFETCH(bool, succeeds);
    QFETCH(QString, sentence);
    ConnectionSettings settings = oauth(OAuthGrant::ClientCredentials);
    edit(settings);
    m_api.clearReceived();
    RequestEngine engine;
    const ConnectionTestResult result = run(engine, settings);
    QVERIFY2(result.succeeded() == succeeds, qPrintable(result.summaryLine() + u" "_s + result.sentence));
    QVERIFY2(result.sentence.contains(sentence), qPrintable(result.sentence));
    int tokenRequests = 0;
    for (const auto &request : m_api.received())
        tokenRequests += request.path == u"/oauth/token";
    // One token request, never a stack of them; a refused token request sends no data request.
    QCOMPARE(tokenRequests, settings.token.source == TokenSource::None ? 0 : 1);
    if (!succeeds && settings.token.source != TokenSource::None)
        QCOMPARE(m_api.received().size(), 1);
    // The client secret is never in what the result shows.
    QVERIFY(!result.sentence.contains(QString::fromLatin1(SampleApiServer::ClientSecret)));
    QVERIFY(!result.notes.join(u' ').contains(QString::fromLatin1(SampleApiServer::ClientSecret)));
}

void TestToken::refreshGrantUsesTheRefreshToken()
{
    // The password grant gives a refresh token; the refresh grant trades it for a new access token, once.
    TokenClient client;
    QSignalSpy finished(&client, &TokenClient::finished);
    client.fetch(oauth(OAuthGrant::Password));
    QVERIFY(finished.wait(10000));
    const auto first = finished.takeFirst().first().value<TokenResult>();
    QVERIFY2(first.ok, qPrintable(first.sentence));
    QVERIFY(!first.token.refreshToken.isEmpty());
    ConnectionSettings refresh = oauth(OAuthGrant::RefreshToken);
    refresh.token.refreshToken = first.token.refreshToken;
    RequestEngine engine;
    const ConnectionTestResult result = run(engine, refresh);
    QVERIFY2(result.succeeded(), qPrintable(result.sentence));
    client.fetch(refresh); // used: the sample API, as most, takes a refresh token once
    QVERIFY(finished.wait(10000));
    const auto again = finished.takeFirst().first().value<TokenResult>();
    QVERIFY(!again.ok);
    QVERIFY2(again.sentence.contains(u"invalid_grant"_s), qPrintable(again.sentence));
}

void TestToken::keptUntilItExpires()
{
    RequestEngine engine;
    const int before = m_api.tokensIssued();
    QVERIFY(run(engine, oauth(OAuthGrant::ClientCredentials)).succeeded());
    QVERIFY(run(engine, oauth(OAuthGrant::ClientCredentials)).succeeded());
    QCOMPARE(m_api.tokensIssued(), before + 1); // the second run used the kept token

    // A token that expires within the margin is fetched again for each run.
    const ConnectionSettings shortLived = oauth(OAuthGrant::ClientCredentials, u"?expires_in=2"_s);
    const ConnectionTestResult first = run(engine, shortLived);
    QVERIFY(first.succeeded());
    QVERIFY2(first.notes.join(u' ').contains(u"valid for 2 seconds"_s), qPrintable(first.notes.join(u' ')));
    QVERIFY(run(engine, shortLived).succeeded());
    QCOMPARE(m_api.tokensIssued(), before + 3);
}

void TestToken::renewedOnceAfterA401()
{
    RequestEngine engine;
    QVERIFY(run(engine, oauth(OAuthGrant::ClientCredentials)).succeeded());
    const int before = m_api.tokensIssued();
    m_api.revokeTokens(); // the kept token is no good any more
    const ConnectionTestResult result = run(engine, oauth(OAuthGrant::ClientCredentials));
    QVERIFY2(result.succeeded(), qPrintable(result.sentence));
    QVERIFY(result.notes.join(u' ').contains(u"refused the token (401): fetched a new one"_s));
    QCOMPARE(m_api.tokensIssued(), before + 1);

    // The same 401 again after the renewal is the answer: no loop of token requests.
    ConnectionSettings wrongPlace = oauth(OAuthGrant::ClientCredentials);
    wrongPlace.token.placementName = u"X-Token"_s;
    const int again = m_api.tokensIssued();
    const ConnectionTestResult refused = run(engine, wrongPlace);
    QVERIFY(!refused.succeeded());
    QCOMPARE(refused.status, 401);
    QCOMPARE(m_api.tokensIssued(), again + 2); // the first token, then one renewal
}

void TestToken::cancelWhileFetching()
{
    RequestEngine engine;
    QSignalSpy finished(&engine, &RequestEngine::finished);
    ConnectionSettings settings = oauth(OAuthGrant::ClientCredentials);
    settings.token.url = m_api.baseUrl().toString() + u"/fault/slow?ms=5000"_s;
    engine.start(settings);
    QVERIFY(engine.isRunning());
    engine.cancel();
    QVERIFY(finished.wait(5000)); // from the event loop, as every finished()
    QCOMPARE(finished.first().first().value<ConnectionTestResult>().outcome,
        ConnectionTestResult::Outcome::Canceled);
    QVERIFY(!engine.isRunning());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
