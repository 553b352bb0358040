#pragma once

#include "gui/appearance/Theme.h"

#include "cues/CueSettings.h"
#include "gui/routines/RoutineEditor.h"
#include "gui/session/SessionWindow.h"
#include "model/Level.h"
#include "session/Clock.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace Limber {

class CueOutput;
class ExerciseLibraryView;
class LoginItem;
class ReminderController;
class RemindersView;
class WallClock;
class SoundMenu;
class RoutineHistory;
class SessionWindow;
class Library;
class RoutinesView;
class PageTabs;

// The main window: the exercise library and the routines, side by side in tabs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` keeps the window's size and the last selection; it must outlive the window.
    MainWindow(Library &library, QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] ExerciseLibraryView *libraryView() const { return m_libraryView; }
    // The Routines tab's view, built now if the tab has not been opened yet.
    RoutinesView *routinesView();
    [[nodiscard]] RoutineHistory *history() const { return m_history; }
    // Opens the guided session for a routine (one at a time). Returns the window, or null when
    // there is no such routine or it has no exercises.
    SessionWindow *startSession(const QString &routineIdOrName, std::optional<Level> level = std::nullopt);
    // Opens the guided session of one exercise of the catalog at a level ("Start this exercise").
    SessionWindow *startExercise(const QString &exerciseId, Level level);
    // Adds an exercise of the catalog at the end of one of the user's routines (saved, one step of
    // undo), or makes a new routine of it (`routineId` empty) and opens it to be named.
    void addExerciseToRoutine(const QString &exerciseId, const QString &routineId);
    [[nodiscard]] SessionWindow *sessionWindow() const { return m_session; }

    // The appearance chosen in View ▸ Appearance, to apply before the window is built.
    static Theme savedTheme(const QSettings &settings);

    // Where session cues sound; adds the Sound menu. Not owned. `savedCueSettings` are the
    // settings that menu (and the session's mute key) last saved.
    void setCueOutput(CueOutput *output);
    static CueSettings savedCueSettings(const QSettings &settings);

    // Adds the Reminders tab, showing and editing the controller's schedule, with the option to
    // start at login. None is owned; all must outlive the window.
    void setReminders(ReminderController *controller, const WallClock &clock, LoginItem *loginItem);
    [[nodiscard]] RemindersView *remindersView() const { return m_remindersView; }

    // Asked when the window is closed: true keeps Limber running (in the tray), and the window
    // only hides. File ▸ Quit always quits.
    void setKeepRunningWhenClosed(std::function<bool()> keepRunning) { m_keepRunning = std::move(keepRunning); }
    // Brings the window back from the tray or from behind other windows.
    void bringForward();
    // File ▸ Quit (and the tray's Quit): closes the session and the window, then ends Limber.
    void quit();

Q_SIGNALS:
    // The window was closed but Limber keeps running (see setKeepRunningWhenClosed).
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void offerRoutinesToAddTo();
    // Plays `routine` at `level`; the summary's Again calls `again`.
    SessionWindow *playRoutine(const Routine &routine, Level level, const std::function<void()> &again);
    RoutinesView *buildRoutinesView();
    // Shows the Routines tab.
    RoutinesView *openRoutines();
    void restoreState();
    void saveState();
    void showAbout();
    void saveCueSettings(const CueSettings &settings);
    void onSheetRequested(const QString &routineId, Level level, RoutineEditor::SheetAction action);

    Library &m_library;
    QSettings &m_settings;
    RoutineHistory *m_history;
    std::unique_ptr<Clock> m_clock;
    QPointer<SessionWindow> m_session;
    CueOutput *m_output = nullptr;
    SoundMenu *m_soundMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    PageTabs *m_tabs;
    ExerciseLibraryView *m_libraryView;
    RoutinesView *m_routinesView = nullptr;
    int m_routinesTab = -1;
    RemindersView *m_remindersView = nullptr;
    QAction *m_remindersAction = nullptr;
    std::function<bool()> m_keepRunning;
    bool m_quitting = false;
};

} // namespace Limber
