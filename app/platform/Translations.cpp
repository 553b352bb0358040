#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace Limber {

namespace {

// The language a loaded translation is for: what its file says, else its name ("limber_de.qm").
QString languageOf(const QTranslator &translator)
{
    if (!translator.language().isEmpty())
        return translator.language();
    const QString base = QFileInfo(translator.filePath()).completeBaseName();
    const qsizetype underscore = base.indexOf(QLatin1Char('_'));
    return underscore < 0 ? QString() : base.mid(underscore + 1);
}

// The locale dates and times are written in, as the C library reads it (LC_ALL, LC_TIME, LANG).
// Not QLocale::system(): with LANG=C.UTF-8 and LANGUAGE=de it says German but writes English.
QLocale formattingLocale()
{
    for (const char *name : {"LC_ALL", "LC_TIME", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return QLocale(value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0));
    }
    return QLocale::c();
}

} // namespace

QLocale uiLocale(const QString &uiLanguage, const QLocale &system)
{
    const QLocale asked(uiLanguage);
    if (uiLanguage.isEmpty() || asked.language() == QLocale::C || system.language() == asked.language())
        return system;
    // The C locale (LANG=C, as in scripts) speaks English already: nothing to follow.
    if (system.language() == QLocale::C && asked.language() == QLocale::English)
        return system;
    const QLocale inSystemCountry(asked.language(), system.territory());
    if (inSystemCountry.language() == asked.language() && inSystemCountry.territory() == system.territory())
        return inSystemCountry;
    return QLocale(asked.language());
}

void installTranslations(QCoreApplication &app, const QString &directory)
{
    const QLocale locale;
    // English is the source language; its .qm only supplies plural forms ("1 rep", "2 reps").
    auto *limber = new QTranslator(&app);
    if (limber->load(locale, QStringLiteral("limber"), QStringLiteral("_"), directory)
        || limber->load(QStringLiteral("limber_en"), directory)) {
        QCoreApplication::installTranslator(limber);
        // LANGUAGE=de on an English system gives German words: the dates follow them.
        const QLocale formats = formattingLocale();
        const QLocale shown = uiLocale(languageOf(*limber), formats);
        if (shown != formats)
            QLocale::setDefault(shown);
    }

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Limber
