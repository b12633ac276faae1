// SPDX-License-Identifier: MIT
#include "authchallenge.h"

#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Qonduit::AuthSchema)
Q_DECLARE_METATYPE(Qonduit::AuthDecision::Answer)

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Which 401 Qonduit answers, as Qlik's connector would: only the connection's own schema.
class TestAuthChallenge : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void decides_data();
    void decides();
};

void TestAuthChallenge::parses_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QString>("digestAlgorithm");
    QTest::newRow("one header, two challenges") << Headers {{"WWW-Authenticate",
        R"(Basic realm="a, b", Digest realm="x", algorithm=SHA-256, qop="auth")"}}
                                                << QStringList {u"Basic"_s, u"Digest"_s} << u"SHA-256"_s;
    QTest::newRow("two headers, as Qt joins them")
        << Headers {{"WWW-Authenticate", "Negotiate\nNTLM"}, {"Content-Type", "text/plain"}}
        << QStringList {u"Negotiate"_s, u"NTLM"_s} << QString();
    QTest::newRow("lower-case header name")
        << Headers {{"www-authenticate", "Bearer error=\"invalid_token\""}} << QStringList {u"Bearer"_s}
        << QString();
    QTest::newRow("none") << Headers {} << QStringList {} << QString();
}

void TestAuthChallenge::parses()
{
    QFETCH(Headers, headers);
    QFETCH(QStringList, schemes);
    QFETCH(QString, digestAlgorithm);
    const QList<AuthChallenge> challenges = parseChallenges(headers);
    QStringList found;
    for (const AuthChallenge &challenge : challenges) {
        found.append(challenge.scheme);
        if (challenge.scheme == u"Digest")
            QCOMPARE(QString::fromLatin1(challenge.parameters.value("algorithm")), digestAlgorithm);
        if (challenge.scheme == u"Basic")
            QCOMPARE(challenge.parameters.value("realm"), QByteArray("a, b")); // a comma inside quotes
    }
    QCOMPARE(found, schemes);
}

void TestAuthChallenge::decides_data()
{
    QTest::addColumn<AuthSchema>("chosen");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<AuthDecision::Answer>("answer");
    QTest::addColumn<QString>("sentence"); // a part of it
    using A = AuthDecision::Answer;
    QTest::newRow("basic, basic") << AuthSchema::Basic << "Basic realm=\"r\""_ba << A::Answer << QString();
    QTest::newRow("basic, digest and basic: Qonduit sends Basic itself")
        << AuthSchema::Basic << "Digest realm=\"r\", nonce=\"n\", Basic realm=\"r\""_ba << A::Answer
        << QString();
    QTest::newRow("basic, digest only") << AuthSchema::Basic << "Digest realm=\"r\", nonce=\"n\""_ba
                                        << A::NotOffered << u"asks for Digest, but the connection's"_s;
    QTest::newRow("digest, basic only")
        << AuthSchema::Digest << "Basic realm=\"r\""_ba << A::NotOffered << u"no credentials were sent"_s;
    QTest::newRow("digest md5") << AuthSchema::Digest << "Digest realm=\"r\", algorithm=MD5"_ba << A::Answer
                                << QString();
    QTest::newRow("digest without algorithm is MD5")
        << AuthSchema::Digest << "Digest realm=\"r\", nonce=\"n\""_ba << A::Answer << QString();
    QTest::newRow("digest sha-256 only") << AuthSchema::Digest << "Digest realm=\"r\", algorithm=SHA-256"_ba
                                         << A::UnsupportedDigest << u"Digest with SHA-256"_s;
    QTest::newRow("digest sha-512-256 only")
        << AuthSchema::Digest << "Digest realm=\"r\", algorithm=SHA-512-256"_ba << A::UnsupportedDigest
        << u"SHA-512-256, which Qonduit cannot answer"_s;
    QTest::newRow("digest sha-256 beside md5")
        << AuthSchema::Digest << "Digest realm=\"r\", algorithm=SHA-256, Digest realm=\"r\", algorithm=MD5"_ba
        << A::Answer << QString();
    QTest::newRow("ntlm, ntlm") << AuthSchema::Ntlm << "NTLM"_ba << A::Answer << QString();
    QTest::newRow("ntlm, basic only")
        << AuthSchema::Ntlm << "Basic realm=\"r\""_ba << A::NotOffered << u"asks for Basic"_s;
    QTest::newRow("ntlm beside digest: Qt would answer Digest")
        << AuthSchema::Ntlm << "NTLM, Digest realm=\"r\", nonce=\"n\""_ba << A::OtherPreferred
        << u"would answer Digest instead of the connection's NTLM"_s;
    QTest::newRow("digest beside negotiate") << AuthSchema::Digest << "Negotiate, Digest realm=\"r\""_ba
                                             << A::OtherPreferred << u"would answer Negotiate"_s;
    QTest::newRow("no challenge") << AuthSchema::Basic << QByteArray() << A::NoChallenge << QString();
}

void TestAuthChallenge::decides()
{
    QFETCH(AuthSchema, chosen);
    QFETCH(QByteArray, challenge);
    QFETCH(AuthDecision::Answer, answer);
    QFETCH(QString, sentence);
    const Headers headers = challenge.isEmpty() ? Headers {} : Headers {{"WWW-Authenticate", challenge}};
    const AuthDecision decision = decideAuthentication(chosen, parseChallenges(headers));
    QCOMPARE(decision.answer, answer);
    const QString refusal = authenticationRefusal(chosen, decision);
    QCOMPARE(refusal.isEmpty(), sentence.isEmpty());
    QVERIFY2(refusal.contains(sentence), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
