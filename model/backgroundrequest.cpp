// SPDX-License-Identifier: MIT
#include "backgroundrequest.h"

#include "requestengine.h"

namespace Qonduit {

BackgroundRequest::BackgroundRequest(QObject *parent)
    : QObject(parent)
    , m_engine(new RequestEngine)
{
    m_thread.setObjectName(QStringLiteral("Qonduit request"));
    m_engine->moveToThread(&m_thread);
    // On the engine's thread each signal is stamped with the run it belongs to, and delivered here only
    // if that is still the run this side waits for.
    connect(
        m_engine, &RequestEngine::progress, m_engine,
        [this](qint64 received, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, run = m_engineRun.load(), received, total] {
                    if (run == m_run && m_running)
                        emit progress(received, total);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    connect(
        m_engine, &RequestEngine::finished, m_engine,
        [this](const ConnectionTestResult &result) {
            QMetaObject::invokeMethod(
                this,
                [this, run = m_engineRun.load(), result] {
                    if (run != m_run || !m_running)
                        return;
                    m_running = false;
                    emit finished(result);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    m_thread.start();
}

BackgroundRequest::~BackgroundRequest()
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundRequest::start(const ConnectionSettings &settings)
{
    const quint64 run = ++m_run;
    m_running = true;
    QMetaObject::invokeMethod(m_engine, [this, run, settings] {
        m_engineRun = run;
        m_engine->start(settings);
    });
}

void BackgroundRequest::cancel()
{
    QMetaObject::invokeMethod(m_engine, &RequestEngine::cancel);
}

void BackgroundRequest::setReuseConnections(bool reuse)
{
    QMetaObject::invokeMethod(m_engine, [this, reuse] { m_engine->setReuseConnections(reuse); });
}

} // namespace Qonduit
