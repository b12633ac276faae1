// SPDX-License-Identifier: MIT
#pragma once

#include "sampleapiserver.h"

#include <QThread>
#include <QUrl>

namespace Qonduit::Testing {

// The sample API on a thread of its own: it answers while the test's thread is busy or blocked, as a
// real server does (one on the test's thread only sends when the client's event loop lets it).
class ThreadedSampleApi
{
public:
    ThreadedSampleApi()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~ThreadedSampleApi()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ThreadedSampleApi(const ThreadedSampleApi &) = delete;
    ThreadedSampleApi &operator=(const ThreadedSampleApi &) = delete;

    // Listens on 127.0.0.1, or says why it cannot.
    Expected<void, QString> start()
    {
        Expected<void, QString> started;
        QMetaObject::invokeMethod(
            &m_context,
            [this, &started] {
                m_server = new SampleApiServer;
                started = m_server->start();
                if (!started) {
                    delete m_server;
                    m_server = nullptr;
                }
            },
            Qt::BlockingQueuedConnection);
        return started;
    }
    QString baseUrl() const { return m_server ? m_server->baseUrl().toString() : QString(); }

private:
    QThread m_thread;
    QObject m_context;
    SampleApiServer *m_server = nullptr;
};

} // namespace Qonduit::Testing
