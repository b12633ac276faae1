// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace Qonduit {

// Where a connection is published, and how Qonduit signs in there.
struct PublishTarget
{
    enum class Kind { Cloud, Qrs };
    Kind kind = Kind::Cloud;
    QUrl server; // https://tenant.eu.qlikcloud.com, or https://sense.example.com:4242
    QString name; // the data connection's name
    QString spaceId; // Cloud
    QString token; // Cloud: API key or OAuth bearer token; secret
    // What a dry run without a token shows in its place: where the token goes, with nothing to hide.
    static constexpr QStringView TokenPlaceholder = u"<token>";
    QString headerUser; // QRS through the proxy: "UserDirectory=INTERNAL; UserId=sa_api"
    QString pfxPath; // QRS on 4242: the client certificate
    QString pfxPassword; // secret
};

// One HTTP request, as it will be sent: what a dry run shows.
struct PublishRequest
{
    QByteArray method = "POST";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<QByteArray> secretHeaders; // names whose values a dry run masks
    QStringList secretBodyFields; // JSON fields whose values a dry run masks
    QStringList secretTexts; // text a dry run masks wherever it stands (a token request's secrets)

    // The request as text: request line, headers, blank line, body; secrets as ******** unless asked.
    QString describe(bool showSecrets = false) const;
    // The same as a curl command line; secrets as shell variables unless asked.
    QString curl(bool showSecrets = false) const;

private:
    QString masked(QString text) const;
};

// Qlik Cloud (docs/qlik-formats.md 4): connectionProperties with the connection-string keys as strings,
// lists as [{"name", "value"}] (an Authorization header encrypted), the credentials, certificates the
// cloud way. `pfx` holds the client certificate file when the connection uses one.
QJsonObject cloudConnectionProperties(const ConnectionSettings &settings, const QByteArray &pfx = {});
PublishRequest cloudRequest(
    const ConnectionSettings &settings, const PublishTarget &target, const QByteArray &pfx = {});
PublishRequest cloudSpacesRequest(const PublishTarget &target);

// Qlik Sense Enterprise (docs/qlik-formats.md 4): POST /qrs/dataconnection with a fresh xrfkey in query and
// header.
PublishRequest qrsRequest(
    const ConnectionSettings &settings, const PublishTarget &target, const QString &xrfkey);
// 16 characters from [a-zA-Z0-9], new for every request.
QString newXrfKey();

} // namespace Qonduit
