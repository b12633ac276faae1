// SPDX-License-Identifier: MIT
#include "publish/publisher.h"
#include "sampleapiserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qonduit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qonduit::PublishTarget::Kind)

namespace {

// The published create schema, kept in the repository with its source (tests/network/schemas).
QJsonObject createSchema()
{
    QFile file(QStringLiteral(QONDUIT_SCHEMAS "/data-connections-create.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no schema file");
    return QJsonDocument::fromJson(file.readAll()).object().value(u"DcaasConnectionCreate"_s).toObject();
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string")
        return value.isString();
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"integer")
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    return false;
}

// What an OpenAPI object schema asks of a body, the parts the create schema uses: required fields,
// declared fields only (Qlik ignores or refuses others: a misspelt key is a lost value), their types.
QStringList schemaProblems(const QJsonObject &body, const QJsonObject &schema)
{
    QStringList problems;
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (const QJsonValue &required : schema.value(u"required"_s).toArray()) {
        if (!body.contains(required.toString()))
            problems.append(u"missing required "_s + required.toString());
    }
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!properties.contains(it.key()))
            problems.append(u"not in the schema: "_s + it.key());
        else if (!hasType(it.value(), properties.value(it.key()).toObject().value(u"type"_s).toString()))
            problems.append(u"wrong type: "_s + it.key());
    }
    return problems;
}

ConnectionSettings connection()
{
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/orders"_s;
    settings.queryHeaders = {{u"Authorization"_s, u"Bearer s3cret"_s}, {u"Accept"_s, u"application/json"_s}};
    settings.authentication.schema = AuthSchema::Basic;
    settings.authentication.userName = u"analyst"_s;
    settings.authentication.password = u"pa55"_s;
    return settings;
}

} // namespace

// Publishing against the Qlik endpoints the sample API serves as seeds 001-003 describe them.
class TestPublisher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publish_data();
    void publish();
    void listsSpaces();
    void dryRunMasksSecrets();
    void tokenFirstPublishesBothConnections_data();
    void tokenFirstPublishesBothConnections();
    void cloudProperties();
    void qrsRequestCarriesOneXrfKey();
    void problemsBeforeSending();
    void repositoryChecksTheXrfKey_data();
    void repositoryChecksTheXrfKey();
    void cloudBodyFollowsThePublishedSchema_data();
    void cloudBodyFollowsThePublishedSchema();
    void everySecretIsMaskedAndEncrypted();
    void cloudLeavesOutWhatMeansNothingThere();
    void repositoryPathKeepsTheProxyPrefix();
    void storedStringEndsAtTheQuote();

private:
    SampleApiServer m_server;
};

void TestPublisher::initTestCase()
{
    QCOMPARE(m_server.start().error(), QString());
}

void TestPublisher::publish_data()
{
    QTest::addColumn<PublishTarget::Kind>("kind");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("sentence"); // a part of it
    using Kind = PublishTarget::Kind;
    QTest::newRow("cloud: created") << Kind::Cloud << u"cloud-key-1"_s << u"Orders"_s << 201
                                    << u"Created the data connection \"Orders\""_s;
    QTest::newRow("cloud: name taken")
        << Kind::Cloud << u"cloud-key-1"_s << u"Orders"_s << 409 << u"exists already (409)"_s;
    QTest::newRow("cloud: wrong key")
        << Kind::Cloud << u"nope"_s << u"Other"_s << 401 << u"API key or token was not accepted (401)"_s;
    QTest::newRow("cloud: not allowed")
        << Kind::Cloud << u"cloud-key-readonly"_s << u"Other"_s << 403 << u"not allowed to create"_s;
    QTest::newRow("cloud: rate limited")
        << Kind::Cloud << u"cloud-key-1"_s << u"rate limited"_s << 429 << u"(429)"_s;
    QTest::newRow("QRS: created") << Kind::Qrs << QString() << u"Orders QRS"_s << 201 << u"Created"_s;
    QTest::newRow("QRS: name taken") << Kind::Qrs << QString() << u"Orders QRS"_s << 409
                                     << u"exists already (409)"_s;
}

