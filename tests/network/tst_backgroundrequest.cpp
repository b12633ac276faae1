// SPDX-License-Identifier: MIT
// The request engine on a thread of its own, as the dialog and the page walker use it.
#include "backgroundrequest.h"
#include "threadedsampleapi.h"

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
    void receivesWhileTheCallerIsBusy_data();
    void receivesWhileTheCallerIsBusy();
    void onlyTheLatestRunIsDelivered();
    void cancel();

private:
    Testing::ThreadedSampleApi m_server; // answers while this thread is blocked
};

void TestBackgroundRequest::initTestCase()
{
    QCOMPARE(m_server.start().error(), QString());
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
    settings.request.url = m_server.baseUrl() + path;
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
    slow.request.url = m_server.baseUrl() + u"/fault/slow?ms=1500"_s;
    ConnectionSettings quick;
    quick.request.url = m_server.baseUrl() + u"/orders"_s;
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
    settings.request.url = m_server.baseUrl() + u"/fault/slow?ms=10000"_s;
    request.start(settings);
    QTest::qWait(200);
    request.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ConnectionTestResult>().outcome,
        ConnectionTestResult::Outcome::Canceled);
}

QTEST_GUILESS_MAIN(TestBackgroundRequest)
#include "tst_backgroundrequest.moc"
