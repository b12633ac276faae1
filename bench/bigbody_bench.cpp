// SPDX-License-Identifier: MIT
// qonduit-bigbody-bench MB: a body of MB megabytes from the sample API (another process, as a real server
// is), read twice on this machine:
//   cli  qonduit-cli schema on it: its time and peak memory (the child's getrusage);
//   gui  the dialog (offscreen): Test connection until the select-data page is complete, then every
//        table, every detail tab, the script page and the test result's body, while a watchdog timer on
//        the GUI thread records the longest stretch it did not get to run: the window's longest freeze.
// Peak memory is the process's VmHWM (mapped file pages count). A benchmark, not a test.

#include "backgroundrequest.h"
#include "connectiondialog.h"
#include "selectdata/selectdatapage.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qonduit;

namespace {

QTextStream out(stdout);

qint64 peakKilobytesOfThisProcess()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The longest time between two turns of the GUI thread's event loop, as a timer every 5 ms sees it.
class StallWatchdog : public QObject
{
public:
    StallWatchdog()
    {
        m_clock.start();
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 stall = now - m_last - m_timer.interval();
            m_longest = std::max(m_longest, stall);
            // QONDUIT_BENCH_STALLS=1: each stall over 50 ms with when it ended, to look for its cause.
            if (stall > 50 && qEnvironmentVariableIsSet("QONDUIT_BENCH_STALLS"))
                QTextStream(stderr) << "stall " << stall << " ms ending at " << now << " ms\n";
            m_last = now;
        });
        m_timer.start();
    }
    qint64 elapsed() const { return m_clock.elapsed(); }
    qint64 takeLongest() // and start a new stretch of watching
    {
        const qint64 longest = std::max<qint64>(m_longest, 0);
        m_longest = 0;
        return longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// qonduit-cli schema STATEMENT_FILE as a child: seconds, and its peak resident memory in kB.
std::pair<double, qint64> runCli(const QString &cli, const QString &statementFile)
{
    QElapsedTimer clock;
    clock.start();
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray program = QFile::encodeName(cli);
        const QByteArray file = QFile::encodeName(statementFile);
        if (!freopen("/dev/null", "w", stdout))
            _exit(127);
        execl(program.constData(), program.constData(), "schema", file.constData(), nullptr);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(child, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {-1, -1};
    return {double(clock.elapsed()) / 1000.0, usage.ru_maxrss};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // drafts and recent files away from the user's
    const QStringList arguments = QCoreApplication::arguments();
    const int megabytes = arguments.value(1).toInt();
    if (megabytes <= 0) {
        QTextStream(stderr) << "usage: qonduit-bigbody-bench MB\n";
        return 2;
    }
    const QString cli = QStringLiteral(QONDUIT_CLI); // the one built with this benchmark
    QProcess api;
    api.start(cli, {QStringLiteral("sample-api")});
    if (!api.waitForStarted() || !api.waitForReadyRead(10000)) {
        QTextStream(stderr) << "cannot start " << cli << " sample-api\n";
        return 1;
    }
    const QString url
        = QString::fromLatin1(api.readLine().trimmed()) + QStringLiteral("/big?mb=%1").arg(megabytes);
    const double bodyMegabytes = megabytes; // /big sends N MiB, within a record
    const auto overBody = [&](qint64 kilobytes) { return double(kilobytes) / 1024.0 - bodyMegabytes; };

    QTemporaryFile statement;
    if (!statement.open())
        return 1;
    statement.write("CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=" + url.toUtf8() + ";\";\n");
    statement.flush();
    const auto [cliSeconds, cliPeak] = runCli(cli, statement.fileName());
    if (cliSeconds < 0) {
        QTextStream(stderr) << "qonduit-cli schema failed\n";
        return 1;
    }
    out << QStringLiteral("cli %1 MB: qonduit-cli schema %2 s, peak memory %3 MB (body + %4 MB)\n")
               .arg(megabytes)
               .arg(cliSeconds, 0, 'f', 1)
               .arg(double(cliPeak) / 1024.0, 0, 'f', 0)
               .arg(overBody(cliPeak), 0, 'f', 0);
    out.flush();

    sync(); // the command line's temporary file written out: its dirty pages must not slow the next run

    ConnectionDialog dialog;
    ConnectionSettings settings;
    settings.request.url = url;
    dialog.load(settings);
    dialog.resize(1280, 800);
    dialog.show();
    spin(300);
    StallWatchdog watchdog;
    SelectDataPage *page = dialog.selectDataPage();
    QElapsedTimer clock;
    clock.start();
    qint64 fetched = -1;
    QObject::connect(dialog.findChild<BackgroundRequest *>(), &BackgroundRequest::finished, &dialog, [&] {
        fetched = clock.elapsed();
        if (qEnvironmentVariableIsSet("QONDUIT_BENCH_STALLS"))
            QTextStream(stderr) << "fetched at " << watchdog.elapsed() << " ms\n";
    });
    {
        QEventLoop loop;
        QObject::connect(page, &SelectDataPage::parsed, &loop, &QEventLoop::quit);
        dialog.testConnection();
        loop.exec();
    }
    const qint64 complete = clock.elapsed();
    const qint64 stallUntilComplete = watchdog.takeLongest();

    // As a user clicks through it: each table, each tab of its details, the script, the body.
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    for (const SchemaTable &table : page->schema().tables) {
        page->selectTable(table.name);
        spin(100);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            spin(100);
        }
    }
    dialog.showScript();
    spin(500);
    if (auto *back = dialog.findChild<QAction *>(QStringLiteral("backToConnectionAction")))
        back->trigger(); // the form again, with its test result
    spin(200);
    if (auto *details = dialog.findChild<QTabWidget *>(QStringLiteral("testResult.details")))
        details->setCurrentIndex(details->count() - 1);
    spin(500);
    const qint64 stallClicking = watchdog.takeLongest();
    const qint64 peak = peakKilobytesOfThisProcess();

    out << QStringLiteral(
        "gui %1 MB: Test connection to the complete select-data page %2 s (fetched in %3 s); "
        "longest GUI-thread stall %4 ms, %5 ms while clicking through; peak memory %6 MB "
        "(body + %7 MB)\n")
               .arg(megabytes)
               .arg(double(complete) / 1000.0, 0, 'f', 1)
               .arg(double(fetched) / 1000.0, 0, 'f', 1)
               .arg(stallUntilComplete)
               .arg(stallClicking)
               .arg(double(peak) / 1024.0, 0, 'f', 0)
               .arg(overBody(peak), 0, 'f', 0);
    api.kill();
    api.waitForFinished();
    return 0;
}
