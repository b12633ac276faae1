// SPDX-License-Identifier: MIT
#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace Qonduit {

namespace {

bool runOpenssl(const QString &folder, const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(folder);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted()) {
        *error = QStringLiteral("cannot run openssl (Debian package openssl): %1").arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

bool TestCertificates::generate(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    const QString folder = m_dir.path();
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString san = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write(san.toUtf8() + '\n') < 0) {
        *error = QStringLiteral("cannot write %1").arg(extensions.fileName());
        return false;
    }
    extensions.close();
    const auto run = [&](QStringList arguments) { return runOpenssl(folder, arguments, error); };
    return run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
               + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                   QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Qonduit Test Authority")})
        && run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                QStringLiteral("self.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), san})
        && run(QStringList {QStringLiteral("req")} + ec
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")})
        && run(QStringList {QStringLiteral("req")} + ec
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("client.key"), QStringLiteral("-out"),
                QStringLiteral("client.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=analyst")})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("client.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-out"), QStringLiteral("client.crt"), QStringLiteral("-days"),
            QStringLiteral("2")})
        && run({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-out"),
            QStringLiteral("client.pfx"), QStringLiteral("-inkey"), QStringLiteral("client.key"),
            QStringLiteral("-in"), QStringLiteral("client.crt"), QStringLiteral("-passout"),
            QStringLiteral("pass:") + pfxPassword()})
        // The same certificate with the old RC2 encryption; an openssl without its legacy provider
        // cannot write it, and the tests that need it say so.
        && (runOpenssl(folder,
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                    QStringLiteral("-out"), QStringLiteral("client-legacy.pfx"), QStringLiteral("-inkey"),
                    QStringLiteral("client.key"), QStringLiteral("-in"), QStringLiteral("client.crt"),
                    QStringLiteral("-passout"), QStringLiteral("pass:") + pfxPassword()},
                error)
            || true);
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
