// SPDX-License-Identifier: MIT
// The request engine on a thread of its own, as the dialog and the page walker use it.
#include "backgroundrequest.h"
#include "sampleapiserver.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qonduit;
using namespace Qt::StringLiterals;

class TestBackgroundRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void receivesWhileTheCallerIsBusy_data();
    void receivesWhileTheCallerIsBusy();
    void onlyTheLatestRunIsDelivered();
    void cancel();

private:
    // The sample API on a thread of its own: it answers while this thread is blocked, as a real one does.
    QThread m_serverThread;
    QObject m_serverContext;
    SampleApiServer *m_server = nullptr;
};

void TestBackgroundRequest::initTestCase()
{
    m_serverThread.start();
    m_serverContext.moveToThread(&m_serverThread);
    QString error;
    QMetaObject::invokeMethod(
        &m_serverContext,
        [&] {
            m_server = new SampleApiServer;
            if (!m_server->start(0, nullptr, &error)) {
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    QVERIFY2(m_server, qPrintable(error));
}

void TestBackgroundRequest::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        &m_serverContext, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

void TestBackgroundRequest::receivesWhileTheCallerIsBusy_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("8 MB, in memory") << u"/big?mb=8"_s;
    QTest::newRow("40 MB, spilled to a file") << u"/big?mb=40"_s;
}

// The class of defect behind a frozen window: the body received on the thread that started the test.
// Here that thread sleeps for seconds after start(); the whole body arrives meanwhile, which it could not
// if receiving it needed this thread.
void TestBackgroundRequest::receivesWhileTheCallerIsBusy()
{
    QFETCH(QString, path);
    BackgroundRequest request;
    QSignalSpy finished(&request, &BackgroundRequest::finished);
    ConnectionSettings settings;
    settings.request.url = m_server->baseUrl().toString() + path;
    request.start(settings);
    QVERIFY(request.isRunning());
    QThread::msleep(6000);
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<ConnectionTestResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.sentence));
    QVERIFY2(result.millisecondsTotal < 6000, qPrintable(QString::number(result.millisecondsTotal)));
    QVERIFY(result.size >= 8 * 1024 * 1024);
    QVERIFY(!request.isRunning());
}

void TestBackgroundRequest::onlyTheLatestRunIsDelivered()
{
    BackgroundRequest request;
    QSignalSpy finished(&request, &BackgroundRequest::finished);
    ConnectionSettings slow;
    slow.request.url = m_server->baseUrl().toString() + u"/fault/slow?ms=1500"_s;
    ConnectionSettings quick;
    quick.request.url = m_server->baseUrl().toString() + u"/orders"_s;
    request.start(slow);
    request.start(quick);
    QVERIFY(finished.wait(10000));
    QTest::qWait(2500); // the slow run's answer would have come meanwhile
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<ConnectionTestResult>();
    QCOMPARE(result.finalUrl.path(), u"/orders"_s);
}

void TestBackgroundRequest::cancel()
{
    BackgroundRequest request;
    QSignalSpy finished(&request, &BackgroundRequest::finished);
    ConnectionSettings settings;
    settings.request.url = m_server->baseUrl().toString() + u"/fault/slow?ms=10000"_s;
    request.start(settings);
    QTest::qWait(200);
    request.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ConnectionTestResult>().outcome,
        ConnectionTestResult::Outcome::Canceled);
}

QTEST_GUILESS_MAIN(TestBackgroundRequest)
#include "tst_backgroundrequest.moc"
