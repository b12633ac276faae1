// SPDX-License-Identifier: MIT
#include "connectiondialog.h"
#include "language.h"
#include "messagebar.h"
#include "publish/publishdialog.h"
#include "requestengine.h"
#include "script/scriptpage.h"
#include "selectdata/selectdatapage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qonduit;
using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // the translation's type: empty when finished, else unfinished, vanished, obsolete
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1..%99 (with L), and %n: what arg() and tr(n) fill in. A translation must keep every one of them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found.append(match.captured(0));
    found.sort();
    return found;
}

// The number of keyboard accelerators: an & before a character other than & or a space.
// The keys of a text's keyboard accelerators, in lower case: the character after an & that is not
// another & (an escaped ampersand) or a space.
QStringList acceleratorKeys(const QString &text)
{
    QStringList keys;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            keys.append(text.mid(i + 1, 1).toLower());
    }
    return keys;
}

qsizetype accelerators(const QString &text)
{
    return acceleratorKeys(text).size();
}

QStringList problemsOf(const QList<TsMessage> &messages)
{
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        if (message.type == u"unfinished") {
            problems.append(where + u" is not translated"_s);
            continue;
        }
        if (message.type == u"vanished" || message.type == u"obsolete") {
            problems.append(where + u" is no longer in the sources"_s);
            continue;
        }
        if (message.numerus && message.translations.size() != 2)
            problems.append(where + u" needs two plural forms"_s);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(where + u" has an empty translation"_s);
            // Plural forms may drop the number ("un fichier"); every other placeholder must stay.
            QStringList wanted = placeholders(message.source);
            QStringList got = placeholders(translation);
            if (message.numerus) {
                wanted.removeAll(u"%n"_s);
                got.removeAll(u"%n"_s);
            }
            if (wanted != got)
                problems.append(where + u" has placeholders %1 in \"%2\""_s.arg(got.join(u' '), translation));
            if (accelerators(message.source) != accelerators(translation))
                problems.append(
                    where + u" lost or gained a keyboard accelerator in \"%1\""_s.arg(translation));
        }
    }
    return problems;
}

// The texts with an accelerator that Alt+key can reach in a window as it is shown: buttons, labels with
// a buddy, tab titles, menu titles.
QStringList reachableAccelerators(QWidget *window)
{
    QStringList texts;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                texts.append(action->text());
        }
    }
    return texts;
}

// Labels that show an accelerator but have no buddy: Alt+key would do nothing. Hidden ones too where a
// window shows different fields for different choices.
QStringList deadAccelerators(QWidget *window, bool hiddenToo)
{
    QStringList found;
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if ((hiddenToo || label->isVisibleTo(window)) && !label->buddy()
            && label->textFormat() != Qt::RichText && accelerators(label->text()) > 0)
            found.append(label->text());
    }
    return found;
}

// "Alt+t: A, B" for each key that more than one of the texts claims.
QStringList clashes(const QStringList &texts)
{
    QMap<QString, QStringList> owners;
    for (const QString &text : texts) {
        const QStringList keys = acceleratorKeys(text);
        if (!keys.isEmpty())
            owners[keys.first()].append(text);
    }
    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    return found;
}

// On the connection form, whose fields outnumber the alphabet: the keys of its push buttons (Test
// connection, Create, ...) must be theirs alone, or Alt+key only moves the focus between the owners.
QStringList buttonClashes(QWidget *window)
{
    QStringList buttonKeys;
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(window) && !acceleratorKeys(button->text()).isEmpty())
            buttonKeys.append(acceleratorKeys(button->text()).first());
    }
    QStringList found;
    for (const QString &clash : clashes(reachableAccelerators(window))) {
        for (const QString &key : std::as_const(buttonKeys)) {
            if (clash.startsWith(u"Alt+"_s + key + u':'))
                found.append(clash);
        }
    }
    found.removeDuplicates();
    if (qEnvironmentVariableIsSet("QONDUIT_LIST_KEYS")) {
        QStringList all;
        for (const QString &text : reachableAccelerators(window))
            all.append(acceleratorKeys(text).value(0) + u' ' + text);
        all.sort();
        qInfo().noquote() << all.join(u'\n');
    }
    return found;
}

