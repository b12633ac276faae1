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
    void undo_data();
    void undo();
    void undoIsBounded();
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

// Steps: e:URL an edit on its own, t:URL typing in the URL field, o:URL typing in another field,
// u undo, r redo, s save, l:URL opened (loaded).
void TestConnectionDocument::undo_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("canUndo");
    QTest::addColumn<bool>("canRedo");
    QTest::addColumn<bool>("modified");
    QTest::newRow("nothing to undo after open")
        << QStringList {u"l:a"_s} << u"a"_s << false << false << false;
    QTest::newRow("undo an edit") << QStringList {u"l:a"_s, u"e:b"_s, u"u"_s} << u"a"_s << false << true
                                  << false;
    QTest::newRow("redo it") << QStringList {u"l:a"_s, u"e:b"_s, u"u"_s, u"r"_s} << u"b"_s << true << false
                             << true;
    QTest::newRow("typing in one field is one step")
        << QStringList {u"l:a"_s, u"t:ab"_s, u"t:abc"_s, u"t:abcd"_s, u"u"_s} << u"a"_s << false << true
        << false;
    QTest::newRow("another field is another step")
        << QStringList {u"l:a"_s, u"t:ab"_s, u"o:abx"_s, u"u"_s} << u"ab"_s << true << true << true;
    QTest::newRow("edits without a group never merge")
        << QStringList {u"l:a"_s, u"e:b"_s, u"e:c"_s, u"u"_s} << u"b"_s << true << true << true;
    QTest::newRow("typing after an undo is a new step")
        << QStringList {u"l:a"_s, u"t:ab"_s, u"u"_s, u"t:ax"_s, u"t:axy"_s, u"u"_s} << u"a"_s << false
        << true << false;
    QTest::newRow("a new edit drops the redo")
        << QStringList {u"l:a"_s, u"e:b"_s, u"u"_s, u"e:c"_s} << u"c"_s << true << false << true;
    QTest::newRow("an unchanged edit is no step")
        << QStringList {u"l:a"_s, u"e:a"_s} << u"a"_s << false << false << true;
    QTest::newRow("back at the saved state is unmodified")
        << QStringList {u"l:a"_s, u"e:b"_s, u"s"_s, u"e:c"_s, u"u"_s} << u"b"_s << true << true << false;
    QTest::newRow("before the saved state is modified")
        << QStringList {u"l:a"_s, u"e:b"_s, u"s"_s, u"u"_s} << u"a"_s << false << true << true;
    QTest::newRow("opening forgets the steps")
        << QStringList {u"l:a"_s, u"e:b"_s, u"e:c"_s, u"l:z"_s, u"u"_s} << u"z"_s << false << false << false;
    QTest::newRow("undo with nothing to undo changes nothing")
        << QStringList {u"l:a"_s, u"u"_s, u"r"_s} << u"a"_s << false << false << false;
}

void TestConnectionDocument::undo()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, url);
    QFETCH(bool, canUndo);
    QFETCH(bool, canRedo);
    QFETCH(bool, modified);
    ConnectionDocument document;
    QSignalSpy undoState(&document, &ConnectionDocument::undoStateChanged);
    const auto withUrl = [](const QString &value) {
        ConnectionSettings settings = sample();
        settings.request.url = value;
        return settings;
    };
    for (const QString &step : std::as_const(steps)) {
        const QString value = step.mid(2);
        if (step.startsWith(u"l:"))
            document.load(withUrl(value));
        else if (step.startsWith(u"e:"))
            document.edit(withUrl(value));
        else if (step.startsWith(u"t:"))
            document.edit(withUrl(value), u"request.url"_s);
        else if (step.startsWith(u"o:"))
            document.edit(withUrl(value), u"name"_s);
        else if (step == u"u")
            document.undo();
        else if (step == u"r")
            document.redo();
        else if (step == u"s")
            QVERIFY(document.save(m_dir.filePath(u"undo.qonduit"_s)));
    }
    QCOMPARE(document.settings().request.url, url);
    QCOMPARE(document.canUndo(), canUndo);
    QCOMPARE(document.canRedo(), canRedo);
    QCOMPARE(document.isModified(), modified);
    QVERIFY(undoState.count() > 0);
}

void TestConnectionDocument::undoIsBounded()
{
    ConnectionDocument document;
    document.load(sample());
    const std::size_t edits = ConnectionDocument::MaxUndoSteps + 20;
    for (std::size_t i = 0; i < edits; ++i) {
        ConnectionSettings settings = sample();
        settings.request.url = QString::number(i);
        document.edit(settings);
    }
    std::size_t undone = 0;
    while (const auto settings = document.undo()) {
        ++undone;
        // After undone steps the URL is the one edit number edits - 1 - undone made.
        QCOMPARE(settings->request.url, QString::number(qulonglong(edits - 1 - undone)));
    }
    QCOMPARE(undone, ConnectionDocument::MaxUndoSteps);
    QVERIFY(document.isModified()); // the oldest steps are gone: this is not what was opened
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
    QTest::newRow("statement in a text file")
        << QByteArray("CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://a.example/;\";\n")
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
