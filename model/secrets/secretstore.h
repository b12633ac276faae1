// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Qonduit {

// Where passwords, PFX passwords and secret header values are kept between sessions: the system
// keychain through QtKeychain, or memory (tests, and machines without a keychain service). Every call
// answers once, later, through its signal: keychains are asynchronous services.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Error { None, NotFound, Unavailable, Other };
    Q_ENUM(Error)

    using QObject::QObject;

    virtual QString backendName() const = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    virtual void read(const QString &key) = 0;
    virtual void remove(const QString &key) = 0;

    // The system keychain where Qonduit was built with QtKeychain, else memory.
    static std::unique_ptr<SecretStore> createDefault(QObject *parent = nullptr);
    static bool keychainBuiltIn();

signals:
    void written(const QString &key, Qonduit::SecretStore::Error error, const QString &message);
    void readDone(
        const QString &key, const QString &secret, Qonduit::SecretStore::Error error, const QString &message);
    void removed(const QString &key, Qonduit::SecretStore::Error error, const QString &message);
};

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    QString backendName() const override { return QStringLiteral("memory"); }
    void write(const QString &key, const QString &secret) override;
    void read(const QString &key) override;
    void remove(const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

// The secrets of a connection, each under a key of its own [ours]:
// "<user>@<host>/<field>", the field a .qonduit path ("authentication.password",
// "queryHeaders.Authorization").
struct ConnectionSecret
{
    QString field;
    QString value;
    bool operator==(const ConnectionSecret &) const = default;
};
QList<ConnectionSecret> secretsOf(const ConnectionSettings &settings);
// Every field that can hold a secret in these settings, filled or not: what a keychain may have.
QStringList secretFieldsOf(const ConnectionSettings &settings);
QString secretKey(const ConnectionSettings &settings, const QString &field);
// Puts a secret read back into its field; false for a field that is not a secret of these settings.
bool applySecret(ConnectionSettings &settings, const ConnectionSecret &secret);

} // namespace Qonduit
