#pragma once

#include "model/Level.h"

#include <QScrollArea>

class QComboBox;
class QLabel;
class QPushButton;

namespace Limber {

struct Exercise;
class FigureView;

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

Q_SIGNALS:
    // "Start this exercise": a session of this exercise alone at the chosen level.
    void startRequested(const QString &exerciseId, Limber::Level level);

private:
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
    QString m_exerciseId;
};

} // namespace Limber
