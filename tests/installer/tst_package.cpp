// Builds the .deb with cpack, lists it, unpacks it and runs what was unpacked.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Output
{
    int exitCode = -1;
    QString text;
};

Output run(
    const QString &program, const QStringList &arguments, const QString &folder = {}, int timeout = 300000)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(timeout))
        return {-1, process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll())};
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contents_data();
    void contents();
    void declaresItsDependencies_data();
    void declaresItsDependencies();
    void unpackedCliRuns();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_listing;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Output cpack = run(u"cpack"_s,
        {u"--config"_s, QStringLiteral(QONDUIT_BUILD_DIR "/CPackConfig.cmake"), u"-G"_s, u"DEB"_s, u"-B"_s,
            m_dir.path()},
        QStringLiteral(QONDUIT_BUILD_DIR));
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.text));
    const QStringList debs = QDir(m_dir.path()).entryList({u"*.deb"_s});
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(debs.first());
    QVERIFY2(debs.first().startsWith(u"qonduit_" QONDUIT_VERSION ""_s), qPrintable(debs.first()));
    const Output listing = run(u"dpkg-deb"_s, {u"-c"_s, m_deb});
    QCOMPARE(listing.exitCode, 0);
    m_listing = listing.text;
}

void TestPackage::contents_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : {u"./usr/bin/qonduit"_s, u"./usr/bin/qonduit-cli"_s,
             u"./usr/share/applications/io.qonduit.Qonduit.desktop"_s,
             u"./usr/share/icons/hicolor/scalable/apps/io.qonduit.Qonduit.svg"_s,
             u"./usr/share/metainfo/io.qonduit.Qonduit.metainfo.xml"_s,
             u"./usr/share/mime/packages/io.qonduit.Qonduit.xml"_s})
        QTest::newRow(qPrintable(path)) << path;
}

void TestPackage::contents()
{
    QFETCH(QString, path);
    QVERIFY2(m_listing.contains(u' ' + path + u'\n') || m_listing.endsWith(u' ' + path),
        qPrintable(path + u" is not in\n"_s + m_listing));
}

void TestPackage::declaresItsDependencies_data()
{
    QTest::addColumn<QString>("package");
    QTest::newRow("qt core, found by dpkg-shlibdeps") << u"libqt6core6"_s;
    QTest::newRow("qt widgets") << u"libqt6widgets6"_s;
    QTest::newRow("svg icons, a plugin") << u"libqt6svg6"_s;
    QTest::newRow("platform plugins") << u"qt6-qpa-plugins"_s;
}

void TestPackage::declaresItsDependencies()
{
    QFETCH(QString, package);
    const Output depends = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Depends"_s});
    QCOMPARE(depends.exitCode, 0);
    QVERIFY2(depends.text.contains(package), qPrintable(depends.text));
}

void TestPackage::unpackedCliRuns()
{
    const QString root = m_dir.filePath(u"root"_s);
    QCOMPARE(run(u"dpkg"_s, {u"-x"_s, m_deb, root}).exitCode, 0);
    const Output version = run(root + u"/usr/bin/qonduit-cli"_s, {u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.text, u"qonduit-cli " QONDUIT_VERSION "\n"_s);
    // And the desktop file names a program and an icon that the package has.
    QFile desktop(root + u"/usr/share/applications/io.qonduit.Qonduit.desktop"_s);
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY(entry.contains(u"\nExec=qonduit "_s));
    QVERIFY(entry.contains(u"\nIcon=io.qonduit.Qonduit\n"_s));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
