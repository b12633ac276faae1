// SPDX-License-Identifier: MIT
#include "requestengine.h"

#include "authchallenge.h"
#include "bodyformatter.h"
#include "openssllegacy.h"
#include "proxyfactory.h"
#include "replyfailure.h"
#include "script/secretheaders.h"
#include "variables.h"

#include <QAuthenticator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Qonduit {

QByteArray ConnectionTestResult::contentType() const
{
    for (const auto &[name, value] : headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ConnectionTestResult::summaryLine() const
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("OK %1 %2 %3").arg(status).arg(responseTypeName(type)).arg(size);
    case Outcome::Canceled:
        return QStringLiteral("CANCELED");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("FAILED ") + sentence;
}

QString ConnectionTestResult::extraDetail() const
{
    return detail == sentence || detail == QString::fromLatin1(reason) ? QString() : detail;
}

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

// The schemes of WWW-Authenticate challenges. Qt joins repeated headers into one value, so the
// challenges are split again: a piece whose first word has no '=' starts a new challenge.
QStringList offeredSchemes(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QStringList schemes;
    for (const auto &[name, value] : headers) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &line : value.split('\n')) {
            for (const QByteArray &piece : line.split(',')) {
                const QByteArray word = piece.trimmed().split(' ').value(0);
                if (!word.isEmpty() && !word.contains('=') && !schemes.contains(QString::fromLatin1(word)))
                    schemes.append(QString::fromLatin1(word));
            }
        }
    }
    return schemes;
}

QString certificateProblem(const QList<QSslError> &errors, const QUrl &url)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return RequestEngine::tr(
                "The server's certificate is self-signed and not trusted. Turn on \"Skip server "
                "certificate "
                "validation\" if you trust this server.");
        case QSslError::CertificateExpired:
            return RequestEngine::tr("The server's certificate has expired.");
        case QSslError::CertificateNotYetValid:
            return RequestEngine::tr("The server's certificate is not valid yet.");
        case QSslError::HostNameMismatch:
            return RequestEngine::tr("The server's certificate is for another host name than %1.")
                .arg(url.host());
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return RequestEngine::tr(
                "The server's certificate is issued by an authority this system does not trust.");
        default:
            break;
        }
    }
    return errors.isEmpty()
        ? QString()
        : RequestEngine::tr("The server's certificate is not valid: %1.").arg(errors.first().errorString());
}

} // namespace

QString RequestEngine::defaultCertificateFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Qonduit/certificates");
}

RequestEngine::RequestEngine(QObject *parent)
    : QObject(parent)
    , m_tokens(new TokenClient(this))
    , m_timeout(new QTimer(this))
    , m_stall(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_certificateFolder(defaultCertificateFolder())
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_now.timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_stall->setSingleShot(true);
    connect(m_stall, &QTimer::timeout, this, [this] {
        m_now.stalled = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(m_tokens, &TokenClient::finished, this, &RequestEngine::onToken);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        m_now.waitingToRetry = false;
        if (m_done)
            return;
        m_timeout->start(std::max(1, m_settings.request.timeoutSeconds) * 1000);
        send(m_now.result.finalUrl, m_now.sentMethod, m_now.sentBody);
    });
}

RequestEngine::~RequestEngine()
{
    m_done = true; // no finished() from a dying engine
    if (m_reply)
        m_reply->abort();
}

