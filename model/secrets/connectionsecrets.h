// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QPointer>

namespace Qonduit {

class SecretStore;

// What a connection does with its secrets between sessions: on save they go to the store when the
// connection asks for it (and what an earlier save put there is taken out when it no longer does), on
// open they are asked back. No widgets: the dialog shows what comes back and says once that no keychain
// answers.
class ConnectionSecrets : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionSecrets(QObject *parent = nullptr);

    // The store must outlive this object, or be replaced before it goes.
    void setStore(SecretStore *store);
    SecretStore *store() const { return m_store; }

    void saved(const ConnectionSettings &settings);
    void opened(const ConnectionSettings &settings);

    // Puts a secret read back into the settings it was stored for; false when the key belongs to
    // another connection (the user opened another meanwhile) or to no secret field of these settings.
    static bool apply(ConnectionSettings &settings, const QString &key, const QString &secret);

signals:
    void restored(const QString &key, const QString &secret);
    // Said once: after that the secrets simply stay in memory for this session.
    void storeUnavailable(const QString &message);

private:
    QPointer<SecretStore> m_store;
    bool m_remembered = false; // the current connection's secrets are in the store
    bool m_unavailableSaid = false;
};

} // namespace Qonduit
