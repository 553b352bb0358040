#pragma once

#include "model/Level.h"

#include <QWidget>

class QListWidget;
class QSettings;
class QPushButton;

namespace Limber {

class RoutineEditor;
class RoutineHistory;
class RoutineStore;
struct FileError;
struct Routine;

// The routines: the list (built-in ones first, then the user's) beside the editor of the chosen
// one. New, copy, delete, import and export go through RoutineHistory, so they can be undone.
class RoutinesView final : public QWidget
{
    Q_OBJECT

public:
    // `settings` keeps the folder of the last export; it must outlive the view.
    RoutinesView(RoutineStore &store, RoutineHistory &history, QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] QString currentRoutineId() const;
    void selectRoutine(const QString &id);
    [[nodiscard]] RoutineEditor *editor() const { return m_editor; }

    // A new routine, with `firstExerciseId` in it if given, its name ready to be typed.
    void newRoutine(const QString &firstExerciseId = {});
    void copyCurrent();
    void deleteCurrent();
    void importRoutine();
    void exportCurrent();
    void showError(const QString &title, const FileError &error);

Q_SIGNALS:
    void startRequested(const QString &routineId, Limber::Level level);

private:
    void reload();
    void onCurrentChanged();
    [[nodiscard]] const Routine *current() const;

    RoutineStore &m_store;
    RoutineHistory &m_history;
    QSettings &m_settings;
    QListWidget *m_list;
    RoutineEditor *m_editor;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_delete;
};

} // namespace Limber
