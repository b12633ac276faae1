// SPDX-License-Identifier: MIT
#include "ntlmmessages.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestNtlmMessages : public QObject
{
    Q_OBJECT

private slots:
    void challengeIsWellFormed();
    void hostileAuthenticateMessages_data();
    void hostileAuthenticateMessages();
};

void TestNtlmMessages::challengeIsWellFormed()
{
    const QByteArray challenge = Ntlm::randomChallenge();
    QCOMPARE(challenge.size(), 8);
    const QByteArray message = Ntlm::challengeMessage(challenge, u"QONDUIT"_s);
    QCOMPARE(Ntlm::messageType(message), 2);
    QCOMPARE(message.mid(24, 8), challenge);
    QVERIFY(message.contains(QByteArray("Q\0O\0N\0D\0U\0I\0T\0", 14)));
}

void TestNtlmMessages::hostileAuthenticateMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    const QByteArray head("NTLMSSP\0\x03\0\0\0", 12);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("signature only") << QByteArray("NTLMSSP\0", 8);
    QTest::newRow("header only") << head;
    QTest::newRow("buffers point outside")
        << head + QByteArray("\xff\xff\xff\xff\xff\xff\xff\x7f", 8).repeated(6);
    QTest::newRow("zero lengths") << head + QByteArray(64, '\0');
    QTest::newRow("v1 response of 24 bytes") << head
            + QByteArray("\0\0\0\0\0\0\0\0\x18\0\x18\0\x40\0\0\0", 16) + QByteArray(36, '\0')
            + QByteArray(24, 'x');
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        QByteArray noise(random.bounded(0, 300), Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        QTest::addRow("noise %d", i) << head + noise;
    }
    QTest::newRow("huge") << head + QByteArray(4 * 1024 * 1024, '\x41');
}

// Nothing crashes, and nothing but a right answer is accepted.
void TestNtlmMessages::hostileAuthenticateMessages()
{
    QFETCH(QByteArray, message);
    QVERIFY(!Ntlm::verifyAuthenticateMessage(
        message, Ntlm::randomChallenge(), u"analyst"_s, u"QONDUIT"_s, u"s3cret"_s));
}

QTEST_GUILESS_MAIN(TestNtlmMessages)
#include "tst_ntlmmessages.moc"
