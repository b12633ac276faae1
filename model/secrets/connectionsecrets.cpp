// SPDX-License-Identifier: MIT
#include "secrets/connectionsecrets.h"

#include "secrets/secretstore.h"

namespace Qonduit {

ConnectionSecrets::ConnectionSecrets(QObject *parent)
    : QObject(parent)
{
}

void ConnectionSecrets::setStore(SecretStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    connect(m_store, &SecretStore::written, this,
        [this](const QString &, SecretStore::Error error, const QString &message) {
            if (error == SecretStore::Error::None || m_unavailableSaid)
                return;
            m_unavailableSaid = true;
            emit storeUnavailable(message);
        });
    connect(m_store, &SecretStore::readDone, this,
        [this](const QString &key, const QString &secret, SecretStore::Error error, const QString &) {
            if (error == SecretStore::Error::None)
                emit restored(key, secret);
        });
}

void ConnectionSecrets::saved(const ConnectionSettings &settings)
{
    const QList<ConnectionSecret> secrets = secretsOf(settings);
    if (settings.rememberSecrets) {
        for (const ConnectionSecret &secret : secrets)
            m_store->write(secretKey(settings, secret.field), secret.value);
        m_remembered = true;
    } else if (m_remembered) {
        // Only a connection that had them there: others never touch the keychain.
        for (const ConnectionSecret &secret : secrets)
            m_store->remove(secretKey(settings, secret.field));
        m_remembered = false;
    }
}

void ConnectionSecrets::opened(const ConnectionSettings &settings)
{
    m_remembered = settings.rememberSecrets;
    if (!settings.rememberSecrets)
        return;
    for (const QString &field : secretFieldsOf(settings))
        m_store->read(secretKey(settings, field));
}

bool ConnectionSecrets::apply(ConnectionSettings &settings, const QString &key, const QString &secret)
{
    const QString field = key.section(u'/', -1);
    return secretKey(settings, field) == key && applySecret(settings, {field, secret});
}

} // namespace Qonduit
