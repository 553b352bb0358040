#pragma once

#include "SessionExercise.h"
#include "Step.h"
#include "model/Level.h"

#include <QList>
#include <QString>

namespace Limber {

// A whole session laid out in time: every step at its absolute start, each carrying its cues.
// Steps follow each other without gaps; the last is a zero-length Done step at totalMs.
struct Timeline {
    QString routineId;
    QString routineName;
    Level level = Level::Standard;
    QList<SessionExercise> exercises;
    QList<Step> steps;
    qint64 totalMs = 0;

    // The step playing at `positionMs` (the Done step at and after the end); -1 if empty.
    [[nodiscard]] int stepAt(qint64 positionMs) const;
    // Sets every step's start from the lengths before it, and totalMs.
    void layOut(int fromStep = 0);

    friend bool operator==(const Timeline &, const Timeline &) = default;
};

} // namespace Limber
