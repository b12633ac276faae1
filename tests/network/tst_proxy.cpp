// SPDX-License-Identifier: MIT
#include "forwardproxy.h"
#include "publish/publisher.h"
#include "requestengine.h"
#include "sampleapiserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

// The proxy modes against a real forward proxy and the sample API, both on 127.0.0.1.
class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modes_data();
    void modes();
    void systemProxyFromTheEnvironment();
    void publishingGoesThroughTheProxy();

private:
    ConnectionTestResult run(const ConnectionSettings &settings);
    SampleApiServer m_api;
    ForwardProxy m_proxy;
};

void TestProxy::initTestCase()
{
    QCOMPARE(m_api.start().error(), QString());
    QCOMPARE(m_proxy.start().error(), QString());
    qunsetenv("http_proxy");
    qunsetenv("HTTP_PROXY");
}

ConnectionTestResult TestProxy::run(const ConnectionSettings &settings)
{
    RequestEngine engine;
    QSignalSpy finished(&engine, &RequestEngine::finished);
    engine.start(settings);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<ConnectionTestResult>();
}

void TestProxy::modes_data()
{
    QTest::addColumn<bool>("useProxy");
    QTest::addColumn<QString>("address"); // %1: the proxy's port
    QTest::addColumn<bool>("bypassOnLocal");
    QTest::addColumn<QByteArray>("required"); // credentials the proxy asks for
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("viaProxy");
    QTest::newRow("manual proxy") << true << u"http://127.0.0.1:%1"_s << false << QByteArray() << QString()
                                  << 200 << true;
    QTest::newRow("manual, without a scheme")
        << true << u"127.0.0.1:%1"_s << false << QByteArray() << QString() << 200 << true;
    QTest::newRow("local addresses direct")
        << true << u"http://127.0.0.1:%1"_s << true << QByteArray() << QString() << 200 << false;
    QTest::newRow("no proxy") << true << QString() << false << QByteArray() << QString() << 200 << false;
    QTest::newRow("proxy credentials")
        << true << u"http://bob@127.0.0.1:%1"_s << false << QByteArray("bob:pw") << u"pw"_s << 200 << true;
    QTest::newRow("wrong proxy password")
        << true << u"http://bob@127.0.0.1:%1"_s << false << QByteArray("bob:pw") << u"nope"_s << 407 << true;
    QTest::newRow("no proxy password")
        << true << u"http://bob@127.0.0.1:%1"_s << false << QByteArray("bob:pw") << QString() << 407 << true;
    QTest::newRow("a password in the address is refused") << true << u"http://bob:pw@127.0.0.1:%1"_s << false
                                                          << QByteArray("bob:pw") << QString() << 0 << false;
}

void TestProxy::modes()
{
    QFETCH(bool, useProxy);
    QFETCH(QString, address);
    QFETCH(bool, bypassOnLocal);
    QFETCH(QByteArray, required);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(bool, viaProxy);
    m_proxy.requireCredentials(required);
    const auto before = m_proxy.targets().size();
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/orders"_s;
    settings.proxy.useProxy = useProxy;
    settings.proxy.address = address.contains(u"%1"_s) ? address.arg(m_proxy.serverPort()) : address;
    settings.proxy.bypassOnLocal = bypassOnLocal;
    settings.proxy.password = password;
    const ConnectionTestResult result = run(settings);
    QCOMPARE(result.status, status);
    if (status == 407) // the proxy's refusal, not the server's
        QVERIFY2(result.sentence.startsWith(u"The proxy refused the request (407)"_s),
            qPrintable(result.sentence));
    if (address.contains(u":pw@"_s)) {
        QVERIFY2(
            result.sentence.contains(u"The proxy address holds a password"_s), qPrintable(result.sentence));
        QCOMPARE(m_proxy.targets().size(), before); // nothing was sent
    }
    if (status == 200) {
        QCOMPARE(result.body.contains("\"via\": \"proxy\""), viaProxy);
        QCOMPARE(m_proxy.targets().size() > before, viaProxy);
        if (viaProxy) // a forward proxy is asked for the absolute URL
            QCOMPARE(QString::fromLatin1(m_proxy.targets().constLast()), settings.request.url);
    }
}

void TestProxy::systemProxyFromTheEnvironment()
{
    // useProxy=false follows the system's settings; on Linux those are http_proxy and no_proxy.
    m_proxy.requireCredentials({});
    qputenv("http_proxy", u"http://127.0.0.1:%1"_s.arg(m_proxy.serverPort()).toLatin1());
    ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/orders"_s;
    const ConnectionTestResult result = run(settings);
    qunsetenv("http_proxy");
    QCOMPARE(result.status, 200);
    QVERIFY2(result.body.contains("\"via\": \"proxy\""), result.body.left(200).constData());
}

void TestProxy::publishingGoesThroughTheProxy()
{
    m_proxy.requireCredentials({});
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/orders"_s;
    settings.proxy.useProxy = true;
    settings.proxy.address = u"http://127.0.0.1:%1"_s.arg(m_proxy.serverPort());
    PublishTarget target;
    target.kind = PublishTarget::Kind::Qrs;
    target.server = m_api.baseUrl();
    target.name = u"via proxy"_s;
    Publisher publisher;
    QSignalSpy finished(&publisher, &Publisher::finished);
    const auto before = m_proxy.targets().size();
    publisher.publish(settings, target);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_proxy.targets().size(), before + 1);
    QVERIFY(m_proxy.targets().constLast().contains("/qrs/dataconnection?xrfkey="));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
