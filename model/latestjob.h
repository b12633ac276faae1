// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Qonduit {

// Work off the owner's thread whose deliveries only the latest job makes (after hotspot's JobTracker):
// a job runs on the global thread pool and hands results to the owner's thread through its Reporter;
// start() and drop() make every earlier job's deliveries vanish, stop() asks the running job to end
// early (it still delivers what it has). Used for the schema pass, the page walker's parses and the body
// view's formatting, so that the three agree on what "cancel" and "replaced" mean.
class LatestJob
{
public:
    // What a job is given: whether it was asked to stop, and the way to the owner's thread.
    class Reporter
    {
    public:
        bool stopRequested() const { return m_stop->load(); }
        const std::atomic_bool *stopFlag() const { return m_stop.get(); }
        // Runs `deliver` on the owner's thread, unless the owner is gone or a later job has started.
        template<typename Deliver>
        void post(Deliver deliver) const
        {
            if (!m_context)
                return; // the owner is gone (one that goes meanwhile takes its posted events along)
            QMetaObject::invokeMethod(
                m_context.data(),
                [latest = m_latest, job = m_job, deliver = std::move(deliver)]() mutable {
                    if (latest->load() == job)
                        deliver();
                },
                Qt::QueuedConnection);
        }

    private:
        friend class LatestJob;
        QPointer<QObject> m_context;
        std::shared_ptr<std::atomic<quint64>> m_latest;
        quint64 m_job = 0;
        std::shared_ptr<std::atomic_bool> m_stop;
    };

    // Deliveries go to `context`'s thread, and only while it lives.
    explicit LatestJob(QObject *context)
        : m_context(context)
    {
    }
    ~LatestJob()
    {
        stop();
        drop();
    }
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    // `work(const Reporter &)` on the thread pool; the job before it, if any, is stopped and dropped.
    template<typename Work>
    void start(Work work)
    {
        stop();
        Reporter reporter;
        reporter.m_context = m_context;
        reporter.m_latest = m_latest;
        reporter.m_job = ++*m_latest;
        reporter.m_stop = m_stop = std::make_shared<std::atomic_bool>(false);
        QThreadPool::globalInstance()->start(
            [work = std::move(work), reporter = std::move(reporter)]() mutable { work(reporter); });
    }
    // Asks the running job to end early; what it delivers still arrives.
    void stop()
    {
        if (m_stop)
            m_stop->store(true);
    }
    // Nothing the jobs started so far deliver arrives any more.
    void drop() { ++*m_latest; }

private:
    QPointer<QObject> m_context;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace Qonduit
