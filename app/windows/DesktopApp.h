#pragma once

#include "model/Level.h"

#include <QString>

#include <optional>

class QApplication;

namespace Limber {

class Library;

// If the user's routine file could not be read, moves it aside so that Limber can start afresh
// without losing it, and returns what to tell the user (empty when all is well).
QString recoverUnreadableStore(Library &library);

// Starts the window: opens the library in the data folder, sets an unreadable routine file
// aside (and says so), shows the main window and runs until it closes.
// With `startRoutine`, opens that routine's session at once, ready to go; an unknown routine is
// reported on stderr and exits 1 before any window opens.
int runDesktopApp(QApplication &app, const QString &dataDir, const QString &startRoutine = {},
                  std::optional<Level> level = std::nullopt);

} // namespace Limber
