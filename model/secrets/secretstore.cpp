// SPDX-License-Identifier: MIT
#include "secrets/secretstore.h"

#include "script/secretheaders.h"

#include <QUrl>

#if QONDUIT_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Qonduit {

namespace {

const QString HeaderPrefix = QStringLiteral("queryHeaders.");

#if QONDUIT_HAVE_QTKEYCHAIN
// QtKeychain: the Secret Service on Linux, the Keychain on macOS, the Credential Store on Windows.
class KeychainSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QString backendName() const override { return QStringLiteral("keychain"); }

    void write(const QString &key, const QString &secret) override
    {
        auto *job = new QKeychain::WritePasswordJob(Service, this);
        job->setKey(key);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job *done) { emit written(key, errorOf(done), done->errorString()); });
        job->start();
    }
    void read(const QString &key) override
    {
        auto *job = new QKeychain::ReadPasswordJob(Service, this);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
            const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(done);
            emit readDone(
                key, reader->error() ? QString() : reader->textData(), errorOf(done), done->errorString());
        });
        job->start();
    }
    void remove(const QString &key) override
    {
        auto *job = new QKeychain::DeletePasswordJob(Service, this);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job *done) { emit removed(key, errorOf(done), done->errorString()); });
        job->start();
    }

private:
    static inline const QString Service = QStringLiteral("Qonduit");
    static Error errorOf(const QKeychain::Job *job)
    {
        switch (job->error()) {
        case QKeychain::NoError:
            return Error::None;
        case QKeychain::EntryNotFound:
            return Error::NotFound;
        case QKeychain::NoBackendAvailable:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            return Error::Unavailable;
        default:
            return Error::Other;
        }
    }
};
#endif

} // namespace

void MemorySecretStore::write(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key] { emit written(key, Error::None, {}); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key)
{
    const auto found = m_secrets.constFind(key);
    const bool known = found != m_secrets.constEnd();
    const QString secret = known ? *found : QString();
    QMetaObject::invokeMethod(
        this,
        [this, key, secret, known] {
            emit readDone(key, secret, known ? Error::None : Error::NotFound,
                known ? QString() : SecretStore::tr("No secret is stored under %1.").arg(key));
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key)
{
    const bool known = m_secrets.remove(key) > 0;
    QMetaObject::invokeMethod(
        this, [this, key, known] { emit removed(key, known ? Error::None : Error::NotFound, {}); },
        Qt::QueuedConnection);
}

bool SecretStore::keychainBuiltIn()
{
#if QONDUIT_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

std::unique_ptr<SecretStore> SecretStore::createDefault(QObject *parent)
{
#if QONDUIT_HAVE_QTKEYCHAIN
    return std::make_unique<KeychainSecretStore>(parent);
#else
    return std::make_unique<MemorySecretStore>(parent);
#endif
}

QList<ConnectionSecret> secretsOf(const ConnectionSettings &settings)
{
    QList<ConnectionSecret> secrets;
    if (!settings.authentication.password.isEmpty())
        secrets.append({QStringLiteral("authentication.password"), settings.authentication.password});
    if (!settings.certificates.pfxPassword.isEmpty())
        secrets.append({QStringLiteral("certificates.pfxPassword"), settings.certificates.pfxPassword});
    if (!settings.proxy.password.isEmpty())
        secrets.append({QStringLiteral("proxy.password"), settings.proxy.password});
    for (const NameValue &header : settings.queryHeaders) {
        if (isSecretHeader(header.name) && !header.value.isEmpty())
            secrets.append({HeaderPrefix + header.name, header.value});
    }
    return secrets;
}

QString secretKey(const ConnectionSettings &settings, const QString &field)
{
    const QUrl url(settings.request.url.trimmed());
    const QString host = url.host().isEmpty() ? settings.request.url.trimmed() : url.host() + url.path();
    return settings.authentication.userName + u'@' + host + u'/' + field;
}

bool applySecret(ConnectionSettings &settings, const ConnectionSecret &secret)
{
    if (secret.field == u"authentication.password") {
        settings.authentication.password = secret.value;
        return true;
    }
    if (secret.field == u"certificates.pfxPassword") {
        settings.certificates.pfxPassword = secret.value;
        return true;
    }
    if (secret.field == u"proxy.password") {
        settings.proxy.password = secret.value;
        return true;
    }
    if (secret.field.startsWith(HeaderPrefix)) {
        const QString name = secret.field.mid(HeaderPrefix.size());
        for (NameValue &header : settings.queryHeaders) {
            if (header.name == name && isSecretHeader(name)) {
                header.value = secret.value;
                return true;
            }
        }
    }
    return false;
}

} // namespace Qonduit
