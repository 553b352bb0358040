#pragma once

#include "ExerciseDetailView.h"
#include "model/Level.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;

namespace Limber {

class Catalog;
class ExerciseFilterModel;
class ExerciseListModel;
class ExerciseThumbnails;

// The exercise library: search and filters over the list, the chosen exercise's details beside it.
class ExerciseLibraryView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExerciseLibraryView(const Catalog &catalog, QWidget *parent = nullptr);

    [[nodiscard]] QString currentExerciseId() const;
    void selectExercise(const QString &id);
    void focusSearch();
    // What "Add to Routine" in the details offers, and a note on what it did.
    void setRoutineChoices(const QList<RoutineChoice> &choices);
    void showNote(const QString &text);

Q_SIGNALS:
    void currentExerciseChanged(const QString &id);
    // "Start this exercise" in the details.
    void exerciseStartRequested(const QString &exerciseId, Limber::Level level);
    // "Add to Routine" in the details (`routineId` empty: a new routine).
    void addToRoutineRequested(const QString &exerciseId, const QString &routineId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void applyFilters();

    const Catalog &m_catalog;
    ExerciseListModel *m_model;
    ExerciseFilterModel *m_filter;
    ExerciseThumbnails *m_thumbnails;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_position;
    QComboBox *m_equipment;
    QCheckBox *m_noFloor;
    QListView *m_list;
    ExerciseDetailView *m_detail;
};

} // namespace Limber
