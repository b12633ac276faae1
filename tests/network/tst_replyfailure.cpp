// SPDX-License-Identifier: MIT
// The sentences of a failed test, from the reply's facts alone: no server, one row per case.
#include "replyfailure.h"

#include <QTest>

#include <functional>

using namespace Qonduit;
using namespace Qt::StringLiterals;

using FactsEdit = std::function<void(ReplyFacts &)>;
Q_DECLARE_METATYPE(FactsEdit)

namespace {

ReplyFacts answered(int status, QString reason = {})
{
    ReplyFacts facts;
    facts.url = QUrl(u"https://api.example.com:8443/v1/orders"_s);
    facts.status = status;
    facts.reason = std::move(reason);
    facts.errorString = u"Qt's words"_s;
    return facts;
}

} // namespace

class TestReplyFailure : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
};

void TestReplyFailure::sentences_data()
{
    QTest::addColumn<FactsEdit>("edit");
    QTest::addColumn<QString>("stage"); // interrupted, transport, http
    QTest::addColumn<QString>("sentence"); // empty: no failure at this stage
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("offersBasicHeader");

    const auto row = [](const char *name, FactsEdit edit, const QString &stage, const QString &sentence,
                         const QString &detail = u"Qt's words"_s, bool offersBasicHeader = false) {
        QTest::newRow(name) << edit << stage << sentence << detail << offersBasicHeader;
    };
    row(
        "timed out", [](ReplyFacts &f) { f.timedOut = true, f.timeoutSeconds = 30; }, u"interrupted"_s,
        u"No complete answer within 30 s, the connection's timeout."_s);
    row(
        "stalled before any byte", [](ReplyFacts &f) { f.stalled = true, f.readWriteTimeoutSeconds = 5; },
        u"interrupted"_s, u"No answer came within 5 s, the connection's read/write timeout."_s);
    row(
        "stalled after some bytes",
        [](ReplyFacts &f) { f.stalled = true, f.readWriteTimeoutSeconds = 5, f.received = 2048; },
        u"interrupted"_s,
        u"The answer stopped: no bytes came for 5 s, the connection's read/write timeout, after 2.00 KiB had "
        u"arrived."_s);
    row(
        "neither", [](ReplyFacts &) {}, u"interrupted"_s, QString());

    row(
        "refused", [](ReplyFacts &f) { f.status = 0, f.error = QNetworkReply::ConnectionRefusedError; },
        u"transport"_s, u"Nothing answers at api.example.com:8443: the connection was refused."_s);
    row(
        "no such host", [](ReplyFacts &f) { f.status = 0, f.error = QNetworkReply::HostNotFoundError; },
        u"transport"_s, u"The host api.example.com was not found."_s);
    row(
        "closed over TLS, no client certificate",
        [](ReplyFacts &f) { f.status = 0, f.error = QNetworkReply::RemoteHostClosedError; }, u"transport"_s,
        u"The server closed the TLS connection without answering: it may require a client certificate "
        u"(choose \"From file\" under Use certificate)."_s);
    row(
        "closed, with a client certificate",
        [](ReplyFacts &f) {
            f.status = 0, f.error = QNetworkReply::RemoteHostClosedError, f.clientCertificate = true;
        },
        u"transport"_s, u"The server closed the connection without answering."_s);
    row(
        "handshake, the certificate check's sentence first",
        [](ReplyFacts &f) {
            f.status = 0, f.error = QNetworkReply::SslHandshakeFailedError, f.tlsProblem = u"Self-signed."_s;
        },
        u"transport"_s, u"Self-signed."_s);
    row(
        "handshake, no client certificate",
        [](ReplyFacts &f) { f.status = 0, f.error = QNetworkReply::SslHandshakeFailedError; }, u"transport"_s,
        u"The TLS handshake failed: the server may require a client certificate (choose \"From file\" under "
        u"Use certificate)."_s);
    row(
        "handshake, the client certificate refused",
        [](ReplyFacts &f) {
            f.status = 0, f.error = QNetworkReply::SslHandshakeFailedError, f.clientCertificate = true;
        },
        u"transport"_s, u"The TLS handshake failed: the server did not accept the client certificate."_s);
    row(
        "other network error",
        [](ReplyFacts &f) { f.status = 0, f.error = QNetworkReply::ProxyNotFoundError; }, u"transport"_s,
        u"The request failed: Qt's words."_s);
    row(
        "cut short before its Content-Length",
        [](ReplyFacts &f) {
            f.status = 200, f.error = QNetworkReply::UnknownContentError, f.received = 10,
            f.contentLength = "100";
        },
        u"transport"_s,
        u"The server closed the connection before the whole response arrived (10 of 100 bytes)."_s);
    row(
        "closed after the status",
        [](ReplyFacts &f) { f.status = 200, f.error = QNetworkReply::RemoteHostClosedError; }, u"transport"_s,
        u"The server closed the connection before the whole response arrived (0 of  bytes)."_s);
    row(
        "a whole answer", [](ReplyFacts &f) { f.status = 200, f.received = 100, f.contentLength = "100"; },
        u"transport"_s, QString());

    const QString reason = u"Reason"_s;
    row(
        "401, nothing tried", [](ReplyFacts &f) { f.status = 401, f.reason = u"Reason"_s; }, u"http"_s,
        u"The server asks for credentials (401)."_s, reason);
    row(
        "401, offers named",
        [](ReplyFacts &f) {
            f.status = 401, f.reason = u"Reason"_s, f.offeredSchemes = {u"Basic"_s, u"Digest"_s};
        },
        u"http"_s, u"The server asks for credentials (401). It offers: Basic, Digest."_s, reason);
    row(
        "401, credentials refused",
        [](ReplyFacts &f) { f.status = 401, f.reason = u"Reason"_s, f.authAttempted = true; }, u"http"_s,
        u"The user name or password was not accepted (401)."_s, reason);
    row(
        "401, not answered and why",
        [](ReplyFacts &f) {
            f.status = 401, f.reason = u"Reason"_s, f.authRefusal = u"Digest is not Basic."_s;
        },
        u"http"_s, u"Digest is not Basic."_s, reason);
    row(
        "403 with the Basic hint",
        [](ReplyFacts &f) {
            f.status = 403, f.reason = u"Reason"_s, f.unchallengedBasic = u" Add the header."_s;
        },
        u"http"_s,
        u"Access is forbidden (403): the server will not show this resource to these credentials. Add the "
        u"header."_s,
        reason, true);
    row(
        "404 names the path", [](ReplyFacts &f) { f.status = 404, f.reason = u"Reason"_s; }, u"http"_s,
        u"Not found (404): the server has nothing at /v1/orders."_s, reason);
    row(
        "404 with the Basic hint",
        [](ReplyFacts &f) { f.status = 404, f.reason = u"Reason"_s, f.unchallengedBasic = u" Add it."_s; },
        u"http"_s, u"Not found (404): the server has nothing at /v1/orders. Add it."_s, reason, true);
    row(
        "429", [](ReplyFacts &f) { f.status = 429, f.reason = u"Reason"_s; }, u"http"_s,
        u"Too many requests (429): the server asks to slow down."_s, reason);
    row(
        "429 with Retry-After",
        [](ReplyFacts &f) { f.status = 429, f.reason = u"Reason"_s, f.retryAfter = "7"; }, u"http"_s,
        u"Too many requests (429): the server asks to wait 7 s (Retry-After)."_s, reason);
    row(
        "407, none given", [](ReplyFacts &f) { f.status = 407, f.reason = u"Reason"_s; }, u"http"_s,
        u"The proxy refused the request (407): it wants a user name and password (in the Proxy section; the "
        u"password is kept apart from the address)."_s,
        reason);
    row(
        "407, refused",
        [](ReplyFacts &f) { f.status = 407, f.reason = u"Reason"_s, f.proxyCredentialsGiven = true; },
        u"http"_s,
        u"The proxy refused the request (407): it did not accept the proxy's user name and password."_s,
        reason);
    row(
        "503", [](ReplyFacts &f) { f.status = 503, f.reason = u"Reason"_s; }, u"http"_s,
        u"The server failed (503 Reason); the problem is on its side."_s, reason);
    row(
        "418", [](ReplyFacts &f) { f.status = 418, f.reason = u"Reason"_s; }, u"http"_s,
        u"The server refused the request (418 Reason)."_s, reason);
    row(
        "200 with a late network error",
        [](ReplyFacts &f) { f.status = 200, f.error = QNetworkReply::UnknownContentError; }, u"http"_s,
        u"The request failed: Qt's words."_s);
    row(
        "200", [](ReplyFacts &f) { f.status = 200; }, u"http"_s, QString());
}

void TestReplyFailure::sentences()
{
    QFETCH(FactsEdit, edit);
    QFETCH(QString, stage);
    QFETCH(QString, sentence);
    QFETCH(QString, detail);
    QFETCH(bool, offersBasicHeader);
    ReplyFacts facts = answered(200);
    edit(facts);
    const std::optional<ReplyFailure> failure = stage == u"interrupted" ? ReplyFailures::interrupted(facts)
        : stage == u"transport"                                         ? ReplyFailures::transport(facts)
                                                                        : ReplyFailures::http(facts);
    QCOMPARE(failure.has_value(), !sentence.isEmpty());
    if (failure) {
        QCOMPARE(failure->sentence, sentence);
        QCOMPARE(failure->detail, detail);
        QCOMPARE(failure->offersBasicHeader, offersBasicHeader);
    }
}

QTEST_GUILESS_MAIN(TestReplyFailure)
#include "tst_replyfailure.moc"
