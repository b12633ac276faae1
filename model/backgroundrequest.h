// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectiontestresult.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Qonduit {

class RequestEngine;

// The request engine on a thread of its own: what a window uses, so that receiving a body (reading a
// gigabyte from the network, writing it to a file) never takes a turn of the GUI thread. The same
// start, cancel and signals as RequestEngine; a result of a run that was replaced never arrives.
class BackgroundRequest : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundRequest(QObject *parent = nullptr);
    ~BackgroundRequest() override;

    void start(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
    // As RequestEngine's; for the runs started after it.
    void setReuseConnections(bool reuse);

signals:
    void progress(qint64 received, qint64 total);
    void finished(const Qonduit::ConnectionTestResult &result);

private:
    QThread m_thread;
    RequestEngine *m_engine; // lives on m_thread
    quint64 m_run = 0; // the run this side waits for
    std::atomic<quint64> m_engineRun {0}; // the run the engine is on, set on its thread
    bool m_running = false;
};

} // namespace Qonduit