void RequestEngine::start(const ConnectionSettings &given)
{
    cancel();
    ++m_run; // after cancel(): the old run's last words carry the old number and are dropped
    // A manager of its own per run: Qt caches credentials per host in the manager, and they must not
    // reach the next test (or another path of the same host). The pages of one walk share one, so that
    // they travel over one kept-alive connection.
    if (!m_reuseManager || !m_manager) {
        delete m_manager;
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        connect(m_manager, &QNetworkAccessManager::authenticationRequired, this,
            &RequestEngine::onAuthenticationRequired);
        connect(m_manager, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                // Once: a second request means the password was refused, and the reply says 407.
                if (m_now.proxyCredentialsGiven || proxy.user().isEmpty())
                    return;
                m_now.proxyCredentialsGiven = true;
                authenticator->setUser(proxy.user());
                authenticator->setPassword(m_settings.proxy.password);
            });
    }

    // Qlik expands $(vName) at load time; while designing, the variables' test values stand in.
    m_settings = Variables::withTestValues(given);
    const ConnectionSettings &settings = m_settings;
    m_manager->setProxyFactory(new ConnectionProxyFactory(settings.proxy)); // the manager owns it
    m_now = Run();
    m_done = false;
    m_retry->stop();
    m_clock.start();

    if (const QString problem = proxyAddressProblem(settings.proxy); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    // A token first [ours]: the one kept from an earlier run while it lasts, else a new one.
    if (settings.token.source != TokenSource::None) {
        if (const auto kept = m_tokens->cached(settings.token)) {
            m_settings = TokenRequest::withToken(m_settings, *kept);
        } else {
            fetchToken();
            return;
        }
    }
    proceed();
}

void RequestEngine::fetchToken()
{
    m_now.fetchingToken = true;
    m_tokens->fetch(m_settings);
}

void RequestEngine::onToken(const TokenResult &token)
{
    if (m_done || !m_now.fetchingToken)
        return;
    m_now.fetchingToken = false;
    if (m_now.canceled) {
        completeCanceled();
        return;
    }
    if (!token.ok) {
        fail(RequestEngine::tr("No token, so no data request: %1").arg(token.sentence));
        return;
    }
    m_now.result.notes.append(token.sentence);
    m_settings = TokenRequest::withToken(m_settings, token.token.value);
    if (!m_now.tokenRenewed) {
        proceed();
        return;
    }
    // The data request again, with the new token (a 401 refused the old one).
    if (auto plan = RequestPlan::fromSettings(m_settings)) {
        m_plan = std::move(plan).value();
        m_timeout->start(std::max(1, m_settings.request.timeoutSeconds) * 1000);
        send(m_plan.url, m_plan.method, m_plan.body);
    } else {
        fail(plan.error());
    }
}

// A 401 to a request that carried a kept token: the token may have been revoked or expired early.
// Once per run, a new token is fetched and the request sent again, as Qlik's script would on reload.
bool RequestEngine::renewTokenOnce(int status)
{
    if (status != 401 || m_settings.token.source == TokenSource::None || m_now.tokenRenewed)
        return false;
    m_now.tokenRenewed = true;
    m_now.result.notes.append(RequestEngine::tr("The server refused the token (401): fetched a new one."));
    forgetAnswer();
    m_timeout->stop();
    m_tokens->forget();
    fetchToken();
    return true;
}

void RequestEngine::proceed()
{
    const ConnectionSettings &settings = m_settings;
    auto plan = RequestPlan::fromSettings(settings);
    if (!plan) {
        fail(plan.error());
        return;
    }
    m_plan = std::move(plan).value();
    m_now.result.notes += m_plan.notes;

    if (settings.authentication.schema == AuthSchema::CurrentWindowsUser) {
#ifndef Q_OS_WIN
        fail(RequestEngine::tr(
            "\"Current Windows User\" signs in with the Windows account that runs the connector: it works "
            "only "
            "on Windows. Choose another authentication schema to test here."));
        return;
#endif
    }
    if (settings.certificates.source == CertificateSource::Installed) {
        fail(RequestEngine::tr(
            "Installed certificates come from the Windows certificate store, which Qonduit cannot read "
            "here. "
            "Export the certificate to a PFX file and choose \"From file\" to test it."));
        return;
    }
    if (settings.certificates.source == CertificateSource::FromFile) {
        if (const auto loaded = loadClientCertificate(); !loaded) {
            fail(loaded.error());
            return;
        }
    }
    m_timeout->start(std::max(1, settings.request.timeoutSeconds) * 1000);
    send(m_plan.url, m_plan.method, m_plan.body);
}

