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
    parser.setApplicationDescription(QApplication::translate("main", "Design Qlik REST connections interactively."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Qonduit::MainWindow window;
    window.show();
    return QApplication::exec();
}
