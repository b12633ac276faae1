// SPDX-License-Identifier: MIT
#include "secrets/secretstore.h"

#include "fieldid.h"
#include "script/secretheaders.h"

#include <QUrl>

#include <array>

#if QONDUIT_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Qonduit {

namespace {

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

namespace {
// The password fields, each with the member that holds it: the one list the three functions below walk.
struct PasswordField
{
    QStringView field;
    QString &(*in)(ConnectionSettings &);
    const QString &(*of)(const ConnectionSettings &);
};
template<auto Group, auto Member>
constexpr PasswordField password(QStringView field)
{
    return {field, [](ConnectionSettings &s) -> QString & { return s.*Group.*Member; },
        [](const ConnectionSettings &s) -> const QString & { return s.*Group.*Member; }};
}
using S = ConnectionSettings;
constexpr std::array PasswordFields {
    password<&S::authentication, &AuthenticationSettings::password>(FieldId::Authentication::Password),
    password<&S::certificates, &CertificateSettings::pfxPassword>(FieldId::Certificates::PfxPassword),
    password<&S::proxy, &ProxySettings::password>(FieldId::Proxy::Password),
    password<&S::token, &TokenSettings::clientSecret>(FieldId::Token::ClientSecret),
    password<&S::token, &TokenSettings::password>(FieldId::Token::Password),
    password<&S::token, &TokenSettings::refreshToken>(FieldId::Token::RefreshToken),
};
// The header lists whose secret values are secrets too, each with the field that names one of them.
struct HeaderList
{
    QList<NameValue> &(*in)(ConnectionSettings &);
    const QList<NameValue> &(*of)(const ConnectionSettings &);
    QString (*field)(QStringView name);
};
constexpr std::array HeaderLists {
    HeaderList {[](S &s) -> QList<NameValue> & { return s.queryHeaders; },
        [](const S &s) -> const QList<NameValue> & { return s.queryHeaders; }, &FieldId::queryHeader},
    HeaderList {[](S &s) -> QList<NameValue> & { return s.token.headers; },
        [](const S &s) -> const QList<NameValue> & { return s.token.headers; }, &FieldId::tokenHeader},
};
} // namespace

QList<ConnectionSecret> secretsOf(const ConnectionSettings &settings)
{
    QList<ConnectionSecret> secrets;
    for (const PasswordField &password : PasswordFields) {
        if (const QString &value = password.of(settings); !value.isEmpty())
            secrets.append({password.field.toString(), value});
    }
    for (const HeaderList &list : HeaderLists) {
        for (const NameValue &header : list.of(settings)) {
            if (holdsSecret(header) && !header.value.isEmpty())
                secrets.append({list.field(header.name), header.value});
        }
    }
    for (const Variable &variable : settings.variables) {
        if (variable.secret && !variable.testValue.isEmpty())
            secrets.append({FieldId::variable(variable.name), variable.testValue});
    }
    return secrets;
}

QStringList secretFieldsOf(const ConnectionSettings &settings)
{
    QStringList fields;
    for (const PasswordField &password : PasswordFields)
        fields.append(password.field.toString());
    for (const HeaderList &list : HeaderLists) {
        for (const NameValue &header : list.of(settings)) {
            if (holdsSecret(header))
                fields.append(list.field(header.name));
        }
    }
    for (const Variable &variable : settings.variables) {
        if (variable.secret)
            fields.append(FieldId::variable(variable.name));
    }
    return fields;
}

QString secretKey(const ConnectionSettings &settings, const QString &field)
{
    const QUrl url(settings.request.url.trimmed());
    const QString host = url.host().isEmpty() ? settings.request.url.trimmed() : url.host() + url.path();
    return settings.authentication.userName + u'@' + host + u'/' + field;
}

bool applySecret(ConnectionSettings &settings, const ConnectionSecret &secret)
{
    for (const PasswordField &password : PasswordFields) {
        if (secret.field == password.field) {
            password.in(settings) = secret.value;
            return true;
        }
    }
    for (const HeaderList &list : HeaderLists) {
        for (NameValue &header : list.in(settings)) {
            if (holdsSecret(header) && secret.field == list.field(header.name)) {
                header.value = secret.value;
                return true;
            }
        }
    }
    for (Variable &variable : settings.variables) {
        if (variable.secret && secret.field == FieldId::variable(variable.name)) {
            variable.testValue = secret.value;
            return true;
        }
    }
    return false;
}

} // namespace Qonduit