Expected<void, QString> RequestEngine::loadClientCertificate()
{
    const QString path = m_settings.certificates.pfxFilePath;
    QString found = path;
    if (QFileInfo(path).isRelative() && !QFileInfo::exists(path) && !m_certificateFolder.isEmpty())
        found = QDir(m_certificateFolder).filePath(path);
    QFile file(found);
    if (!file.open(QIODevice::ReadOnly)) {
        return RequestEngine::tr("Cannot open the PFX file %1: %2.").arg(path, file.errorString());
    }
    QList<QSslCertificate> chain;
    const QByteArray passphrase = m_settings.certificates.pfxPassword.toUtf8();
    bool imported = QSslCertificate::importPkcs12(
        &file, &m_now.clientKey, &m_now.clientCertificate, &chain, passphrase);
    if (!imported && enableOpenSslLegacyProvider()) {
        // Perhaps the old RC2/3DES encryption: try again with OpenSSL's legacy provider loaded.
        file.seek(0);
        imported = QSslCertificate::importPkcs12(
            &file, &m_now.clientKey, &m_now.clientCertificate, &chain, passphrase);
    }
    if (!imported) {
        return RequestEngine::tr(
            "Cannot read the client certificate from %1: the PFX password is wrong, or the file uses the "
            "old RC2/3DES encryption that OpenSSL 3 no longer reads by default. Re-export it with "
            "\"openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx\".")
            .arg(path);
    }
    return {};
}

bool RequestEngine::isTrustedHost(const QUrl &url) const
{
    if (RequestPlan::hostAndPort(url) == RequestPlan::hostAndPort(m_plan.url))
        return true;
    for (const NameValue &location : m_settings.trustedLocations) {
        if (RequestPlan::hostAndPort(QUrl(location.value.trimmed())) == RequestPlan::hostAndPort(url))
            return true;
    }
    return false;
}

bool RequestEngine::mayRedirectTo(const QUrl &url) const
{
    return RequestPlan::mayFollow(url, m_plan.url, m_settings.security.whitelist);
}

void RequestEngine::send(const QUrl &url, const QByteArray &method, const QByteArray &body)
{
    m_now.visited.insert(url.toString(QUrl::FullyEncoded));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    const bool trusted = isTrustedHost(url);
    for (const auto &[name, value] : m_plan.headers) {
        // Secret headers typed in the form (Authorization, API keys, tokens, cookies) are credentials too.
        if (!trusted && isSecretHeader(QString::fromLatin1(name))) {
            m_now.result.notes.append(RequestEngine::tr("The %1 header was not sent to %2: it is not the "
                                                        "connection's host nor a trusted location.")
                                          .arg(QString::fromLatin1(name), url.host()));
            continue;
        }
        request.setRawHeader(name, value);
    }
    if (m_now.sendBasic && trusted && !request.hasRawHeader("Authorization"))
        request.setRawHeader("Authorization", basicAuthorization().toLatin1());
    if (url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_now.clientCertificate.isNull() && trusted) {
            tls.setLocalCertificate(m_now.clientCertificate);
            tls.setPrivateKey(m_now.clientKey);
        }
        request.setSslConfiguration(tls);
    }
    m_now.sentMethod = method;
    m_now.sentBody = body;
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    m_reply = reply;
    // The read/write timeout: the longest wait for the next bytes, in either direction.
    m_stall->start(std::max(1, m_settings.request.readWriteTimeoutSeconds) * 1000);
    connect(reply, &QNetworkReply::uploadProgress, m_stall, qOverload<>(&QTimer::start));
    // The first byte is the status line: an answer with no body has a time to it as well.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply == m_reply && m_now.result.millisecondsToFirstByte < 0)
            m_now.result.millisecondsToFirstByte = m_clock.elapsed();
        // A bounded read buffer: without it Qt's network thread reads as fast as the server sends and
        // posts every piece to this thread, where they pile up ahead of the window's own events (seconds
        // without an answer on a big body, and hundreds of MB handed over in one readAll()). Set here and
        // not at sendCustomRequest(): Qt 6.4 makes the network thread's side of the reply later, and a
        // size set before that never reaches it.
        reply->setReadBufferSize(ReadBufferBytes);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readSome(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishReply(reply); });
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::downloadProgress, this, &RequestEngine::progress);
}

