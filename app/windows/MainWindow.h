#pragma once

#include "platform/Theme.h"

#include <QMainWindow>

class QSettings;
class QTabWidget;

namespace Limber {

class ExerciseLibraryView;
class RoutineHistory;
class Library;
class RoutinesView;

// The main window: the exercise library and the routines, side by side in tabs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` keeps the window's size and the last selection; it must outlive the window.
    MainWindow(Library &library, QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] ExerciseLibraryView *libraryView() const { return m_libraryView; }
    [[nodiscard]] RoutinesView *routinesView() const { return m_routinesView; }
    [[nodiscard]] RoutineHistory *history() const { return m_history; }
    // The appearance chosen in View ▸ Appearance, to apply before the window is built.
    static Theme savedTheme(const QSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreState();
    void saveState();
    void showAbout();

    Library &m_library;
    QSettings &m_settings;
    RoutineHistory *m_history;
    QTabWidget *m_tabs;
    ExerciseLibraryView *m_libraryView;
    RoutinesView *m_routinesView;
};

} // namespace Limber
