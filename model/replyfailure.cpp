// SPDX-License-Identifier: MIT
#include "replyfailure.h"

#include "requestengine.h"
#include "requestplan.h"

#include <QLocale>

namespace Qonduit::ReplyFailures {

std::optional<ReplyFailure> interrupted(const ReplyFacts &facts)
{
    if (facts.timedOut) {
        return ReplyFailure {RequestEngine::tr("No complete answer within %1 s, the connection's timeout.")
                                 .arg(facts.timeoutSeconds),
            facts.errorString};
    }
    if (facts.stalled) {
        return ReplyFailure {facts.received > 0
                ? RequestEngine::tr("The answer stopped: no bytes came for %1 s, the connection's read/write "
                                    "timeout, after %2 had arrived.")
                      .arg(facts.readWriteTimeoutSeconds)
                      .arg(QLocale::c().formattedDataSize(facts.received))
                : RequestEngine::tr("No answer came within %1 s, the connection's read/write timeout.")
                      .arg(facts.readWriteTimeoutSeconds),
            facts.errorString};
    }
    return std::nullopt;
}

namespace {

// No HTTP answer: why, in the words of what the user can do about it.
ReplyFailure unanswered(const ReplyFacts &facts)
{
    const QString detail = facts.errorString;
    switch (facts.error) {
    case QNetworkReply::ConnectionRefusedError:
        return {RequestEngine::tr("Nothing answers at %1: the connection was refused.")
                    .arg(RequestPlan::hostAndPort(facts.url)),
            detail};
    case QNetworkReply::HostNotFoundError:
        return {RequestEngine::tr("The host %1 was not found.").arg(facts.url.host()), detail};
    case QNetworkReply::RemoteHostClosedError:
        // With TLS 1.3 a server that wants a client certificate closes the connection after the handshake.
        if (facts.url.scheme() == u"https" && !facts.clientCertificate)
            return {
                RequestEngine::tr("The server closed the TLS connection without answering: it may require a "
                                  "client certificate "
                                  "(choose \"From file\" under Use certificate)."),
                detail};
        return {RequestEngine::tr("The server closed the connection without answering."), detail};
    case QNetworkReply::SslHandshakeFailedError:
        if (!facts.tlsProblem.isEmpty())
            return {facts.tlsProblem, detail};
        if (!facts.clientCertificate)
            return {RequestEngine::tr("The TLS handshake failed: the server may require a client "
                                      "certificate (choose \"From "
                                      "file\" "
                                      "under Use certificate)."),
                detail};
        return {
            RequestEngine::tr("The TLS handshake failed: the server did not accept the client certificate."),
            detail};
    default:
        return {RequestEngine::tr("The request failed: %1.").arg(facts.errorString), detail};
    }
}

} // namespace

std::optional<ReplyFailure> transport(const ReplyFacts &facts)
{
    if (facts.status == 0)
        return unanswered(facts);
    const bool cutShort = !facts.contentLength.isEmpty() && facts.contentLength.toLongLong() > facts.received
        && facts.error != QNetworkReply::NoError && facts.status < 400;
    if (facts.error == QNetworkReply::RemoteHostClosedError
        || facts.error == QNetworkReply::UnknownNetworkError || cutShort) {
        return ReplyFailure {
            RequestEngine::tr(
                "The server closed the connection before the whole response arrived (%1 of %2 bytes).")
                .arg(facts.received)
                .arg(QString::fromLatin1(facts.contentLength)),
            facts.errorString};
    }
    return std::nullopt;
}

std::optional<ReplyFailure> http(const ReplyFacts &facts)
{
    const int status = facts.status;
    const QString &reason = facts.reason;
    if (status < 400) {
        if (facts.error != QNetworkReply::NoError)
            return ReplyFailure {
                RequestEngine::tr("The request failed: %1.").arg(facts.errorString), facts.errorString};
        return std::nullopt;
    }
    switch (status) {
    case 401: {
        const QString offers = facts.offeredSchemes.isEmpty()
            ? QString()
            : RequestEngine::tr(" It offers: %1.").arg(facts.offeredSchemes.join(QStringLiteral(", ")));
        if (!facts.authRefusal.isEmpty())
            return ReplyFailure {facts.authRefusal, reason};
        if (facts.authAttempted)
            return ReplyFailure {
                RequestEngine::tr("The user name or password was not accepted (401).") + offers, reason};
        return ReplyFailure {RequestEngine::tr("The server asks for credentials (401).") + offers, reason};
    }
    case 403:
        return ReplyFailure {
            RequestEngine::tr("Access is forbidden (403): the server will not show this resource to "
                              "these credentials.")
                + facts.unchallengedBasic,
            reason, !facts.unchallengedBasic.isEmpty()};
    case 404:
        return ReplyFailure {
            RequestEngine::tr("Not found (404): the server has nothing at %1.").arg(facts.url.path())
                + facts.unchallengedBasic,
            reason, !facts.unchallengedBasic.isEmpty()};
    case 429:
        return ReplyFailure {facts.retryAfter.isEmpty()
                ? RequestEngine::tr("Too many requests (429): the server asks to slow down.")
                : RequestEngine::tr("Too many requests (429): the server asks to wait %1 s (Retry-After).")
                      .arg(QString::fromLatin1(facts.retryAfter)),
            reason};
    case 407:
        return ReplyFailure {facts.proxyCredentialsGiven
                ? RequestEngine::tr("The proxy refused the request (407): it did not accept the proxy's user "
                                    "name and password.")
                : RequestEngine::tr("The proxy refused the request (407): it wants a user name and password "
                                    "(in the Proxy section; the password is kept apart from the address)."),
            reason};
    default:
        break;
    }
    if (status >= 500)
        return ReplyFailure {RequestEngine::tr("The server failed (%1 %2); the problem is on its side.")
                                 .arg(status)
                                 .arg(reason),
            reason};
    return ReplyFailure {
        RequestEngine::tr("The server refused the request (%1 %2).").arg(status).arg(reason), reason};
}

} // namespace Qonduit::ReplyFailures
