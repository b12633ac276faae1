// SPDX-License-Identifier: MIT
#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace Qonduit {

namespace {

Expected<void, QString> runOpenssl(const QString &folder, const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted())
        return QStringLiteral("cannot run openssl (Debian package openssl): %1").arg(openssl.errorString());
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll()).trimmed());
    return {};
}

QStringList words(const char *text)
{
    QStringList list;
    for (const QByteArray &word : QByteArray(text).split(' '))
        list.append(QString::fromLatin1(word));
    return list;
}

} // namespace

Expected<void, QString> TestCertificates::generate()
{
    if (!m_dir.isValid())
        return QStringLiteral("cannot make a temporary folder");
    const QString folder = m_dir.path();
    const QString san = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write(san.toUtf8() + '\n') < 0)
        return QStringLiteral("cannot write %1").arg(extensions.fileName());
    extensions.close();
    const QStringList ec = words("-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes");
    const QString pass = QStringLiteral("pass:") + pfxPassword();
    // An authority, a self-signed server, a server and a client signed by the authority, the client in a PFX.
    const QList<QStringList> steps {
        words("req -x509") + ec + words("-keyout ca.key -out ca.crt -days 2 -subj")
            + QStringList {QStringLiteral("/CN=Qonduit Test Authority")},
        words("req -x509") + ec + words("-keyout self.key -out self.crt -days 2 -subj /CN=127.0.0.1 -addext")
            + QStringList {san},
        words("req") + ec + words("-keyout server.key -out server.csr -subj /CN=127.0.0.1"),
        words("x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 "
              "-extfile server.ext"),
        words("req") + ec + words("-keyout client.key -out client.csr -subj /CN=analyst"),
        words("x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out client.crt -days 2"),
        words("pkcs12 -export -out client.pfx -inkey client.key -in client.crt -passout")
            + QStringList {pass},
    };
    for (const QStringList &arguments : steps) {
        if (const auto ran = runOpenssl(folder, arguments); !ran)
            return ran;
    }
    // The same certificate with the old RC2 encryption; an openssl without its legacy provider cannot
    // write it, and the tests that need it say so.
    runOpenssl(folder,
        words("pkcs12 -export -legacy -out client-legacy.pfx -inkey client.key -in client.crt -passout")
            + QStringList {pass});
    return {};
}

QSslCertificate TestCertificates::certificate(const QString &name) const
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(&file, QSsl::Pem) : QSslCertificate();
}

QSslKey TestCertificates::key(const QString &name) const
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? QSslKey(&file, QSsl::Ec, QSsl::Pem) : QSslKey();
}

QSslCertificate TestCertificates::authority() const
{
    return certificate(QStringLiteral("ca.crt"));
}
QSslCertificate TestCertificates::serverCertificate() const
{
    return certificate(QStringLiteral("server.crt"));
}
QSslKey TestCertificates::serverKey() const
{
    return key(QStringLiteral("server.key"));
}
QSslCertificate TestCertificates::selfSignedCertificate() const
{
    return certificate(QStringLiteral("self.crt"));
}
QSslKey TestCertificates::selfSignedKey() const
{
    return key(QStringLiteral("self.key"));
}

} // namespace Qonduit
