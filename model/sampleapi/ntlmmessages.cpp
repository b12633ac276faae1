// SPDX-License-Identifier: MIT
#include "ntlmmessages.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

namespace Qonduit::Ntlm {

namespace {

const QByteArray Signature("NTLMSSP\0", 8);

enum Flag : quint32 {
    NegotiateUnicode = 0x00000001,
    RequestTarget = 0x00000004,
    NegotiateNtlm = 0x00000200,
    AlwaysSign = 0x00008000,
    TargetTypeDomain = 0x00010000,
    ExtendedSessionSecurity = 0x00080000,
    NegotiateTargetInfo = 0x00800000,
    Negotiate128 = 0x20000000,
    Negotiate56 = 0x80000000,
};

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QString fromUtf16le(const QByteArray &bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text.append(QChar(quint16(quint8(bytes[i])) | quint16(quint8(bytes[i + 1])) << 8));
    return text;
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// A security buffer (length, max length, offset) at `at`; empty when it points outside the message.
QByteArray field(const QByteArray &message, qsizetype at)
{
    if (message.size() < at + 8)
        return {};
    const quint16 length = qFromLittleEndian<quint16>(message.constData() + at);
    const quint32 offset = qFromLittleEndian<quint32>(message.constData() + at + 4);
    if (qint64(offset) + length > message.size())
        return {};
    return message.mid(offset, length);
}

QByteArray hmacMd5(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Md5);
}

} // namespace

int messageType(const QByteArray &message)
{
    if (message.size() < 12 || !message.startsWith(Signature))
        return 0;
    const quint32 type = qFromLittleEndian<quint32>(message.constData() + 8);
    return type >= 1 && type <= 3 ? int(type) : 0;
}

QByteArray randomChallenge()
{
    QByteArray challenge(8, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(challenge.data()), 2);
    return challenge;
}

QByteArray challengeMessage(const QByteArray &serverChallenge, const QString &domain)
{
    const QByteArray targetName = utf16le(domain);
    QByteArray targetInfo;
    const auto avPair = [&targetInfo](quint16 id, const QByteArray &value) {
        appendLe16(targetInfo, id);
        appendLe16(targetInfo, quint16(value.size()));
        targetInfo.append(value);
    };
    avPair(2, targetName); // MsvAvNbDomainName
    avPair(1, utf16le(QStringLiteral("SAMPLEAPI"))); // MsvAvNbComputerName
    avPair(0, {}); // MsvAvEOL

    const quint32 headerSize = 48;
    QByteArray message = Signature;
    appendLe32(message, 2);
    appendLe16(message, quint16(targetName.size()));
    appendLe16(message, quint16(targetName.size()));
    appendLe32(message, headerSize);
    appendLe32(message,
        NegotiateUnicode | RequestTarget | NegotiateNtlm | AlwaysSign | TargetTypeDomain
            | ExtendedSessionSecurity | NegotiateTargetInfo | Negotiate128 | Negotiate56);
    message.append(serverChallenge.left(8));
    message.append(QByteArray(8, '\0'));
    appendLe16(message, quint16(targetInfo.size()));
    appendLe16(message, quint16(targetInfo.size()));
    appendLe32(message, headerSize + quint32(targetName.size()));
    message.append(targetName);
    message.append(targetInfo);
    return message;
}

bool verifyAuthenticateMessage(const QByteArray &message, const QByteArray &serverChallenge,
    const QString &user, const QString &domain, const QString &password)
{
    if (messageType(message) != 3)
        return false;
    const QByteArray ntResponse = field(message, 20);
    const QString sentDomain = fromUtf16le(field(message, 28));
    const QString sentUser = fromUtf16le(field(message, 36));
    // An NTLMv2 response is a 16-byte proof and a blob of at least 28 bytes; v1's 24 bytes are refused.
    if (ntResponse.size() < 16 + 28 || sentUser.compare(user, Qt::CaseInsensitive) != 0
        || sentDomain.compare(domain, Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    const QByteArray ntowfv2 = hmacMd5(ntHash, utf16le(sentUser.toUpper() + sentDomain));
    const QByteArray blob = ntResponse.mid(16);
    return hmacMd5(ntowfv2, serverChallenge + blob) == ntResponse.left(16);
}

} // namespace Qonduit::Ntlm
