#pragma once

#include "model/Level.h"

#include <QString>

#include <optional>

class QApplication;

namespace Limber {

class Library;
class SingleInstance;

// If the user's routine file could not be read, moves it aside so that Limber can start afresh
// without losing it, and returns what to tell the user (empty when all is well).
QString recoverUnreadableStore(Library &library);

// How the window starts, from the command line.
struct DesktopOptions {
    QString dataDir; // the data folder, resolved
    QString dataDirOption; // as the user chose it (--data-dir, LIMBER_DATA_DIR); empty: the default
    QString startRoutine; // `limber start ROUTINE`
    std::optional<Level> level;
    bool background = false; // `limber --background`: wait in the tray, no window
};

// Starts the window: opens the library in the data folder, sets an unreadable routine or
// schedule file aside (and says so), starts the reminders, shows the main window and runs until
// it is quit. With `startRoutine`, opens that routine's session at once, ready to go, and shows
// the main window only when the session window closes; an unknown routine is reported on stderr
// and exits 1 before any window opens. With `background`, shows no window where a tray exists
// (the main window minimised where none does). Whatever the first window does not need (the
// window icon, the speech engine) is loaded after its first paint. With `instance` (the first
// Limber), a second `limber` raises this one and `limber start` starts its routine here.
int runDesktopApp(QApplication &app, const DesktopOptions &options, SingleInstance *instance = nullptr);

} // namespace Limber
