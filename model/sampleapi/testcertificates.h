// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace Qonduit {

// Certificates for the sample API's TLS routes, made with the openssl command when asked for and kept
// in a temporary folder: private keys are never committed. Keys are EC P-256: quick to make.
class TestCertificates
{
public:
    // Runs openssl; false with the reason when it is missing or fails.
    Expected<void, QString> generate();

    QString folder() const { return m_dir.path(); }
    QSslCertificate authority() const; // signs the server and client certificates
    QSslCertificate serverCertificate() const; // for 127.0.0.1 and localhost, issued by the authority
    QSslKey serverKey() const;
    QSslCertificate selfSignedCertificate() const; // for 127.0.0.1 and localhost, trusted by nobody
    QSslKey selfSignedKey() const;
    QString clientPfx() const
    {
        return m_dir.filePath(QStringLiteral("client.pfx"));
    } // issued by the authority
    QString legacyClientPfx() const
    {
        return m_dir.filePath(QStringLiteral("client-legacy.pfx"));
    } // RC2/3DES; may be missing
    static QString pfxPassword() { return QStringLiteral("pfx-pass"); }

private:
    QSslCertificate certificate(const QString &name) const;
    QSslKey key(const QString &name) const;
    QTemporaryDir m_dir;
};

} // namespace Qonduit
