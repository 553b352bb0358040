#pragma once

class QCoreApplication;

namespace Limber {

// Installs Limber's and Qt's own translations for the user's languages, if there are any.
void installTranslations(QCoreApplication &app);

} // namespace Limber