void TestPublisher::publish()
{
    QFETCH(PublishTarget::Kind, kind);
    QFETCH(QString, token);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, sentence);
    PublishTarget target;
    target.kind = kind;
    target.server = m_server.baseUrl();
    target.name = name;
    target.token = token;
    target.spaceId = u"5f0f2b1e8c1a2b0001a1b2c3"_s;
    target.headerUser = u"UserDirectory=INTERNAL; UserId=sa_api"_s;
    Publisher publisher;
    QSignalSpy finished(&publisher, &Publisher::finished);
    m_server.clearReceived();
    publisher.publish(connection(), target);
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(0).at(0).value<PublishResult>();
    QCOMPARE(result.status, status);
    QVERIFY2(result.sentence.contains(sentence), qPrintable(result.sentence));
    QCOMPARE(result.succeeded(), status == 201);
    if (result.succeeded()) {
        QVERIFY(!result.id.isEmpty());
        if (kind == PublishTarget::Kind::Cloud)
            QVERIFY(result.connectStatement.startsWith(
                u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://api.example.com/orders"_s));
    }
    const auto received = m_server.received().constLast();
    if (kind == PublishTarget::Kind::Qrs) {
        QCOMPARE(received.headers.value("x-qlik-user"), QByteArray("UserDirectory=INTERNAL; UserId=sa_api"));
        const QJsonObject body = QJsonDocument::fromJson(received.body).object();
        QCOMPARE(body[u"type"_s].toString(), u"QvRestConnector.exe"_s);
        QCOMPARE(body[u"password"_s].toString(), u"pa55"_s);
        QVERIFY(!body[u"connectionstring"_s].toString().contains(u"pa55"_s)); // passwords beside, not inside
    }
}

void TestPublisher::listsSpaces()
{
    PublishTarget target;
    target.server = m_server.baseUrl();
    target.token = u"cloud-key-1"_s;
    Publisher publisher;
    QSignalSpy listed(&publisher, &Publisher::spacesListed);
    publisher.listSpaces(target);
    QVERIFY(listed.wait(10000));
    const auto spaces = listed.at(0).at(0).value<SpaceList>();
    QVERIFY2(spaces.problem.isEmpty(), qPrintable(spaces.problem));
    QCOMPARE(spaces.spaces.size(), 2);
    QCOMPARE(spaces.spaces[1].second, u"Sales data"_s);
    target.token = u"wrong"_s;
    publisher.listSpaces(target);
    QVERIFY(listed.wait(10000));
    QVERIFY(listed.at(1).at(0).value<SpaceList>().problem.contains(u"(401)"_s));
}

void TestPublisher::tokenFirstPublishesBothConnections_data()
{
    QTest::addColumn<PublishTarget::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("cloud") << PublishTarget::Kind::Cloud << u"Token Orders"_s;
    QTest::newRow("QRS") << PublishTarget::Kind::Qrs << u"Token Orders QRS"_s;
}

// [ours] The token connection "<name> (token)" first, then the data connection, which carries no token
// (the script sends it); the client secret stays in the token connection's body, masked in dry runs.
void TestPublisher::tokenFirstPublishesBothConnections()
{
    QFETCH(PublishTarget::Kind, kind);
    QFETCH(QString, name);
    ConnectionSettings settings = connection();
    settings.token.source = TokenSource::OAuth2;
    settings.token.url = u"https://login.example.com/oauth/token"_s;
    settings.token.clientId = u"qonduit-client"_s;
    settings.token.clientSecret = u"client-s3cret"_s;
    PublishTarget target;
    target.kind = kind;
    target.server = m_server.baseUrl();
    target.name = name;
    target.token = u"cloud-key-1"_s;
    target.spaceId = u"5f0f2b1e8c1a2b0001a1b2c3"_s;

    const auto requests = Publisher::requestsFor(settings, target);
    QVERIFY(requests);
    QCOMPARE(requests.value().size(), 2);
    const QString tokenDry = requests.value().first().describe() + requests.value().first().curl();
    QVERIFY2(
        tokenDry.contains(u"oauth/token"_s) && !tokenDry.contains(u"client-s3cret"_s), qPrintable(tokenDry));
    QVERIFY(requests.value().first().describe(true).contains(u"client-s3cret"_s));
    QVERIFY(!requests.value().last().describe(true).contains(u"oauth/token"_s));

    Publisher publisher;
    QSignalSpy finished(&publisher, &Publisher::finished);
    m_server.clearReceived();
    publisher.publish(settings, target);
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(0).at(0).value<PublishResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.sentence));
    QVERIFY2(result.sentence.contains(u"\"%1 (token)\", \"%1\""_s.arg(name)), qPrintable(result.sentence));
    QCOMPARE(m_server.received().size(), 2);
    QVERIFY(m_server.received().first().body.contains("oauth/token"));
    QVERIFY(!m_server.received().last().body.contains("oauth/token"));

    // Published again: the token connection's name is taken, and the sentence says so; nothing more is sent.
    QSignalSpy again(&publisher, &Publisher::finished);
    m_server.clearReceived();
    publisher.publish(settings, target);
    QVERIFY(again.wait(10000));
    QVERIFY(again.at(0).at(0).value<PublishResult>().sentence.contains(u"exists already (409)"_s));
    QCOMPARE(m_server.received().size(), 1);
}