// Reads at most ReadPerTurnBytes of what the reply holds, and the rest on later turns of the event loop:
// when the network thread got ahead (its own socket buffer is Qt's, and unbounded), the end of a big
// download hands over hundreds of MB at once, and reading them in one go froze the window.
void RequestEngine::readSome(QNetworkReply *reply)
{
    if (reply != m_reply || m_done)
        return;
    if (m_now.result.millisecondsToFirstByte < 0)
        m_now.result.millisecondsToFirstByte = m_clock.elapsed();
    m_stall->start();
    qint64 budget = ReadPerTurnBytes;
    while (budget > 0 && reply->bytesAvailable() > 0) {
        const qint64 wanted = std::min(reply->bytesAvailable(), budget);
        qint64 read = 0;
        // In place, into the body or one reused piece for the file: no allocation per piece, which is
        // what a big download on the GUI thread costs most (each fresh megabyte is page faults).
        if (!m_now.result.bodyFile && m_now.result.body.size() + wanted <= m_memoryLimit) {
            const qsizetype had = m_now.result.body.size();
            if (m_now.result.body.capacity() < had + wanted)
                m_now.result.body.reserve(
                    qsizetype(std::min(std::max(had + wanted, 2 * had), m_memoryLimit)));
            m_now.result.body.resize(had + wanted);
            read = std::max<qint64>(reply->read(m_now.result.body.data() + had, wanted), 0);
            m_now.result.body.resize(had + read);
        } else {
            if (!m_now.result.bodyFile && !spillToFile(reply))
                return;
            m_piece.resize(ReadBufferBytes);
            read = reply->read(m_piece.data(), std::min<qint64>(wanted, m_piece.size()));
            if (read > 0)
                m_now.result.bodyFile->write(m_piece.constData(), read);
        }
        if (read <= 0)
            break;
        m_now.result.size += read;
        budget -= read;
    }
    if (reply->bytesAvailable() > 0) {
        if (!m_now.readQueued) {
            m_now.readQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this, reply = QPointer<QNetworkReply>(reply)] {
                    m_now.readQueued = false;
                    if (reply && reply != m_reply)
                        reply->deleteLater(); // a run that has been replaced meanwhile
                    else if (reply)
                        readSome(reply);
                },
                Qt::QueuedConnection);
        }
        return;
    }
    if (std::exchange(m_now.finishWhenRead, false))
        finishReply(reply);
}

// Past the memory limit the body goes to disk; the first part stays for the type check and the preview.
bool RequestEngine::spillToFile(QNetworkReply *reply)
{
    m_now.result.bodyFile = std::make_shared<QTemporaryFile>();
    if (!m_now.result.bodyFile->open()) {
        m_now.result.bodyFile.reset();
        fail(RequestEngine::tr("The response is larger than %1 and cannot be kept: no temporary file "
                               "can be made (%2).")
                 .arg(QLocale::c().formattedDataSize(m_memoryLimit), QDir::tempPath()));
        reply->abort();
        return false;
    }
    m_now.result.bodyFile->write(m_now.result.body);
    m_now.result.body = m_now.result.body.left(BodyPreviewBytes); // a copy: truncate() keeps the capacity
    return true;
}

void RequestEngine::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    for (const QSslError &error : errors)
        m_now.result.tls.errors.append(error.errorString());
    // As Qlik does: the certificate is checked, and its problems reported, even when they are ignored.
    if (m_settings.certificates.skipServerCertificateValidation && reply)
        reply->ignoreSslErrors();
    else
        m_now.result.detail = certificateProblem(errors, reply ? reply->url() : QUrl());
}

void RequestEngine::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // Qt answers the strongest scheme a server offers, which need not be the connection's. So the
    // first 401 is read in onFinished(), and only when it offers the connection's own schema is the
    // request sent again with credentials given here (Digest, NTLM) or in a header (Basic).
    if (!m_now.answerChallenge)
        return;
    if (!isTrustedHost(reply->url())) {
        noteCredentialsWithheld(reply->url());
        return;
    }
    if (m_now.credentialsGiven.contains(reply))
        return; // asked again: the credentials were wrong, and the 401 says so
    m_now.credentialsGiven.insert(reply);
    authenticator->setUser(m_settings.authentication.userName);
    authenticator->setPassword(m_settings.authentication.password);
}

