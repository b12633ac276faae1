// SPDX-License-Identifier: MIT
// What a connection does with its secrets on save and open, against the in-memory store.
#include "secrets/connectionsecrets.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

ConnectionSettings withSecrets(bool remember)
{
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/v1/orders"_s;
    settings.authentication.schema = AuthSchema::Basic;
    settings.authentication.userName = u"ann"_s;
    settings.authentication.password = u"hunter2"_s;
    settings.proxy.password = u"proxy-pw"_s;
    settings.queryHeaders = {{u"Authorization"_s, u"Bearer abc"_s}, {u"Accept"_s, u"application/json"_s}};
    // The token's own request has secret headers too: they go to the keychain like the others.
    settings.token.headers = {{u"X-Api-Key"_s, u"k-1"_s}, {u"Content-Type"_s, u"application/json"_s}};
    settings.rememberSecrets = remember;
    return settings;
}

ConnectionSettings withoutValues(ConnectionSettings settings)
{
    settings.authentication.password.clear();
    settings.proxy.password.clear();
    for (NameValue &header : settings.queryHeaders) {
        if (header.name == u"Authorization")
            header.value.clear();
    }
    settings.token.headers.first().value.clear();
    return settings;
}

// Every secret the store gives back for these settings, put into them.
ConnectionSettings reopened(ConnectionSecrets &secrets, const ConnectionSettings &opened, int expected)
{
    QSignalSpy restored(&secrets, &ConnectionSecrets::restored);
    secrets.opened(opened);
    ConnectionSettings result = opened;
    if (expected > 0)
        [&] { QTRY_COMPARE(restored.count(), expected); }();
    else
        QTest::qWait(50);
    for (const QList<QVariant> &signal : std::as_const(restored))
        ConnectionSecrets::apply(result, signal.at(0).toString(), signal.at(1).toString());
    return result;
}

} // namespace

class TestConnectionSecrets : public QObject
{
    Q_OBJECT

private slots:
    void savedSecretsComeBack();
    void notRememberedNeverTouchesTheStore();
    void turningRememberOffRemovesThem();
    void applyRefusesAnotherConnection_data();
    void applyRefusesAnotherConnection();
    void secretFieldsComeFromTheCatalogue();
};

void TestConnectionSecrets::savedSecretsComeBack()
{
    MemorySecretStore store;
    ConnectionSecrets secrets;
    secrets.setStore(&store);
    QSignalSpy written(&store, &SecretStore::written);
    secrets.saved(withSecrets(true));
    // password, proxy password, Authorization, the token request's X-Api-Key; not Accept nor Content-Type
    QTRY_COMPARE(written.count(), 4);
    const ConnectionSettings back = reopened(secrets, withoutValues(withSecrets(true)), 4);
    QCOMPARE(back, withSecrets(true));
}

void TestConnectionSecrets::notRememberedNeverTouchesTheStore()
{
    MemorySecretStore store;
    ConnectionSecrets secrets;
    secrets.setStore(&store);
    QSignalSpy written(&store, &SecretStore::written);
    QSignalSpy removed(&store, &SecretStore::removed);
    QSignalSpy read(&store, &SecretStore::readDone);
    secrets.saved(withSecrets(false));
    secrets.opened(withSecrets(false));
    QTest::qWait(50);
    QCOMPARE(written.count() + removed.count() + read.count(), 0);
}

void TestConnectionSecrets::turningRememberOffRemovesThem()
{
    MemorySecretStore store;
    ConnectionSecrets secrets;
    secrets.setStore(&store);
    secrets.saved(withSecrets(true));
    QSignalSpy removed(&store, &SecretStore::removed);
    secrets.saved(withSecrets(false));
    QTRY_COMPARE(removed.count(), 4);
    ConnectionSecrets later;
    later.setStore(&store);
    const ConnectionSettings back = reopened(later, withoutValues(withSecrets(true)), 0);
    QCOMPARE(back, withoutValues(withSecrets(true)));
}

void TestConnectionSecrets::applyRefusesAnotherConnection_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("applies");
    QTest::newRow("this connection's password")
        << u"ann@api.example.com/v1/orders/authentication.password"_s << true;
    QTest::newRow("its secret header")
        << u"ann@api.example.com/v1/orders/queryHeaders.Authorization"_s << true;
    QTest::newRow("another user") << u"bob@api.example.com/v1/orders/authentication.password"_s << false;
    QTest::newRow("another URL") << u"ann@api.example.com/v2/authentication.password"_s << false;
    QTest::newRow("a header it does not have")
        << u"ann@api.example.com/v1/orders/queryHeaders.X-Api-Key"_s << false;
    QTest::newRow("a header that is no secret")
        << u"ann@api.example.com/v1/orders/queryHeaders.Accept"_s << false;
    QTest::newRow("its token request's secret header")
        << u"ann@api.example.com/v1/orders/token.headers.X-Api-Key"_s << true;
    QTest::newRow("a token header it does not have")
        << u"ann@api.example.com/v1/orders/token.headers.Authorization"_s << false;
    QTest::newRow("a token header that is no secret")
        << u"ann@api.example.com/v1/orders/token.headers.Content-Type"_s << false;
    QTest::newRow("no field") << u"ann@api.example.com/v1/orders/request.url"_s << false;
}

void TestConnectionSecrets::applyRefusesAnotherConnection()
{
    QFETCH(QString, key);
    QFETCH(bool, applies);
    ConnectionSettings settings = withoutValues(withSecrets(true));
    const ConnectionSettings before = settings;
    QCOMPARE(ConnectionSecrets::apply(settings, key, u"s3cret"_s), applies);
    if (!applies)
        QCOMPARE(settings, before);
    else
        QVERIFY(settings != before);
}

void TestConnectionSecrets::secretFieldsComeFromTheCatalogue()
{
    QCOMPARE(secretFieldsOf(withSecrets(true)),
        (QStringList {u"authentication.password"_s, u"certificates.pfxPassword"_s, u"proxy.password"_s,
            u"token.clientSecret"_s, u"token.password"_s, u"token.refreshToken"_s,
            u"queryHeaders.Authorization"_s, u"token.headers.X-Api-Key"_s}));
}

QTEST_GUILESS_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
