// SPDX-License-Identifier: MIT
#include "authchallenge.h"

#include "messagecontext.h"

namespace Qonduit {

namespace {

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

// Splits at commas outside quotes: a realm may hold a comma.
QList<QByteArray> splitParameters(const QByteArray &line)
{
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        if (c == ',' && !quoted) {
            pieces.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    pieces.append(current);
    return pieces;
}

bool isScheme(const AuthChallenge &challenge, QStringView name)
{
    return challenge.scheme.compare(name, Qt::CaseInsensitive) == 0;
}

QString schemeWord(AuthSchema schema)
{
    switch (schema) {
    case AuthSchema::Basic:
        return QStringLiteral("Basic");
    case AuthSchema::Digest:
        return QStringLiteral("Digest");
    case AuthSchema::Ntlm:
        return QStringLiteral("NTLM");
    default:
        return {};
    }
}

// The Digest algorithms Qt's network layer can answer: MD5 (the default when none is named).
bool answerableDigest(const AuthChallenge &challenge)
{
    const QByteArray algorithm = challenge.parameters.value("algorithm").toLower();
    return algorithm.isEmpty() || algorithm == "md5" || algorithm == "md5-sess";
}

} // namespace

QList<AuthChallenge> parseChallenges(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<AuthChallenge> challenges;
    for (const auto &[name, value] : headers) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &line : value.split('\n')) {
            for (const QByteArray &rawPiece : splitParameters(line)) {
                QByteArray piece = rawPiece.trimmed();
                if (piece.isEmpty())
                    continue;
                const qsizetype space = piece.indexOf(' ');
                const QByteArray first = space < 0 ? piece : piece.left(space);
                if (!first.contains('=')) {
                    // A new challenge: its scheme, then perhaps its first parameter.
                    challenges.append({QString::fromLatin1(first), {}});
                    piece = space < 0 ? QByteArray() : piece.mid(space + 1).trimmed();
                    if (piece.isEmpty())
                        continue;
                }
                if (challenges.isEmpty())
                    continue;
                const qsizetype equals = piece.indexOf('=');
                if (equals > 0)
                    challenges.last().parameters.insert(
                        piece.left(equals).trimmed().toLower(), unquoted(piece.mid(equals + 1)));
            }
        }
    }
    return challenges;
}

AuthDecision decideAuthentication(AuthSchema chosen, const QList<AuthChallenge> &challenges)
{
    AuthDecision decision;
    for (const AuthChallenge &challenge : challenges) {
        if (!decision.offered.contains(challenge.scheme))
            decision.offered.append(challenge.scheme);
    }
    if (challenges.isEmpty())
        return decision;
    const QString word = schemeWord(chosen);
    QList<AuthChallenge> mine;
    for (const AuthChallenge &challenge : challenges) {
        if (isScheme(challenge, word))
            mine.append(challenge);
    }
    if (mine.isEmpty()) {
        decision.answer = AuthDecision::Answer::NotOffered;
        return decision;
    }
    if (chosen == AuthSchema::Digest) {
        QStringList algorithms;
        bool answerable = false;
        for (const AuthChallenge &challenge : std::as_const(mine)) {
            answerable = answerable || answerableDigest(challenge);
            const QString algorithm = QString::fromLatin1(challenge.parameters.value("algorithm", "MD5"));
            if (!algorithms.contains(algorithm))
                algorithms.append(algorithm);
        }
        decision.algorithm = algorithms.join(QStringLiteral(", "));
        if (!answerable) {
            decision.answer = AuthDecision::Answer::UnsupportedDigest;
            return decision;
        }
    }
    // Qt answers the strongest scheme it knows (Negotiate, then Digest, then NTLM, then Basic); Basic
    // Qonduit sends itself, so only Digest and NTLM can be outbid.
    if (chosen == AuthSchema::Digest || chosen == AuthSchema::Ntlm) {
        const QStringList stronger = chosen == AuthSchema::Digest
            ? QStringList {QStringLiteral("Negotiate")}
            : QStringList {QStringLiteral("Negotiate"), QStringLiteral("Digest")};
        for (const AuthChallenge &challenge : challenges) {
            for (const QString &scheme : stronger) {
                if (isScheme(challenge, scheme) && (scheme != u"Digest" || answerableDigest(challenge))) {
                    decision.answer = AuthDecision::Answer::OtherPreferred;
                    decision.preferred = challenge.scheme;
                    return decision;
                }
            }
        }
    }
    decision.answer = AuthDecision::Answer::Answer;
    return decision;
}

QString authenticationRefusal(AuthSchema chosen, const AuthDecision &decision)
{
    const QString offered = decision.offered.join(QStringLiteral(", "));
    switch (decision.answer) {
    case AuthDecision::Answer::Answer:
    case AuthDecision::Answer::NoChallenge:
        return {};
    case AuthDecision::Answer::NotOffered:
        return Messages::Authentication::tr(
            "The server asks for %1, but the connection's authentication schema is %2, the only one "
            "Qlik's connector would answer: no credentials were sent. Choose the schema the server offers.")
            .arg(offered, schemeWord(chosen));
    case AuthDecision::Answer::UnsupportedDigest:
        return Messages::Authentication::tr(
            "The server asks for Digest with %1, which Qonduit cannot answer (it speaks Digest with MD5 "
            "only): no credentials were sent.")
            .arg(decision.algorithm);
    case AuthDecision::Answer::OtherPreferred:
        return Messages::Authentication::tr(
            "The server offers %1 beside %2; Qonduit's network layer would answer %3 instead of the "
            "connection's %2, which Qlik's connector would not do: no credentials were sent.")
            .arg(offered, schemeWord(chosen), decision.preferred);
    }
    return {};
}

} // namespace Qonduit
