// SPDX-License-Identifier: MIT
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qonduit;
using namespace Qt::StringLiterals;

// Both stores behind the one interface: memory always, the system keychain (QtKeychain against a
// real, headless GNOME keyring started by tests/secrets/with-keyring) where it is built in.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void connectionSecrets_data();
    void connectionSecrets();

private:
    std::unique_ptr<SecretStore> storeFor(const QString &backend);
};

std::unique_ptr<SecretStore> TestSecretStore::storeFor(const QString &backend)
{
    if (backend == u"memory")
        return std::make_unique<MemorySecretStore>();
    return SecretStore::createDefault();
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("memory") << u"memory"_s;
    QTest::newRow("keychain") << u"keychain"_s;
}

void TestSecretStore::roundTrip()
{
    QFETCH(QString, backend);
    if (backend == u"keychain") {
        if (!SecretStore::keychainBuiltIn())
            QSKIP("built without QtKeychain");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through tests/secrets/with-keyring");
    }
    const auto store = storeFor(backend);
    QCOMPARE(store->backendName(), backend);
    QSignalSpy written(store.get(), &SecretStore::written);
    QSignalSpy read(store.get(), &SecretStore::readDone);
    QSignalSpy removed(store.get(), &SecretStore::removed);
    const QString key = u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    store->write(key, u"s3cret \u00e9"_s);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0).at(1).value<SecretStore::Error>(), SecretStore::Error::None);
    store->read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(1).toString(), u"s3cret \u00e9"_s);
    store->write(key, u"second"_s); // overwrites
    QVERIFY(written.wait(10000));
    store->read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(1).at(1).toString(), u"second"_s);
    store->remove(key);
    QVERIFY(removed.wait(10000));
    store->read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(2).at(2).value<SecretStore::Error>(), SecretStore::Error::NotFound);
    QVERIFY(read.at(2).at(1).toString().isEmpty());
}

void TestSecretStore::connectionSecrets_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("password, PFX password, secret headers") << QStringList {u"authentication.password"_s,
        u"certificates.pfxPassword"_s, u"queryHeaders.Authorization"_s, u"queryHeaders.X-API-Key"_s};
}

void TestSecretStore::connectionSecrets()
{
    QFETCH(QStringList, fields);
    ConnectionSettings settings;
    settings.request.url = u"https://api.example.com/v2/orders"_s;
    settings.authentication.userName = u"analyst"_s;
    settings.authentication.password = u"pw"_s;
    settings.certificates.pfxPassword = u"pfx"_s;
    settings.queryHeaders
        = {{u"Authorization"_s, u"Bearer t"_s}, {u"Accept"_s, u"text/csv"_s}, {u"X-API-Key"_s, u"k"_s}};
    const QList<ConnectionSecret> secrets = secretsOf(settings);
    QStringList found;
    for (const ConnectionSecret &secret : secrets)
        found.append(secret.field);
    QCOMPARE(found, fields); // Accept is no secret
    QCOMPARE(secretKey(settings, fields[0]), u"analyst@api.example.com/v2/orders/authentication.password"_s);

    // Written to a store and read back into settings that came from a file (no secrets in it).
    MemorySecretStore store;
    for (const ConnectionSecret &secret : secrets)
        store.write(secretKey(settings, secret.field), secret.value);
    ConnectionSettings fromFile = settings;
    fromFile.authentication.password.clear();
    fromFile.certificates.pfxPassword.clear();
    fromFile.queryHeaders[0].value.clear();
    fromFile.queryHeaders[2].value.clear();
    QSignalSpy read(&store, &SecretStore::readDone);
    for (const QString &field : std::as_const(fields))
        store.read(secretKey(fromFile, field));
    QTRY_COMPARE(read.size(), fields.size());
    for (const QList<QVariant> &answer : std::as_const(read))
        QVERIFY(applySecret(fromFile, {answer.at(0).toString().section(u'/', -1), answer.at(1).toString()}));
    QCOMPARE(fromFile, settings);
    QVERIFY(!applySecret(fromFile, {u"queryHeaders.Accept"_s, u"x"_s})); // not a secret field
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