bool RequestEngine::followRedirect(const QUrl &target, int status)
{
    const QString key = target.toString(QUrl::FullyEncoded);
    if (m_now.visited.contains(key)) {
        QStringList chain {m_plan.url.toString()};
        for (const QUrl &url : std::as_const(m_now.result.redirects))
            chain.append(url.toString());
        chain.append(target.toString());
        fail(RequestEngine::tr("The server redirects in a loop."), chain.join(QStringLiteral(" \u2192 ")));
        return false;
    }
    if (m_now.result.redirects.size() >= MaxRedirects) {
        fail(RequestEngine::tr("The server redirected more than %1 times.").arg(MaxRedirects));
        return false;
    }
    if (m_settings.security.allowHttpsOnly && target.scheme() != u"https") {
        fail(RequestEngine::tr(
            "The server redirected to %1, which is not https, and \"Allow HTTPS only\" is on.")
                 .arg(target.toString()));
        return false;
    }
    if (!mayRedirectTo(target)) {
        fail(RequestEngine::tr(
            "The server redirected to %1, which is neither the connection's host nor in the whitelist for "
            "redirects.")
                 .arg(target.toString()));
        return false;
    }
    m_now.result.redirects.append(target);
    // Browsers and Qlik's connector repeat a POST as GET after 301, 302 and 303; 307 and 308 keep it.
    const bool keepMethod = status == 307 || status == 308;
    send(target, keepMethod ? m_plan.method : QByteArray("GET"), keepMethod ? m_plan.body : QByteArray());
    return true;
}

void RequestEngine::finishReply(QNetworkReply *reply)
{
    if (reply == m_reply && !m_done && reply->bytesAvailable() > 0) {
        // The body's last part is read first, in turns (readSome() comes back here).
        m_now.finishWhenRead = true;
        readSome(reply);
        return;
    }
    reply->deleteLater();
    if (reply != m_reply || m_done)
        return;
    m_stall->stop();

    m_now.result.finalUrl = reply->url();
    m_now.result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_now.result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_now.result.headers = reply->rawHeaderPairs();
    if (reply->url().scheme() == u"https") {
        const QSslConfiguration tls = reply->sslConfiguration();
        m_now.result.tls.protocol = protocolName(tls.sessionProtocol());
        const QSslCertificate peer = tls.peerCertificate();
        if (!peer.isNull()) {
            m_now.result.tls.subject = peer.subjectDisplayName();
            m_now.result.tls.issuer = peer.issuerDisplayName();
            m_now.result.tls.expiry = peer.expiryDate();
        }
    }

    if (m_now.canceled) {
        completeCanceled();
        return;
    }
    const ReplyFacts facts = factsOf(reply);
    if (const auto failure = ReplyFailures::interrupted(facts)) {
        fail(failure->sentence, failure->detail);
        return;
    }
    const int status = m_now.result.status;
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        forgetAnswer();
        followRedirect(target, status);
        return;
    }
    if (const auto failure = ReplyFailures::transport(facts)) {
        fail(failure->sentence, failure->detail);
        return;
    }
    if (status >= 400 && retryLater(reply, status))
        return;
    if (renewTokenOnce(status))
        return;
    if (status == 401 && answerChallenge(reply))
        return;
    // Read again: answering a challenge (or refusing to) is what the sentence of a 401 says.
    if (const auto failure = ReplyFailures::http(factsOf(reply))) {
        // Where the failure names the header that would get in, the result offers to add it.
        if (failure->offersBasicHeader)
            m_now.result.suggestedHeader = {QStringLiteral("Authorization"), basicAuthorization()};
        fail(failure->sentence, failure->detail);
        return;
    }

    // Checking the body (a JSON parse of up to 64 MB) is work of its own: it runs on a worker thread,
    // so that the GUI thread that started the engine never waits for it.
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray body = m_now.result.body;
    const bool complete = !m_now.result.bodyFile;
    auto *watcher = new QFutureWatcher<ResponseTypeCheck>(this);
    m_check = watcher;
    connect(watcher, &QFutureWatcher<ResponseTypeCheck>::finished, this, [this, watcher, run = m_run] {
        watcher->deleteLater();
        if (m_done || run != m_run)
            return;
        finishWithCheck(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [contentType, body, complete] { return detectResponseType(contentType, body, complete); }));
}

