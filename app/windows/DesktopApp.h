#pragma once

#include <QString>

class QApplication;

namespace Limber {

// Starts the window: opens the library in the data folder, sets an unreadable routine file
// aside (and says so), shows the main window and runs until it closes.
int runDesktopApp(QApplication &app, const QString &dataDir);

} // namespace Limber
