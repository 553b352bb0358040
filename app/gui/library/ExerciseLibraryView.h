#pragma once

#include "model/Level.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;

namespace Limber {

class Catalog;
class ExerciseDetailView;
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

Q_SIGNALS:
    void currentExerciseChanged(const QString &id);
    // "Start this exercise" in the details.
    void exerciseStartRequested(const QString &exerciseId, Limber::Level level);

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