QString tsFile(const QString &language)
{
    return QStringLiteral(QONDUIT_TS_DIR "/qonduit_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void languages_data();
    void complete_data() { languages_data(); }
    void complete();
    void currentWithTheSources_data();
    void currentWithTheSources();
    void checksCatchMistakes_data();
    void checksCatchMistakes();
    void guiSpeaks_data();
    void guiSpeaks();
    void followsTheLocale_data();
    void followsTheLocale();
    void choiceIsKept_data();
    void choiceIsKept();
    void languageMenuStoresTheChoice();
    void menusHaveDistinctAccelerators_data();
    void menusHaveDistinctAccelerators();
    void pagesHaveDistinctAccelerators_data();
    void pagesHaveDistinctAccelerators();
    void pluralsInEveryLanguage_data();
    void pluralsInEveryLanguage();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    Language::install(*qApp, QLocale(QLocale::English));
    QSettings().clear();
}

void TestTranslations::languages_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"de"_s, u"fr"_s, u"sv"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const auto messages = readTs(tsFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    const QStringList problems = problemsOf(messages);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestTranslations::currentWithTheSources_data()
{
    languages_data();
    QTest::newRow("en (plural forms only)") << u"en"_s;
}

// lupdate on a copy: a string added to the sources and not yet translated shows up as unfinished, one
// removed as vanished. Fix with `cmake --build <dir> --target update_translations` and translate.
void TestTranslations::currentWithTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString copy = folder.filePath(u"qonduit_%1.ts"_s.arg(language));
    QVERIFY(QFile::copy(tsFile(language), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList options {u"-locations"_s, u"none"_s, u"-no-ui-lines"_s};
    if (language == u"en")
        options.append(u"-pluralonly"_s); // English needs only its plural forms
    lupdate.start(QStringLiteral(QONDUIT_LUPDATE),
        options + QStringList {u"@"_s + QStringLiteral(QONDUIT_TRANSLATED_SOURCES_LIST), u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const auto messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems = problemsOf(messages);
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"Run cmake --build <build dir> --target update_translations, then translate:\n"_s
            + problems.mid(0, 20).join(u'\n')));
}

// The checks above find each kind of mistake (so a passing run means something).
void TestTranslations::checksCatchMistakes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unfinished") << u"Open"_s << u"unfinished"_s << QString() << u"not translated"_s;
    QTest::newRow("vanished") << u"Open"_s << u"vanished"_s << u"Öffnen"_s << u"no longer"_s;
    QTest::newRow("empty") << u"Open"_s << QString() << u" "_s << u"empty"_s;
    QTest::newRow("placeholder lost") << u"Row %1"_s << QString() << u"Zeile"_s << u"placeholders"_s;
    QTest::newRow("placeholder renumbered")
        << u"%1 of %2"_s << QString() << u"%1 von %3"_s << u"placeholders"_s;
    QTest::newRow("accelerator lost") << u"&Open"_s << QString() << u"Öffnen"_s << u"accelerator"_s;
    QTest::newRow("fine") << u"&Open %1"_s << QString() << u"%1 ö&ffnen"_s << QString();
    QTest::newRow("ampersand is no accelerator") << u"A && B"_s << QString() << u"A & B"_s << QString();
}

void TestTranslations::checksCatchMistakes()
{
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(QString, translation);
    QFETCH(QString, problem);
    TsMessage message {u"Context"_s, source, type, {translation}, false};
    const QStringList problems = problemsOf({message});
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    else
        QVERIFY2(
            problems.size() == 1 && problems.first().contains(problem), qPrintable(problems.join(u'\n')));
}

void TestTranslations::guiSpeaks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("testButton");
    QTest::addColumn<QString>("canceled");
    QTest::newRow("en") << u"en"_s << u"&Test connection"_s << u"The test was canceled."_s;
    QTest::newRow("de") << u"de"_s << u"Verbindung &testen"_s << u"Der Test wurde abgebrochen."_s;
    QTest::newRow("fr") << u"fr"_s << u"&Tester la connexion"_s << u"Le test a été annulé."_s;
    QTest::newRow("sv") << u"sv"_s << u"&Testa anslutningen"_s << u"Testet avbröts."_s;
}

// The compiled translations are in the program and reach the widgets and the model's messages.
void TestTranslations::guiSpeaks()
{
    QFETCH(QString, language);
    QFETCH(QString, testButton);
    QFETCH(QString, canceled);
    QCOMPARE(Language::install(*qApp, QLocale(language)), language);
    ConnectionDialog dialog;
    auto *button = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), testButton);
    QCOMPARE(RequestEngine::tr("The test was canceled."), canceled);
}

