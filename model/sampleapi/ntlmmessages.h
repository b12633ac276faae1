// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The server side of NTLM (MS-NLMP) for the sample API: the CHALLENGE message, and a real check of
// the NTLMv2 response in the client's AUTHENTICATE message, so that tests prove the password was right.
namespace Qonduit::Ntlm {

// 1 NEGOTIATE, 2 CHALLENGE, 3 AUTHENTICATE; 0 for anything that is not an NTLM message.
int messageType(const QByteArray &message);
QByteArray randomChallenge(); // 8 bytes
QByteArray challengeMessage(const QByteArray &serverChallenge, const QString &domain);
bool verifyAuthenticateMessage(const QByteArray &message, const QByteArray &serverChallenge,
    const QString &user, const QString &domain, const QString &password);

} // namespace Qonduit::Ntlm
