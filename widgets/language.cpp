// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Qonduit {

namespace {

constexpr auto SettingKey = "language";
constexpr auto TranslatorName = "qonduitTranslator";

// Removes and deletes the translators an earlier install() put in, so a second call replaces them.
void removeOurTranslators(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>(QLatin1String(TranslatorName));
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installTranslator(QCoreApplication &app, const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(TranslatorName));
    if (translator->load(fileName, folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QList<Language::Choice> Language::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}, {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")}};
}

bool Language::isAvailable(const QString &code)
{
    const auto choices = available();
    return std::any_of(
        choices.begin(), choices.end(), [&code](const Choice &choice) { return choice.code == code; });
}

QString Language::chosen()
{
    const QString code = QSettings().value(QLatin1String(SettingKey)).toString();
    return isAvailable(code) ? code : QString();
}

void Language::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(SettingKey));
    else
        settings.setValue(QLatin1String(SettingKey), code);
}

QLocale Language::localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString Language::install(QCoreApplication &app, const QLocale &locale)
{
    removeOurTranslators(app);
    // English's own plural forms ("1 problem", "2 problems"): under every language, the others' files
    // have all their strings and take precedence.
    installTranslator(app, QStringLiteral("qonduit_en"), QStringLiteral(":/qonduit/i18n"));
    // The first of the user's languages that Qonduit speaks wins, English included: someone who prefers
    // English and then German gets English, not German.
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QString code = uiLanguage.section(u'-', 0, 0).toLower();
        if (code == u"en")
            return code;
        if (!isAvailable(code))
            continue;
        if (!installTranslator(app, QStringLiteral("qonduit_") + code, QStringLiteral(":/qonduit/i18n")))
            return QStringLiteral("en");
        // Qt's own strings (OK, Cancel, the file dialog) where Debian's qt6-translations-l10n provides them.
        installTranslator(
            app, QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return code;
    }
    return QStringLiteral("en");
}

} // namespace Qonduit
