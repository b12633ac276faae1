// SPDX-License-Identifier: MIT
#include "requestengine.h"
#include "sampleapiserver.h"
#include "schema/schemapass.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

// A one-gigabyte response from the sample API, end to end: fetched (spilled to a file, never held in
// memory), mapped, and read by the schema pass on a worker thread. Not a timing: it only has to finish
// whole and right.
class TestBigResponse : public QObject
{
    Q_OBJECT

private slots:
    void oneGigabyte_data();
    void oneGigabyte();
};

void TestBigResponse::oneGigabyte_data()
{
    QTest::addColumn<int>("megabytes");
    QTest::newRow("1 GB") << 1024;
}

void TestBigResponse::oneGigabyte()
{
    QFETCH(int, megabytes);
    SampleApiServer server;
    QCOMPARE(server.start().error(), QString());
    ConnectionSettings settings;
    settings.request.url = server.baseUrl().toString() + u"/big?mb=%1"_s.arg(megabytes);
    settings.request.timeoutSeconds = 600;
    RequestEngine engine;
    QSignalSpy fetched(&engine, &RequestEngine::finished);
    engine.start(settings);
    QVERIFY(fetched.wait(600000));
    const auto response = fetched.at(0).at(0).value<ConnectionTestResult>();
    QVERIFY2(response.succeeded(), qPrintable(response.sentence));
    QVERIFY(response.bodyFile); // spilled, not in memory
    QVERIFY(response.bodyFile->size() >= qint64(megabytes) * 1024 * 1024); // the last record is finished

    SchemaJob job;
    QSignalSpy finished(&job, &SchemaJob::finished);
    job.start(response, SchemaOptions {});
    QVERIFY(finished.wait(600000));
    const Schema schema = finished.at(0).at(0).value<Schema>();
    QVERIFY2(schema.problem.isEmpty(), qPrintable(schema.problem.message));
    QCOMPARE(schema.bytesRead, response.bodyFile->size());
    const int orders = schema.indexOf(u"orders");
    QVERIFY(orders >= 0);
    QVERIFY(schema.tables[orders].rows > 1000000);
    QCOMPARE(schema.tables[orders].previewRows.size(), 1000);
    QCOMPARE(schema.tables[schema.indexOf(u"lines")].rows, 2 * schema.tables[orders].rows);
}

QTEST_GUILESS_MAIN(TestBigResponse)
#include "tst_bigresponse.moc"