void TestPublisher::dryRunMasksSecrets()
{
    PublishTarget target;
    target.server = QUrl(u"https://tenant.eu.qlikcloud.com"_s);
    target.name = u"Orders"_s;
    target.token = u"tok-123"_s;
    const auto made = Publisher::requestFor(connection(), target);
    QCOMPARE(made.hasValue() ? QString() : made.error(), QString());
    const PublishRequest &request = made.value();
    const QString masked = request.describe();
    QVERIFY(masked.startsWith(
        u"POST https://tenant.eu.qlikcloud.com/api/v1/data-connections\nAuthorization: ********\n"_s));
    for (const QString &secret : {u"tok-123"_s, u"pa55"_s, u"s3cret"_s})
        QVERIFY2(!masked.contains(secret) && !request.curl().contains(secret), qPrintable(secret));
    QVERIFY(request.curl().contains(u"-H \"Authorization: $QLIK_AUTHORIZATION\""_s));
    QVERIFY(request.describe(true).contains(u"tok-123"_s));
    QVERIFY(request.curl(true).contains(u"pa55"_s));
}

void TestPublisher::cloudProperties()
{
    ConnectionSettings settings = connection();
    settings.queryParameters = {{u"page"_s, u"1"_s}};
    settings.certificates.skipServerCertificateValidation = true;
    settings.certificates.source = CertificateSource::FromFile;
    settings.certificates.pfxFilePath = u"client.pfx"_s;
    settings.certificates.pfxPassword = u"pfxpw"_s;
    const QJsonObject properties = cloudConnectionProperties(settings, "PFXBYTES");
    QCOMPARE(properties[u"url"_s].toString(), u"https://api.example.com/orders"_s);
    QCOMPARE(properties[u"timeout"_s].toString(), u"30"_s); // every value a string
    // The newer connector's settings go to the cloud always, as Qlik's own API calls send them.
    QCOMPARE(properties[u"readwritetimeout"_s].toString(), u"300"_s);
    QCOMPARE(properties[u"retryFailedRequest"_s].toString(), u"false"_s);
    QCOMPARE(properties[u"retryCodes"_s].toString(), u"500,502,503,504"_s);
    QCOMPARE(properties[u"queryParameters"_s].toArray()[0].toObject()[u"name"_s].toString(), u"page"_s);
    const QJsonArray headers = properties[u"queryHeaders"_s].toArray();
    QVERIFY(headers[0].toObject()[u"encrypt"_s].toBool()); // Authorization
    QVERIFY(!headers[1].toObject().contains(u"encrypt"_s));
    QCOMPARE(properties[u"username"_s].toString(), u"analyst"_s);
    QCOMPARE(properties[u"password"_s].toString(), u"pa55"_s);
    QCOMPARE(properties[u"allowWithConnection"_s].toString(), u"true"_s);
    QCOMPARE(properties[u"serverCertificateValidation"_s].toString(), u"None"_s);
    QCOMPARE(properties[u"enableMutualSSL"_s].toString(), u"true"_s);
    QCOMPARE(properties[u"mutualPfxCertificateFiles"_s].toArray()[0].toObject()[u"value"_s].toString(),
        QString::fromLatin1(QByteArray("PFXBYTES").toBase64()));
    QCOMPARE(properties[u"mutualPfxCertificateKey"_s].toString(), u"pfxpw"_s);
    QVERIFY(!properties.contains(u"provider"_s));
}

