#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Qonduit"));
    QApplication::setOrganizationName(QStringLiteral("Qonduit"));
    QApplication::setApplicationVersion(Qonduit::Version.toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design Qlik REST connections interactively."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file and quit."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    parser.process(app);

    Qonduit::MainWindow window;
    if (parser.isSet(screenshot)) {
        // Works on the offscreen platform too: the docs' and tests' pictures need no display.
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QApplication::processEvents();
        if (!window.grab().save(parser.value(screenshot))) {
            qCritical("cannot write %s", qPrintable(parser.value(screenshot)));
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
