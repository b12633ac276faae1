// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"
#include "publish/publishrequest.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Qonduit {

struct PublishResult
{
    enum class Outcome { Created, Failed };
    Outcome outcome = Outcome::Failed;
    int status = 0;
    QString sentence; // for a person: what happened and what to do
    QString id; // of the created connection
    QString connectStatement; // Qlik Cloud's qConnectStatement
    QByteArray body;
    bool succeeded() const { return outcome == Outcome::Created; }
};

struct SpaceList
{
    QList<std::pair<QString, QString>> spaces; // id, name
    QString problem;
};

// Creates the connection in Qlik Cloud or Qlik Sense Enterprise (docs/qlik-formats.md section 4) and says how
// it went: 401, 403, 409 and 429 each with their own sentence. The request is built by publishrequest.h, so
// a dry run shows exactly what this sends.
class Publisher : public QObject
{
    Q_OBJECT

public:
    explicit Publisher(QObject *parent = nullptr);
    ~Publisher() override;

    // The request publish() would send, with a new xrfkey for QRS, or why there is none.
    static Expected<PublishRequest, QString> requestFor(
        const ConnectionSettings &settings, const PublishTarget &target);
    // Every request publish() sends, in order: with a token first [ours], the token connection
    // "<name> (token)" before the data connection, its secrets masked in a dry run.
    static Expected<QList<PublishRequest>, QString> requestsFor(
        const ConnectionSettings &settings, const PublishTarget &target);
    static QString sentenceFor(
        PublishTarget::Kind kind, int status, const QString &name, const QByteArray &body);

    void publish(const ConnectionSettings &settings, const PublishTarget &target);
    void listSpaces(const PublishTarget &target);
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void finished(const Qonduit::PublishResult &result);
    void spacesListed(const Qonduit::SpaceList &spaces);

private:
    Expected<QNetworkReply *, QString> send(const PublishRequest &request, const PublishTarget &target);
    struct Step
    {
        ConnectionSettings settings;
        PublishTarget target;
    };
    static QList<Step> stepsFor(const ConnectionSettings &settings, const PublishTarget &target);
    void publishSteps(QList<Step> steps, QStringList created);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Qonduit