// The answer so far is of no use (a redirect, a 401 to answer, a status to retry): the next one starts
// afresh, a body spilled to disk included.
void RequestEngine::forgetAnswer()
{
    m_now.result.body.clear();
    m_now.result.bodyFile.reset();
    m_now.result.size = 0;
    m_now.result.millisecondsToFirstByte = -1;
}

// "Basic <base64 of user:password>": the header Basic sends, and the one the result offers to add.
QString RequestEngine::basicAuthorization() const
{
    const QByteArray pair
        = (m_settings.authentication.userName + u':' + m_settings.authentication.password).toUtf8();
    return QStringLiteral("Basic ") + QString::fromLatin1(pair.toBase64());
}

void RequestEngine::noteCredentialsWithheld(const QUrl &url)
{
    m_now.result.notes.append(RequestEngine::tr(
        "Credentials were not sent to %1: it is not the connection's host nor a trusted location.")
                                  .arg(url.host()));
}

// A 401 that offers the connection's own schema is answered once, by sending the request again:
// Basic with its header, Digest and NTLM through Qt's authenticator. Any other 401 sends nothing.
bool RequestEngine::answerChallenge(QNetworkReply *reply)
{
    const AuthSchema schema = m_settings.authentication.schema;
    if (m_now.authAttempted || schema == AuthSchema::Anonymous || schema == AuthSchema::CurrentWindowsUser
        || m_settings.authentication.userName.isEmpty())
        return false;
    const AuthDecision decision = decideAuthentication(schema, parseChallenges(m_now.result.headers));
    if (decision.answer != AuthDecision::Answer::Answer) {
        m_now.authRefusal = authenticationRefusal(schema, decision);
        return false;
    }
    if (!isTrustedHost(reply->url())) {
        noteCredentialsWithheld(reply->url());
        return false;
    }
    m_now.authAttempted = true;
    if (schema == AuthSchema::Basic)
        m_now.sendBasic = true;
    else
        m_now.answerChallenge = true;
    forgetAnswer();
    send(reply->url(), m_now.sentMethod, m_now.sentBody);
    return true;
}

// Basic credentials go only where a server asks for them, as Qlik's connector sends them. A server
// that answers 403 or 404 instead of asking never gets them: say so, and offer the header Qlik users
// add, which goes with every request.
QString RequestEngine::unchallengedBasic() const
{
    if (m_settings.authentication.schema != AuthSchema::Basic || m_now.authAttempted
        || m_settings.authentication.userName.isEmpty())
        return {};
    return RequestEngine::tr(
        " The server answered without asking for credentials (no 401), so none were sent. If it expects "
        "them on the first request, add the query header Authorization: Basic made from the user name and "
        "password; Qlik's connector sends a query header with every request.");
}

// What the reply says about itself, for the sentences of ReplyFailures (after the answer was read, with
// what this run knows: timeouts, credentials given, the certificate check).
ReplyFacts RequestEngine::factsOf(QNetworkReply *reply) const
{
    ReplyFacts facts;
    facts.url = reply->url();
    facts.status = m_now.result.status;
    facts.reason = QString::fromLatin1(m_now.result.reason);
    facts.error = reply->error();
    facts.errorString = reply->errorString();
    facts.received = m_now.result.size;
    facts.contentLength = reply->rawHeader("Content-Length");
    facts.retryAfter = reply->rawHeader("Retry-After");
    facts.offeredSchemes = offeredSchemes(m_now.result.headers);
    facts.tlsProblem = m_now.result.detail;
    facts.clientCertificate = !m_now.clientCertificate.isNull();
    facts.timedOut = m_now.timedOut;
    facts.timeoutSeconds = m_settings.request.timeoutSeconds;
    facts.stalled = m_now.stalled;
    facts.readWriteTimeoutSeconds = m_settings.request.readWriteTimeoutSeconds;
    facts.authAttempted = m_now.authAttempted;
    facts.authRefusal = m_now.authRefusal;
    facts.proxyCredentialsGiven = m_now.proxyCredentialsGiven;
    facts.unchallengedBasic = unchallengedBasic();
    return facts;
}

