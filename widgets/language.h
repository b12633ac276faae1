// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Qonduit {

// The languages Qonduit speaks and the one the user chose. English is the source text; German, French
// and Swedish come from translations/. By default the system's language is used; a choice in
// Settings > Language (or --language) overrides it and is kept in the settings.
class Language
{
public:
    struct Choice
    {
        QString code; // "en", "de", ...
        QString nativeName; // as its speakers write it: "Deutsch", "Français", ...
    };

    static QList<Choice> available();
    static bool isAvailable(const QString &code);

    // The stored choice; empty when Qonduit follows the system.
    static QString chosen();
    // Stores the choice (empty: follow the system); it applies from the next start.
    static void choose(const QString &code);

    // The locale to translate for: the code's language, or the system's when the code is empty.
    static QLocale localeFor(const QString &code);

    // Installs Qonduit's translation and Qt's own (buttons of standard dialogs) for the locale, replacing
    // what an earlier call installed. Returns the code of the language now spoken ("en" when none matched).
    static QString install(QCoreApplication &app, const QLocale &locale);
};

} // namespace Qonduit
