#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Limber {

// Installs Limber's and Qt's own translations for the user's languages, if there are any, from
// `directory` (the ones built into Limber unless told otherwise). Dates, day names and times then
// follow the language Limber speaks, however it was chosen (LANGUAGE=de or LANG=de_DE.UTF-8):
// QLocale's default becomes uiLocale() of the translation loaded.
void installTranslations(QCoreApplication &app, const QString &directory = QStringLiteral(":/i18n"));

// The locale to write dates and times in when the interface speaks `uiLanguage` (a translation's
// language, "de_DE" or "de") on a system set to `system`: the system's own when it is of that
// language; else that language in the system's country when the two go together (German in
// Switzerland), else in the language's own country (German in Germany). The C locale and an
// empty language leave the system's.
[[nodiscard]] QLocale uiLocale(const QString &uiLanguage, const QLocale &system);

} // namespace Limber
