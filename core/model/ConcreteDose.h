#pragma once

#include "Dose.h"
#include "DoseOverride.h"
#include "Level.h"

namespace Limber {

// A dose with every number decided: what a session plays and a sheet prints.
struct ConcreteDose {
    DosePattern pattern = DosePattern::Hold;
    int reps = 1; // reps, or how many times a hold is repeated
    int holdSeconds = 0; // Hold and SqueezeReps
    int durationSeconds = 0; // Timed
    bool perSide = false;
    int sets = 1;
    int releaseSeconds = 0;
    int restBetweenSetsSeconds = 0;
    QList<TempoPhase> tempo;
    QString prompt; // Timed: what to do through the block (see Dose::prompt)

    // Seconds of one rep of a BreathReps or TempoReps dose (the sum of its phases).
    [[nodiscard]] int repSeconds() const;

    // The level picks a number from each of the dose's ranges; the override wins where it is set.
    static ConcreteDose resolve(const Dose &dose, Level level, const DoseOverride &override = {});

    friend bool operator==(const ConcreteDose &, const ConcreteDose &) = default;
};

} // namespace Limber
