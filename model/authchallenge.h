// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qonduit {

// One challenge of a 401's WWW-Authenticate headers: "Digest realm=..., algorithm=SHA-256".
struct AuthChallenge
{
    QString scheme; // as the server writes it: Basic, Digest, NTLM, Negotiate, Bearer
    QHash<QByteArray, QByteArray> parameters; // names in lower case, values unquoted
};

QList<AuthChallenge> parseChallenges(const QList<std::pair<QByteArray, QByteArray>> &headers);

// What to do with a 401, as Qlik's connector does: it speaks the schema the connection names, and
// nothing else. A pure function of the schema and the challenges, so every case is tested without a
// server.
struct AuthDecision
{
    enum class Answer {
        Answer, // the chosen schema is offered: answer it
        NotOffered, // the server wants another schema: nothing is sent
        UnsupportedDigest, // Digest with SHA-256 or SHA-512-256 only: Qt 6 answers MD5 only
        OtherPreferred, // offered, but beside one Qt's network layer would answer instead
        NoChallenge, // a 401 without WWW-Authenticate
    };
    Answer answer = Answer::NoChallenge;
    QStringList offered; // the schemes, as written
    QString algorithm; // Digest: the algorithms offered
    QString preferred; // OtherPreferred: the scheme Qt would pick
};

AuthDecision decideAuthentication(AuthSchema chosen, const QList<AuthChallenge> &challenges);
// The sentence for a decision that sends nothing; empty for Answer.
QString authenticationRefusal(AuthSchema chosen, const AuthDecision &decision);

} // namespace Qonduit
