// SPDX-License-Identifier: MIT
// Runs the fuzzer's checks on its seed corpus and on deterministic mutations of it, so that every
// ./test exercises what the fuzzer guards, with no clang needed.
#include "connectioninputcheck.h"
#include "curlimportcheck.h"
#include "responseparsercheck.h"

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

namespace {

// The seed files of one corpus, and deterministic mutations of them that matter to these formats: the
// special characters, cuts and splices.
void addCorpusRows(const QString &name, const QByteArray &special)
{
    const QDir corpus(QStringLiteral(QONDUIT_CORPUS) + u'/' + name);
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    QList<QByteArray> seeds;
    for (const QString &file : files) {
        QFile in(corpus.filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        seeds.append(in.readAll());
        QTest::addRow("%s/%s", qPrintable(name), qPrintable(file)) << name << seeds.last();
    }
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
        QTest::addRow("%s mutation %d", qPrintable(name), row) << name << input;
    }
}

} // namespace

void TestFuzzReplay::corpus_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("input");
    // Arrays, so that their sizes count the NUL bytes inside and nothing past the end.
    static const char connectionSpecial[] = "%;=12\"' \n\0\xff{}[]";
    static const char curlSpecial[] = "'\"$\\^ \n\r-:@=&?\0\xff";
    addCorpusRows(
        QStringLiteral("connectionstring"), QByteArray(connectionSpecial, sizeof connectionSpecial - 1));
    addCorpusRows(QStringLiteral("curl"), QByteArray(curlSpecial, sizeof curlSpecial - 1));
    static const char responseSpecial[] = "{}[]<>/\"',;:\t\n\r\\&!-\0\xef\xbb\xbf\xff";
    addCorpusRows(QStringLiteral("response"), QByteArray(responseSpecial, sizeof responseSpecial - 1));
}

void TestFuzzReplay::corpus()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, input);
    const QString problem = target == u"curl" ? checkCurlImport(input)
        : target == u"response"               ? checkResponseParsers(input)
                                              : checkConnectionInput(input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