// "Retry failed request" with the status among the retry codes: the same request again after a bounded
// back-off (or the server's Retry-After, within the same bound), each attempt listed in the result.
bool RequestEngine::retryLater(QNetworkReply *reply, int status)
{
    if (!RequestPlan::shouldRetry(m_settings.request, status, m_now.attempt))
        return false;
    const int delay = RequestPlan::retryDelayMs(m_now.attempt, reply->rawHeader("Retry-After"));
    ++m_now.attempt;
    m_now.result.retries.append(RequestEngine::tr("Attempt %1 answered %2 %3; tried again after %4 s.")
                                    .arg(m_now.attempt)
                                    .arg(status)
                                    .arg(QString::fromLatin1(m_now.result.reason))
                                    .arg(QLocale::c().toString(delay / 1000.0, 'g', 3)));
    forgetAnswer();
    m_timeout->stop();
    m_now.waitingToRetry = true;
    m_retry->start(delay);
    return true;
}

void RequestEngine::finishWithCheck(const ResponseTypeCheck &check)
{
    if (m_now.canceled) {
        completeCanceled();
        return;
    }
    m_now.result.type = check.type;
    if (m_settings.request.checkResponseTypeOnTestConnection && !check.problem.isEmpty()) {
        fail(check.problem);
        return;
    }
    if (!check.problem.isEmpty())
        m_now.result.notes.append(check.problem);
    m_now.result.outcome = ConnectionTestResult::Outcome::Succeeded;
    m_now.result.sentence = RequestEngine::tr("Connected: %1 %2, %3, %4 in %5 ms.")
                                .arg(m_now.result.status)
                                .arg(QString::fromLatin1(m_now.result.reason), responseTypeName(check.type),
                                    QLocale::c().formattedDataSize(m_now.result.size))
                                .arg(m_clock.elapsed());
    complete();
}

void RequestEngine::cancel()
{
    if (m_now.waitingToRetry && !m_done) {
        m_retry->stop();
        m_now.waitingToRetry = false;
        completeCanceled();
        return;
    }
    if (m_now.fetchingToken && !m_done) {
        m_tokens->cancel();
        m_now.fetchingToken = false;
        completeCanceled();
        return;
    }
    if (m_done || (!m_reply && !m_check))
        return;
    m_now.canceled = true;
    if (m_reply)
        m_reply->abort();
}

// What came before a cancel is of no use: a canceled big download keeps neither its memory nor its file.
void RequestEngine::completeCanceled()
{
    m_now.result.outcome = ConnectionTestResult::Outcome::Canceled;
    m_now.result.sentence = RequestEngine::tr("The test was canceled.");
    m_now.result.body = QByteArray();
    m_now.result.bodyFile.reset();
    complete();
}

void RequestEngine::fail(const QString &sentence, const QString &detail)
{
    m_now.result.outcome = ConnectionTestResult::Outcome::Failed;
    m_now.result.sentence = sentence;
    if (!detail.isEmpty())
        m_now.result.detail = detail;
    complete();
}

void RequestEngine::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_stall->stop();
    m_retry->stop();
    m_now.waitingToRetry = false;
    m_now.result.millisecondsTotal = m_clock.elapsed();
    if (m_now.result.bodyFile)
        m_now.result.bodyFile->flush();
    const ConnectionTestResult result = m_now.result;
    // Delivered from the event loop: the caller never sees finished() inside start().
    QMetaObject::invokeMethod(
        this,
        [this, result, run = m_run] {
            if (run == m_run)
                emit finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace Qonduit
