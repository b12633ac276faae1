// SPDX-License-Identifier: MIT
#include "backgroundrequest.h"
#include "connectiondialog.h"
#include "connectioninput.h"
#include "import/importdialog.h"
#include "language.h"
#include "version.h"

#include "selectdata/selectdatapage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// --screenshot: the dialog at the size of the docs' pictures, drawn without a display; with --test,
// after Test connection has finished (on the form, with the test result); with --select-data, on the
// select-data page once the response is parsed (and with --all-pages, once every page is read).
int renderScreenshot(Qonduit::ConnectionDialog &dialog, const QString &file, const QString &section,
    bool test, bool selectData, bool allPages, const QString &table, bool script, const QString &import,
    const QString &search)
{
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.resize(1280, 800);
    dialog.show();
    QApplication::processEvents();
    // --import: the import dialog itself, once the document is read (and searched).
    if (!import.isEmpty()) {
        if (!dialog.importFile(import))
            return 2;
        auto *chooser = dialog.findChild<Qonduit::ImportDialog *>(QStringLiteral("importDialog"));
        if (!chooser)
            return 0; // a curl command: imported at once, the form is the picture
        if (!chooser->document()) {
            QEventLoop loop;
            QObject::connect(chooser, &Qonduit::ImportDialog::documentRead, &loop, &QEventLoop::quit);
            QObject::connect(chooser, &Qonduit::ImportDialog::failed, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!search.isEmpty())
            chooser->findChild<QLineEdit *>(QStringLiteral("importSearch"))->setText(search);
        QApplication::processEvents();
        return chooser->grab().save(file) ? 0 : 1;
    }
    if (test || selectData) {
        QEventLoop loop;
        auto *page = dialog.selectDataPage();
        if (selectData) {
            QObject::connect(page, &Qonduit::SelectDataPage::parsed, &loop, [&loop, page, allPages] {
                if (allPages && page->property("walked").isNull()) {
                    page->setProperty("walked", true);
                    page->previewAllPages();
                    return;
                }
                QTimer::singleShot(300, &loop, &QEventLoop::quit);
            });
        } else {
            QObject::connect(dialog.findChild<Qonduit::BackgroundRequest *>(),
                &Qonduit::BackgroundRequest::finished, &loop,
                [&loop] { QTimer::singleShot(300, &loop, &QEventLoop::quit); }); // let the body format
        }
        dialog.testConnection();
        loop.exec();
        if (!selectData)
            dialog.findChild<QPushButton *>(QStringLiteral("backButton"))->click();
        else if (!table.isEmpty())
            page->selectTable(table);
        if (selectData && script)
            dialog.showScript();
    }
    if (!section.isEmpty() && !dialog.showSection(section)) {
        qCritical("unknown section %s", qPrintable(section));
        return 2;
    }
    QApplication::processEvents();
    if (!dialog.grab().save(file)) {
        qCritical("cannot write %s", qPrintable(file));
        return 1;
    }
    return 0;
}

// The value of --language CODE or --language=CODE, read before the parser exists: the parser's own texts
// are translated.
QString languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--language" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--language="))
            return arguments[i].section(u'=', 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // QONDUIT_DARK=1 draws with a dark palette: to see dark mode where the desktop offers none (screenshots).
    if (qEnvironmentVariableIntValue("QONDUIT_DARK")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
        QApplication::setPalette(dark);
    }
    QApplication::setApplicationName(QStringLiteral("Qonduit"));
    QApplication::setOrganizationName(QStringLiteral("Qonduit"));
    QApplication::setApplicationVersion(Qonduit::Version.toString());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qonduit/icons/qonduit.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.qonduit.Qonduit"));
    // Before any text is made: the help below is translated too. --language wins over the stored choice.
    const QString language = languageOption(QCoreApplication::arguments());
    if (!language.isEmpty() && language != u"system" && !Qonduit::Language::isAvailable(language)) {
        QStringList known {QStringLiteral("system")};
        for (const Qonduit::Language::Choice &choice : Qonduit::Language::available())
            known.append(choice.code);
        qCritical("unknown language %s (known: %s)", qPrintable(language), qPrintable(known.join(u", ")));
        return 2;
    }
    Qonduit::Language::install(app,
        Qonduit::Language::localeFor(language.isEmpty() ? Qonduit::Language::chosen()
                : language == u"system"                 ? QString()
                                                        : language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design Qlik REST connections interactively."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the dialog to a PNG file and quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption section(QStringLiteral("section"),
        QApplication::translate("main",
            "Scroll to this section first (request, "
            "authentication, certificates, trustedLocations, "
            "queryParameters, pagination, security, proxy, name)."),
        QApplication::translate("main", "name"));
    const QCommandLineOption load(QStringLiteral("load"),
        QApplication::translate("main",
            "Fill the form from a .qonduit file or a file with "
            "a connection statement or string."),
        QApplication::translate("main", "input"));
    const QCommandLineOption test(QStringLiteral("test"),
        QApplication::translate("main", "With --screenshot: run Test connection first."));
    const QCommandLineOption selectData(QStringLiteral("select-data"),
        QApplication::translate("main", "With --screenshot: test, then show the select-data page."));
    const QCommandLineOption allPages(QStringLiteral("all-pages"),
        QApplication::translate("main", "With --select-data: preview all pages first."));
    const QCommandLineOption table(QStringLiteral("table"),
        QApplication::translate("main", "With --select-data: show this table."),
        QApplication::translate("main", "name"));
    const QCommandLineOption scriptPage(QStringLiteral("script"),
        QApplication::translate("main", "With --select-data: show the script page."));
    const QCommandLineOption languageChoice(QStringLiteral("language"),
        QApplication::translate("main",
            "Speak this language (de, en, fr, sv, or system) instead of the one chosen "
            "in Settings > Language."),
        QApplication::translate("main", "code"));
    const QCommandLineOption importOption(QStringLiteral("import"),
        QApplication::translate("main",
            "Import an OpenAPI or Swagger document, a Postman collection, an Insomnia export, a HAR file "
            "or a curl command, as File > Import does."),
        QApplication::translate("main", "file"));
    const QCommandLineOption search(QStringLiteral("search"),
        QApplication::translate("main", "With --import and --screenshot: search the list for this."),
        QApplication::translate("main", "text"));
    parser.addOptions({screenshot, section, load, test, selectData, allPages, table, scriptPage, importOption,
        search, languageChoice});
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A .qonduit file to open (as the desktop's Open With does)."),
        QStringLiteral("[file]"));
    parser.process(app);

    Qonduit::ConnectionDialog dialog;
    if (parser.isSet(load)) {
        QFile input(parser.value(load));
        if (!input.open(QIODevice::ReadOnly)) {
            qCritical("cannot read %s: %s", qPrintable(input.fileName()), qPrintable(input.errorString()));
            return 2;
        }
        const auto read = Qonduit::ConnectionInput::read(input.readAll());
        if (!read) {
            qCritical("%s: %s", qPrintable(input.fileName()), qPrintable(read.error()));
            return 2;
        }
        dialog.load(read.value().settings);
    }
    if (!parser.positionalArguments().isEmpty())
        dialog.openFile(
            parser.positionalArguments().first()); // a file that cannot be read says so in the dialog
    if (parser.isSet(screenshot))
        return renderScreenshot(dialog, parser.value(screenshot), parser.value(section), parser.isSet(test),
            parser.isSet(selectData), parser.isSet(allPages), parser.value(table), parser.isSet(scriptPage),
            parser.value(importOption), parser.value(search));

    dialog.offerDraft();
    // Until select data and the script page exist, Create hands the statement to the terminal.
    QObject::connect(&dialog, &Qonduit::ConnectionDialog::created,
        [&dialog] { QTextStream(stdout) << dialog.statement() << Qt::endl; });
    dialog.show();
    if (parser.isSet(importOption))
        dialog.importFile(parser.value(importOption)); // a file that cannot be read says so in the dialog
    return QApplication::exec();
}
