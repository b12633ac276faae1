// SPDX-License-Identifier: MIT
// Builds the .deb with cpack, lists it, unpacks it and runs what was unpacked.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
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
    void lintianFindsNothing();
    void appStreamAndDesktopFileValidate();
    void manualPagesAreTheHelp_data();
    void manualPagesAreTheHelp();
    void licenceAndChangelog();
    void everySourceFileNamesItsLicence();

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
             u"./usr/share/man/man1/qonduit.1.gz"_s, u"./usr/share/man/man1/qonduit-cli.1.gz"_s,
             u"./usr/share/bash-completion/completions/qonduit-cli"_s, u"./usr/share/doc/qonduit/copyright"_s,
             u"./usr/share/doc/qonduit/changelog.gz"_s,
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

// Debian's checker: no error and no warning (information and pedantic notes aside).
void TestPackage::lintianFindsNothing()
{
    if (QStandardPaths::findExecutable(u"lintian"_s).isEmpty())
        QSKIP("lintian is not installed (tools/install-deps test installs it)");
    const Output lintian = run(u"lintian"_s, {u"--tag-display-limit"_s, u"0"_s, m_deb});
    QStringList findings;
    for (const QString &line : lintian.text.split(u'\n')) {
        if (line.startsWith(u"E: "_s) || line.startsWith(u"W: "_s))
            findings.append(line);
    }
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

void TestPackage::appStreamAndDesktopFileValidate()
{
    const QString root = m_dir.filePath(u"validate"_s);
    QCOMPARE(run(u"dpkg"_s, {u"-x"_s, m_deb, root}).exitCode, 0);
    if (!QStandardPaths::findExecutable(u"appstreamcli"_s).isEmpty()) {
        const Output appstream = run(u"appstreamcli"_s,
            {u"validate"_s, u"--no-net"_s, root + u"/usr/share/metainfo/io.qonduit.Qonduit.metainfo.xml"_s});
        QVERIFY2(appstream.exitCode == 0 && !appstream.text.contains(u"W: "_s) && !appstream.text.contains(u"E: "_s),
            qPrintable(appstream.text));
        QFile metainfo(root + u"/usr/share/metainfo/io.qonduit.Qonduit.metainfo.xml"_s);
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QByteArray xml = metainfo.readAll();
        QVERIFY(xml.contains("<release version=\"" QONDUIT_VERSION "\"")); // from CHANGELOG.md
        QVERIFY(xml.contains("<screenshot type=\"default\">"));
        QVERIFY(xml.contains("<content_rating type=\"oars-1.1\"/>"));
        QVERIFY(xml.contains("<project_license>MIT</project_license>"));
    }
    if (!QStandardPaths::findExecutable(u"desktop-file-validate"_s).isEmpty()) {
        const Output desktop = run(
            u"desktop-file-validate"_s, {root + u"/usr/share/applications/io.qonduit.Qonduit.desktop"_s});
        QVERIFY2(desktop.exitCode == 0 && desktop.text.trimmed().isEmpty(), qPrintable(desktop.text));
    }
}

void TestPackage::manualPagesAreTheHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("qonduit-cli") << u"qonduit-cli"_s;
    QTest::newRow("qonduit") << u"qonduit"_s;
}

// Made from --help at build time, so every option the program names is in its manual page.
void TestPackage::manualPagesAreTheHelp()
{
    QFETCH(QString, program);
    const QString root = m_dir.filePath(u"man"_s);
    QCOMPARE(run(u"dpkg"_s, {u"-x"_s, m_deb, root}).exitCode, 0);
    const Output page = run(u"gzip"_s, {u"-dc"_s, root + u"/usr/share/man/man1/"_s + program + u".1.gz"_s});
    QCOMPARE(page.exitCode, 0);
    QVERIFY2(page.text.contains(u".TH "_s + program.toUpper()), qPrintable(page.text.left(300)));
    QProcess help;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    help.setProcessEnvironment(environment);
    help.start(root + u"/usr/bin/"_s + program, {u"--help"_s});
    QVERIFY(help.waitForFinished(30000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    static const QRegularExpression option(u"--[a-z][a-z0-9-]+"_s);
    QStringList options;
    for (auto it = option.globalMatch(text); it.hasNext();)
        options.append(it.next().captured());
    QVERIFY(options.size() > 5);
    QString unescaped = page.text;
    unescaped.replace(u"\\-"_s, u"-"_s);
    for (const QString &name : std::as_const(options))
        QVERIFY2(unescaped.contains(name), qPrintable(name + u" is in --help but not in the manual page"_s));
}

void TestPackage::licenceAndChangelog()
{
    const QString root = m_dir.filePath(u"doc"_s);
    QCOMPARE(run(u"dpkg"_s, {u"-x"_s, m_deb, root}).exitCode, 0);
    QFile copyright(root + u"/usr/share/doc/qonduit/copyright"_s);
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    const QByteArray text = copyright.readAll();
    QVERIFY(text.startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
    for (const char *part : {"License: MIT", "RapidJSON", "Qt 6", "QtKeychain", "OpenSSL"})
        QVERIFY2(text.contains(part), part);
    QVERIFY(QFile::exists(QStringLiteral(QONDUIT_SOURCE_DIR "/LICENSE")));
    const Output changelog = run(u"gzip"_s, {u"-dc"_s, root + u"/usr/share/doc/qonduit/changelog.gz"_s});
    QVERIFY2(changelog.text.startsWith(u"qonduit (" QONDUIT_VERSION ") unstable; urgency=medium\n"_s),
        qPrintable(changelog.text));
    const Output control = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Description"_s, u"Section"_s, u"Priority"_s});
    QVERIFY2(control.text.count(u'\n') > 4, qPrintable(control.text)); // an extended description
    QVERIFY2(control.text.contains(u"Priority: optional"_s), qPrintable(control.text));
}

// An SPDX line in every source, build and script file of the repository.
void TestPackage::everySourceFileNamesItsLicence()
{
    const Output files = run(u"git"_s, {u"ls-files"_s}, QStringLiteral(QONDUIT_SOURCE_DIR));
    if (files.exitCode != 0)
        QSKIP("not a git checkout");
    static const QRegularExpression source(u"(\\.(cpp|h|cmake)|CMakeLists\\.txt|^test|^run|^tools/[a-z-]+)$"_s);
    QStringList missing;
    for (const QString &path : files.text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!source.match(path).hasMatch() || path.startsWith(u"tests/fuzz/corpus"_s))
            continue;
        QFile file(QStringLiteral(QONDUIT_SOURCE_DIR "/") + path);
        if (file.open(QIODevice::ReadOnly) && !file.read(300).contains("SPDX-License-Identifier: MIT"))
            missing.append(path);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