void TestPublisher::qrsRequestCarriesOneXrfKey()
{
    const QString a = newXrfKey();
    const QString b = newXrfKey();
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9]{16}$"_s).match(a).hasMatch());
    QVERIFY(a != b); // fresh every time
    PublishTarget target;
    target.kind = PublishTarget::Kind::Qrs;
    target.server = QUrl(u"https://sense.example.com:4242"_s);
    target.name = u"Orders"_s;
    const PublishRequest request = qrsRequest(connection(), target, a);
    QCOMPARE(request.url.path(), u"/qrs/dataconnection"_s);
    QCOMPARE(QUrlQuery(request.url).queryItemValue(u"xrfkey"_s), a);
    QVERIFY(request.headers.contains(std::pair<QByteArray, QByteArray>("X-Qlik-Xrfkey", a.toLatin1())));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QVERIFY(body[u"connectionstring"_s].toString().startsWith(
        u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;"_s));
    QVERIFY(!request.describe().contains(u"pa55"_s));
}

void TestPublisher::problemsBeforeSending()
{
    PublishTarget target;
    target.server = m_server.baseUrl();
    target.name = u"Orders"_s;
    Publisher publisher;
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.publish(connection(), target); // no token
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(0).at(0).value<PublishResult>().sentence.contains(u"needs an API key"_s));
    target.name.clear();
    target.token = u"x"_s;
    publisher.publish(connection(), target);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(1).at(0).value<PublishResult>().sentence.contains(u"needs a name"_s));
}

void TestPublisher::repositoryChecksTheXrfKey_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("the same 16 characters") << u"abcdefghijklmnop"_s << QByteArray("abcdefghijklmnop") << 201;
    QTest::newRow("different") << u"abcdefghijklmnop"_s << QByteArray("ABCDEFGHIJKLMNOP") << 401;
    QTest::newRow("too short") << u"abc"_s << QByteArray("abc") << 401;
    QTest::newRow("no header") << u"abcdefghijklmnop"_s << QByteArray() << 401;
}

