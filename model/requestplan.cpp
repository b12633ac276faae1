// SPDX-License-Identifier: MIT
#include "requestplan.h"

#include "messagecontext.h"

#include <QDateTime>
#include <QStringEncoder>
#include <QUrlQuery>

namespace Qonduit {

QUrl RequestPlan::withMissingParameters(QUrl url, const QList<NameValue> &parameters)
{
    QUrlQuery query(url);
    for (const NameValue &parameter : parameters) {
        if (!query.hasQueryItem(parameter.name))
            query.addQueryItem(parameter.name, parameter.value);
    }
    url.setQuery(query);
    return url;
}

QString RequestPlan::hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.host().toLower() + u':' + QString::number(port);
}

bool RequestPlan::mayFollow(const QUrl &url, const QUrl &origin, const QList<NameValue> &whitelist)
{
    if (hostAndPort(url) == hostAndPort(origin) && url.scheme() == origin.scheme())
        return true;
    for (const NameValue &entry : whitelist) {
        const QUrl allowed(entry.value.trimmed());
        if (hostAndPort(allowed) == hostAndPort(url) && allowed.scheme() == url.scheme()
            && url.path().startsWith(allowed.path()))
            return true;
    }
    return false;
}

Expected<RequestPlan, QString> RequestPlan::fromSettings(const ConnectionSettings &settings)
{
    const RequestSettings &request = settings.request;
    RequestPlan plan;
    plan.url = QUrl(request.url.trimmed(), QUrl::StrictMode);
    if (!plan.url.isValid() || plan.url.host().isEmpty())
        return Messages::RequestPlan::tr("The URL \"%1\" is not a valid URL.").arg(request.url);
    const QString scheme = plan.url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Messages::RequestPlan::tr("The URL must start with http:// or https://.");
    if (settings.security.allowHttpsOnly && scheme != u"https")
        return Messages::RequestPlan::tr(
            "\"Allow HTTPS only\" is on and the URL is not https: nothing was sent.");

    // The form's parameters go after the URL's own; a name the form repeats replaces the URL's value.
    QUrlQuery query(plan.url);
    for (const NameValue &parameter : settings.queryParameters) {
        query.removeAllQueryItems(parameter.name);
        query.addQueryItem(parameter.name, parameter.value);
    }
    plan.url.setQuery(query);

    plan.method = request.method == HttpMethod::Post ? "POST" : "GET";
    for (const NameValue &header : settings.queryHeaders)
        plan.headers.append({header.name.toUtf8(), header.value.toUtf8()});

    if (request.method == HttpMethod::Post) {
        QStringEncoder encoder(request.bodyEncoding.toUtf8().constData(), QStringConverter::Flag::Stateless);
        if (!encoder.isValid())
            return Messages::RequestPlan::tr("The body encoding \"%1\" is not one Qonduit knows.")
                .arg(request.bodyEncoding);
        plan.body = encoder.encode(request.requestBody);
        if (request.sendExpect100Continue)
            plan.headers.emplaceBack("Expect", "100-continue");
    }
    if (request.httpProtocol == HttpProtocol::Http10) {
        plan.notes.append(Messages::RequestPlan::tr(
            "Qonduit cannot send HTTP/1.0 (Qt speaks 1.1 only): the test used HTTP/1.1. "
            "The connection keeps HTTP 1.0 for Qlik."));
        if (!request.keepAlive)
            plan.headers.emplaceBack("Connection", "close");
    }
    return plan;
}

} // namespace Qonduit

namespace Qonduit {

Expected<QList<int>, QString> RequestPlan::retryCodes(const QString &text)
{
    QList<int> codes;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = item.trimmed().toInt(&ok);
        if (!ok || code < 100 || code > 599) {
            return Messages::RequestPlan::tr(
                "Retry codes are HTTP statuses from 100 to 599 joined by commas; \"%1\" is not one.")
                .arg(item.trimmed());
        }
        codes.append(code);
    }
    return codes;
}

bool RequestPlan::shouldRetry(const RequestSettings &request, int status, int attempt)
{
    if (!request.retryFailedRequest || attempt >= MaxRetries)
        return false;
    const auto codes = retryCodes(request.retryCodes);
    return codes && codes.value().contains(status);
}

std::optional<int> RequestPlan::retryAfterSeconds(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return std::nullopt;
}

int RequestPlan::retryDelayMs(int attempt, const QByteArray &retryAfter)
{
    if (const std::optional<int> seconds = retryAfterSeconds(retryAfter))
        return std::min<qint64>(qint64(*seconds) * 1000, MaxRetryDelayMs);
    return std::min(1000 << std::min(attempt, 10), MaxRetryDelayMs);
}

} // namespace Qonduit