void TestTranslations::followsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("de_AT") << u"de_AT"_s << u"de"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("sv_FI") << u"sv_FI"_s << u"sv"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s;
    QTest::newRow("ja_JP: not spoken, English") << u"ja_JP"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void TestTranslations::followsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, spoken);
    QCOMPARE(Language::install(*qApp, QLocale(locale)), spoken);
    // English keeps the source text; every other language spoken replaces it.
    const QString text = ConnectionDialog::tr("&Test connection");
    QVERIFY2((text == u"&Test connection"_s) == (spoken == u"en"), qPrintable(text));
}

void TestTranslations::choiceIsKept_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("kept");
    QTest::newRow("system") << QString() << QString();
    QTest::newRow("de") << u"de"_s << u"de"_s;
    QTest::newRow("en") << u"en"_s << u"en"_s;
    QTest::newRow("unknown: the system's") << u"xx"_s << QString();
}

void TestTranslations::choiceIsKept()
{
    QFETCH(QString, choice);
    QFETCH(QString, kept);
    Language::choose(u"sv"_s);
    Language::choose(choice);
    QCOMPARE(Language::chosen(), kept);
    QCOMPARE(Language::localeFor(kept).language(),
        kept.isEmpty() ? QLocale::system().language() : QLocale(kept).language());
}

void TestTranslations::languageMenuStoresTheChoice()
{
    Language::choose(u"fr"_s);
    ConnectionDialog dialog;
    auto *french = dialog.findChild<QAction *>(u"languageAction_fr"_s);
    auto *german = dialog.findChild<QAction *>(u"languageAction_de"_s);
    auto *system = dialog.findChild<QAction *>(u"languageAction_system"_s);
    QVERIFY(french && german && system);
    QVERIFY(french->isChecked());
    german->trigger();
    QCOMPARE(Language::chosen(), u"de"_s);
    QVERIFY(german->isChecked() && !french->isChecked());
    auto *bar = dialog.findChild<MessageBar *>();
    QVERIFY(bar && bar->text().contains(u"Deutsch"_s));
    system->trigger();
    QCOMPARE(Language::chosen(), QString());
    QVERIFY(bar->text().contains(u"system"_s));
}

void TestTranslations::menusHaveDistinctAccelerators_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"sv"_s})
        QTest::newRow(qPrintable(language)) << language;
}

