// Runs the fuzzer's checks on its seed corpus and on deterministic mutations of it, so that every
// ./test exercises what the fuzzer guards, with no clang needed.
#include "connectioninputcheck.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

void TestFuzzReplay::corpus_data()
{
    QTest::addColumn<QByteArray>("input");
    const QDir corpus(QStringLiteral(QONDUIT_CORPUS));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    QList<QByteArray> seeds;
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        seeds.append(file.readAll());
        QTest::newRow(qPrintable(name)) << seeds.last();
    }
    // Mutations that matter to this format: the special characters, cuts and splices.
    const QByteArray special = "%;=12\"' \n\0\xff{}[]";
    QRandomGenerator random(424242);
    for (int row = 0; row < 3000; ++row) {
        QByteArray input = seeds[random.bounded(int(seeds.size()))];
        const int edits = random.bounded(1, 6);
        for (int e = 0; e < edits && !input.isEmpty(); ++e) {
            const int at = random.bounded(int(input.size()));
            switch (random.bounded(4)) {
            case 0:
                input[at] = special[random.bounded(int(special.size()))];
                break;
            case 1:
                input.insert(at, special[random.bounded(int(special.size()))]);
                break;
            case 2:
                input.truncate(at);
                break;
            default:
                input.insert(at, seeds[random.bounded(int(seeds.size()))].left(random.bounded(1, 40)));
                break;
            }
        }
        QTest::addRow("mutation %d", row) << input;
    }
}

void TestFuzzReplay::corpus()
{
    QFETCH(QByteArray, input);
    const QString problem = checkConnectionInput(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
