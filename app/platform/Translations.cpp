#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Limber {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    // English is the source language; its .qm only supplies plural forms ("1 rep", "2 reps").
    auto *limber = new QTranslator(&app);
    if (limber->load(locale, QStringLiteral("limber"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || limber->load(QStringLiteral("limber_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(limber);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Limber