// Alt+letter must reach one menu or button, and a letter within a menu one entry, in every language.
void TestTranslations::menusHaveDistinctAccelerators()
{
    QFETCH(QString, language);
    Language::install(*qApp, QLocale(language));
    ConnectionDialog dialog;
    auto *bar = dialog.findChild<QMenuBar *>();
    QVERIFY(bar);
    for (QAction *title : bar->actions()) {
        if (!title->menu())
            continue;
        QStringList entries;
        for (QAction *action : title->menu()->actions())
            entries.append(action->text());
        const QStringList found = clashes(entries);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
    // The menu titles and the dialog's buttons answer Alt+key in the same window.
    QStringList windowLevel;
    for (QAction *action : bar->actions())
        windowLevel.append(action->text());
    for (const QString &name : {u"testConnectionButton"_s, u"createButton"_s, u"cancelButton"_s}) {
        auto *button = dialog.findChild<QPushButton *>(name);
        QVERIFY(button);
        windowLevel.append(button->text());
    }
    const QStringList titlesAndButtons = clashes(windowLevel);
    QVERIFY2(titlesAndButtons.isEmpty(), qPrintable(titlesAndButtons.join(u'\n')));
}

void TestTranslations::pagesHaveDistinctAccelerators_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"sv"_s}) {
        for (const QString &page : {u"connection form"_s, u"select data"_s, u"script"_s,
                 u"publish to the cloud"_s, u"publish to the repository"_s}) {
            QTest::addRow("%s, %s", qPrintable(language), qPrintable(page)) << language << page;
        }
    }
}

// The pages that are one window each: Alt+key reaches one control. The connection form's nine sections
// share one window with more fields than the alphabet has letters: there the dialog's buttons, its
// sections and its fields are one page, and a button's key is the button's alone.
void TestTranslations::pagesHaveDistinctAccelerators()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    Language::install(*qApp, QLocale(language));
    std::unique_ptr<QWidget> window;
    if (page == u"connection form") {
        window = std::make_unique<ConnectionDialog>();
    } else if (page == u"select data" || page == u"script") {
        // As pages of the dialog, under its menu bar: Alt+D on the script page opened the Data menu
        // instead of going back to select data, and Re-parse shared Alt+E with the Edit menu.
        auto dialog = std::make_unique<ConnectionDialog>();
        auto *pages = dialog->findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(pages);
        if (page == u"select data")
            pages->setCurrentWidget(dialog->selectDataPage());
        else
            pages->setCurrentWidget(dialog->findChild<ScriptPage *>());
        window = std::move(dialog);
    } else {
        auto dialog = std::make_unique<PublishDialog>(ConnectionSettings());
        auto *target = dialog->findChild<QComboBox *>(u"targetCombo"_s);
        QVERIFY(target);
        target->setCurrentIndex(page == u"publish to the cloud" ? 0 : 1);
        window = std::move(dialog);
    }
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->show();
    // The form's sections share one window with more fields than there are letters: there only every
    // accelerator must reach its field.
    if (page != u"connection form" && qEnvironmentVariableIsSet("QONDUIT_LIST_KEYS")) {
        QStringList all;
        for (const QString &text : reachableAccelerators(window.get()))
            all.append(acceleratorKeys(text).value(0) + u' ' + text);
        all.sort();
        qInfo().noquote() << all.join(u'\n');
    }
    const QStringList found = page == u"connection form" ? buttonClashes(window.get())
                                                         : clashes(reachableAccelerators(window.get()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    const QStringList dead = deadAccelerators(window.get(), page == u"connection form");
    QVERIFY2(dead.isEmpty(), qPrintable(u"no buddy: "_s + dead.join(u", "_s)));
}

void TestTranslations::pluralsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("en") << u"en"_s << u"1 warning"_s << u"2 warnings"_s;
    QTest::newRow("de") << u"de"_s << u"1 Warnung"_s << u"2 Warnungen"_s;
}

// "1 problem(s)" nowhere: English has its plural forms too (qonduit_en.ts, plural entries only).
void TestTranslations::pluralsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, two);
    Language::install(*qApp, QLocale(language));
    QCOMPARE(QCoreApplication::translate("Qonduit::ConnectionDialog", "%n warning(s)", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("Qonduit::ConnectionDialog", "%n warning(s)", nullptr, 2), two);
    const QString header
        = QCoreApplication::translate("Qonduit::CollapsibleSection", "%1  (%n problem(s))", nullptr, 1);
    QVERIFY2(!header.contains(u"(s)"_s), qPrintable(header));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
