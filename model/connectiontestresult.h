// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "responsetype.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

#include <memory>

namespace Qonduit {

struct TlsDetails
{
    QString protocol;
    QString subject;
    QString issuer;
    QDateTime expiry;
    QStringList errors; // what was wrong with the server's certificate, even when validation was skipped
};

// What "Test connection" found: one plain sentence for a person, the technical detail, and everything
// the details pane shows.
struct ConnectionTestResult
{
    enum class Outcome { Succeeded, Failed, Canceled };

    Outcome outcome = Outcome::Failed;
    QString sentence;
    QString detail;
    int status = 0; // HTTP status; 0 when no response came
    QByteArray reason;
    QUrl finalUrl;
    QList<QUrl> redirects; // each URL the request was redirected to, in order
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 size = 0;
    ResponseType type = ResponseType::Unknown;
    qint64 millisecondsToFirstByte = -1;
    qint64 millisecondsTotal = 0;
    TlsDetails tls;
    QStringList notes; // what the test could not do as the connection says, credentials withheld, ...
    // Each attempt that failed with a retry code and was tried again ("Retry failed request"), in order.
    QStringList retries;
    // A query header that would make the request succeed as Qlik users make it (Authorization: Basic
    // for a server that never asks); secret, empty name when there is none.
    NameValue suggestedHeader;
    QByteArray body; // the whole body, or its first part when it was spilled to a file
    std::shared_ptr<QTemporaryFile> bodyFile; // the whole body when it was larger than the memory limit

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    // "OK 200 JSON 1234" or "FAILED <sentence>": the first line of `qonduit-cli test`.
    QString summaryLine() const;
    // The Content-Type header's value, empty when there is none.
    QByteArray contentType() const;
    // The detail worth showing beside the sentence and the status line: empty when it only repeats
    // either (an HTTP failure's detail is its reason phrase).
    QString extraDetail() const;
};

} // namespace Qonduit