void TestPublisher::repositoryChecksTheXrfKey()
{
    // The local repository must refuse what Qlik's refuses, or the publish tests prove nothing.
    QFETCH(QString, query);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    PublishTarget target;
    target.kind = PublishTarget::Kind::Qrs;
    target.server = m_server.baseUrl();
    target.name = u"xrf "_s + QString::fromLatin1(QTest::currentDataTag());
    PublishRequest request = qrsRequest(connection(), target, query);
    for (auto &[name, value] : request.headers) {
        if (name == "X-Qlik-Xrfkey")
            value = header;
    }
    QNetworkAccessManager manager;
    QNetworkRequest out(request.url);
    for (const auto &[name, value] : request.headers) {
        if (!value.isEmpty())
            out.setRawHeader(name, value);
    }
    QNetworkReply *reply = manager.post(out, request.body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    delete reply;
}

void TestPublisher::cloudBodyFollowsThePublishedSchema_data()
{
    QTest::addColumn<QString>("space");
    QTest::newRow("in a space") << u"5f0f2b1e8c1a2b0001a1b2c3"_s;
    QTest::newRow("personal space") << QString();
}

void TestPublisher::cloudBodyFollowsThePublishedSchema()
{
    QFETCH(QString, space);
    PublishTarget target;
    target.server = QUrl(u"https://tenant.eu.qlikcloud.com"_s);
    target.name = u"Orders"_s;
    target.token = u"tok"_s;
    target.spaceId = space;
    const QJsonObject body = QJsonDocument::fromJson(cloudRequest(connection(), target).body).object();
    const QStringList problems = schemaProblems(body, createSchema());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(body[u"datasourceID"_s].toString(), u"rest"_s);
    // Every property value is a string or a {"name", "value"} list, as the cloud's REST source takes them.
    const QJsonObject properties = body[u"connectionProperties"_s].toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        QVERIFY2(it.value().isString() || it.value().isArray(), qPrintable(it.key()));
}

void TestPublisher::everySecretIsMaskedAndEncrypted()
{
    ConnectionSettings settings = connection();
    settings.queryHeaders.append({u"X-Api-Key"_s, u"key-777"_s});
    settings.certificates.source = CertificateSource::FromFile;
    settings.certificates.pfxPassword = u"pfxpw"_s;
    PublishTarget target;
    target.server = QUrl(u"https://tenant.eu.qlikcloud.com"_s);
    target.name = u"Orders"_s;
    target.token = u"tok-123"_s;
    const PublishRequest request = cloudRequest(settings, target, "PFX-FILE-BYTES");
    const QByteArray base64 = QByteArray("PFX-FILE-BYTES").toBase64();
    for (const QString &shown : {request.describe(), request.curl()}) {
        for (const QString &secret :
            {u"tok-123"_s, u"pa55"_s, u"s3cret"_s, u"key-777"_s, u"pfxpw"_s, QString::fromLatin1(base64)})
            QVERIFY2(!shown.contains(secret), qPrintable(secret + u" shown in\n"_s + shown));
    }
    QVERIFY(request.describe().contains(u"certificate.pfx"_s)); // the file's name stays
    const QJsonArray headers = QJsonDocument::fromJson(request.body)
                                   .object()[u"connectionProperties"_s]
                                   .toObject()[u"queryHeaders"_s]
                                   .toArray();
    QCOMPARE(headers.size(), 3);
    QVERIFY(headers[0].toObject()[u"encrypt"_s].toBool()); // Authorization
    QVERIFY(!headers[1].toObject().contains(u"encrypt"_s)); // Accept
    QVERIFY(headers[2].toObject()[u"encrypt"_s].toBool()); // X-Api-Key
    QVERIFY(request.describe(true).contains(u"key-777"_s));
}

void TestPublisher::cloudLeavesOutWhatMeansNothingThere()
{
    ConnectionSettings settings = connection();
    settings.certificates.source = CertificateSource::FromFile;
    settings.certificates.pfxFilePath = u"C:/certs/client.pfx"_s;
    settings.certificates.skipServerCertificateValidation = true;
    const QJsonObject properties = cloudConnectionProperties(settings, "PFX");
    for (const QString &key : {u"useCertificate"_s, u"certificateStoreLocation"_s, u"certificateStoreName"_s,
             u"certificateName"_s, u"certificateFilePath"_s, u"skipServerCertificateValidation"_s})
        QVERIFY2(!properties.contains(key), qPrintable(key));
    QCOMPARE(properties[u"serverCertificateValidation"_s].toString(), u"None"_s);
    QCOMPARE(properties[u"enableMutualSSL"_s].toString(), u"true"_s);
}

void TestPublisher::repositoryPathKeepsTheProxyPrefix()
{
    PublishTarget target;
    target.kind = PublishTarget::Kind::Qrs;
    target.name = u"Orders behind a proxy"_s;
    target.headerUser = u"UserDirectory=INTERNAL; UserId=sa_api"_s;
    for (const QString &suffix : {u"/hdr/"_s, u"/hdr"_s}) {
        target.server = QUrl(m_server.baseUrl().toString() + suffix);
        QCOMPARE(qrsRequest(connection(), target, newXrfKey()).url.path(), u"/hdr/qrs/dataconnection"_s);
    }
    // Against the local repository behind its virtual proxy, which wants the header user.
    target.server = QUrl(m_server.baseUrl().toString() + u"/hdr/"_s);
    Publisher publisher;
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.publish(connection(), target);
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(0).at(0).value<PublishResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.sentence));
    target.server = QUrl(u"https://tenant.eu.qlikcloud.com/"_s);
    QCOMPARE(cloudRequest(connection(), target).url.toString(),
        u"https://tenant.eu.qlikcloud.com/api/v1/data-connections"_s);
}

void TestPublisher::storedStringEndsAtTheQuote()
{
    PublishTarget target;
    target.kind = PublishTarget::Kind::Qrs;
    target.server = QUrl(u"https://sense.example.com:4242"_s);
    target.name = u"Orders"_s;
    const QString stored = QJsonDocument::fromJson(qrsRequest(connection(), target, newXrfKey()).body)
                               .object()[u"connectionstring"_s]
                               .toString();
    QVERIFY2(stored.startsWith(u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;"_s), qPrintable(stored));
    QVERIFY2(stored.endsWith(u";\""_s), qPrintable(stored)); // the last pair's ';', then the quote
}

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
