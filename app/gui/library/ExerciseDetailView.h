#pragma once

#include "model/Level.h"

#include <QScrollArea>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;

namespace Limber {

struct Exercise;
class FigureView;

// One of the user's own routines, as "Add to Routine" offers it.
struct RoutineChoice {
    QString id;
    QString name;
    bool canAdd = true; // false when it is full
};

// Everything about one exercise: its illustration, what it is for, the steps, the dose at each
// level (saying which numbers are the article's and which Limber chose), and the safety note.
class ExerciseDetailView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ExerciseDetailView(QWidget *parent = nullptr);

    void showExercise(const Exercise *exercise);

    // The level chosen for "Start this exercise".
    [[nodiscard]] Level chosenLevel() const;
    // The routines "Add to Routine" offers (the user's own; built-ins cannot be changed).
    void setRoutineChoices(const QList<RoutineChoice> &choices);
    // A line under the buttons (what was just done), until another exercise is shown.
    void showNote(const QString &text);

Q_SIGNALS:
    // "Start this exercise": a session of this exercise alone at the chosen level.
    void startRequested(const QString &exerciseId, Limber::Level level);
    // "Add to Routine": this exercise at the end of the routine, or of a new one (`routineId` empty).
    void addToRoutineRequested(const QString &exerciseId, const QString &routineId);

private:
    // The steps with the numbers of the chosen level, as a session at that level says them.
    void showSteps();
    void fillAddMenu();
    // Plain text where no markup is needed: it is laid out far faster than rich text.
    QLabel *addLabel(const QString &objectName, Qt::TextFormat format = Qt::RichText);

    FigureView *m_illustration;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_summary;
    QLabel *m_dose;
    QLabel *m_steps;
    QLabel *m_safety;
    QLabel *m_empty;
    QWidget *m_actions;
    QComboBox *m_level;
    QPushButton *m_start;
    QPushButton *m_addToRoutine;
    QMenu *m_addMenu;
    QLabel *m_note;
    QList<RoutineChoice> m_choices;
    QString m_exerciseId;
    const Exercise *m_exercise = nullptr; // the catalog's, which outlives the view
};

} // namespace Limber
