// SPDX-License-Identifier: MIT
// The file side of the connection being edited, without a window: open, save, modified, drafts, recent.
#include "connectiondocument.h"
#include "connectionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

ConnectionSettings sample()
{
    ConnectionSettings settings;
    settings.name = u"Orders"_s;
    settings.request.url = u"https://api.example.com/v1/orders"_s;
    settings.authentication.schema = AuthSchema::Basic;
    settings.authentication.userName = u"ann"_s;
    settings.authentication.password = u"hunter2"_s;
    return settings;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestConnectionDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editMakesModifiedAndLoadDoesNot();
    void open_data();
    void open();
    void saveWritesNoSecret();
    void saveFailureKeepsState();
    void draftFollowsEditsAndEnds();
    void brokenDraftIsReported();
    void recentFilesAreUniqueAndBounded();

private:
    QTemporaryDir m_dir;
};

void TestConnectionDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConnectionDocument::init()
{
    QSettings().clear();
    QFile::remove(ConnectionDocument::draftPath());
}

void TestConnectionDocument::editMakesModifiedAndLoadDoesNot()
{
    ConnectionDocument document;
    QSignalSpy modified(&document, &ConnectionDocument::modifiedChanged);
    document.load(sample());
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 0);
    document.edit(sample());
    QVERIFY(document.isModified());
    document.edit(sample()); // said once, not per keystroke
    QCOMPARE(modified.count(), 1);
    document.load(ConnectionSettings());
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(document.displayName(), QString());
}

void TestConnectionDocument::open_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<bool>("isConnectionFile");
    QTest::addColumn<QString>("error"); // a part of it

    QTest::newRow(".qonduit file") << ConnectionFile::write(sample()) << u"orders.qonduit"_s << true << true
                                   << QString();
    QTest::newRow("statement in a text file") << QByteArray(
        "CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://a.example/;\";\n")
                                              << u"script.qvs"_s << true << false << QString();
    QTest::newRow("bare string") << QByteArray("provider=QvRestConnector.exe;url=https://a.example/;")
                                 << u"string.txt"_s << true << false << QString();
    QTest::newRow("truncated JSON") << ConnectionFile::write(sample()).left(40) << u"cut.qonduit"_s << false
                                    << false << u"Cannot read"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11) << u"bin.qonduit"_s << false << false
                            << u"Cannot read"_s;
    QTest::newRow("missing") << QByteArray() << QString() << false << false << u"Cannot open"_s;
}

void TestConnectionDocument::open()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(bool, opens);
    QFETCH(bool, isConnectionFile);
    QFETCH(QString, error);

    const QString path = m_dir.filePath(fileName.isEmpty() ? u"does-not-exist.qonduit"_s : fileName);
    if (!fileName.isEmpty())
        QVERIFY(writeFile(path, bytes));
    ConnectionDocument document;
    document.load(sample());
    document.edit(sample());
    const auto opened = document.open(path);
    QCOMPARE(bool(opened), opens);
    if (!opens) {
        QVERIFY2(opened.error().contains(error) && opened.error().contains(path), qPrintable(opened.error()));
        // Nothing lost: the document still holds its unsaved work.
        QVERIFY(document.isModified());
        QCOMPARE(document.settings().name, sample().name);
        QVERIFY(ConnectionDocument::recentFiles().isEmpty());
        return;
    }
    QCOMPARE(opened.value().isConnectionFile, isConnectionFile);
    QVERIFY(!document.isModified());
    QCOMPARE(document.settings(), opened.value().settings);
    // A statement opened from a text file is saved as a new file, never over the text.
    QCOMPARE(document.filePath(), isConnectionFile ? path : QString());
    QCOMPARE(ConnectionDocument::recentFiles(), QStringList {path});
}

void TestConnectionDocument::saveWritesNoSecret()
{
    ConnectionDocument document;
    document.edit(sample());
    const QString path = m_dir.filePath(u"saved.qonduit"_s);
    QVERIFY(document.save(path));
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("api.example.com"));
    QVERIFY(!bytes.contains("hunter2"));
    QCOMPARE(document.displayName(), u"Orders"_s);
}

void TestConnectionDocument::saveFailureKeepsState()
{
    ConnectionDocument document;
    document.edit(sample());
    const auto saved = document.save(m_dir.filePath(u"no/such/folder/x.qonduit"_s));
    QVERIFY(!saved);
    QVERIFY2(saved.error().startsWith(u"Cannot save"_s), qPrintable(saved.error()));
    QVERIFY(document.isModified());
    QCOMPARE(document.filePath(), QString());
}

void TestConnectionDocument::draftFollowsEditsAndEnds()
{
    ConnectionDocument document;
    document.load(sample());
    QTest::qWait(1000);
    QVERIFY(!QFile::exists(ConnectionDocument::draftPath())); // loading is not unsaved work
    document.edit(sample());
    QTRY_VERIFY(QFile::exists(ConnectionDocument::draftPath()));
    const auto draft = ConnectionDocument::leftDraft();
    QVERIFY(draft && *draft);
    QCOMPARE(draft->value().request.url, sample().request.url);
    QVERIFY(draft->value().authentication.password.isEmpty()); // never a password in a draft
    document.endDraft();
    QVERIFY(!QFile::exists(ConnectionDocument::draftPath()));
    QVERIFY(!ConnectionDocument::leftDraft());
}

void TestConnectionDocument::brokenDraftIsReported()
{
    QVERIFY(QDir().mkpath(QFileInfo(ConnectionDocument::draftPath()).path()));
    QVERIFY(writeFile(ConnectionDocument::draftPath(), "{\"request\": "));
    const auto draft = ConnectionDocument::leftDraft();
    QVERIFY(draft);
    QVERIFY(!*draft);
    QVERIFY(!draft->error().isEmpty());
    QVERIFY(QFile::exists(ConnectionDocument::draftPath())); // kept for the user to look at
}

void TestConnectionDocument::recentFilesAreUniqueAndBounded()
{
    ConnectionDocument document;
    document.load(sample());
    QStringList saved;
    for (int i = 0; i < ConnectionDocument::MaxRecentFiles + 2; ++i) {
        const QString path = m_dir.filePath(u"r%1.qonduit"_s.arg(i));
        QVERIFY(document.save(path));
        saved.prepend(path);
    }
    QVERIFY(document.save(saved.at(3))); // r6 again
    const QStringList recent = ConnectionDocument::recentFiles();
    QCOMPARE(recent.size(), ConnectionDocument::MaxRecentFiles);
    QCOMPARE(recent.first(), saved.at(3)); // saved again: first, and only once
    QCOMPARE(recent.count(saved.at(3)), 1);
    QVERIFY(!recent.contains(saved.last())); // the oldest fell off
}

QTEST_GUILESS_MAIN(TestConnectionDocument)
#include "tst_connectiondocument.moc"
