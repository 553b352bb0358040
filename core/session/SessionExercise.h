#pragma once

#include "model/ConcreteDose.h"

#include <QString>

namespace Limber {

// An exercise as one session plays it: which one, under what name, at which dose.
struct SessionExercise {
    QString id;
    QString name; // translated
    ConcreteDose dose;
    int firstStep = 0; // the first step of its segment (its lead-in) in the plan
    int stepCount = 0; // steps in its segment, lead-in included

    friend bool operator==(const SessionExercise &, const SessionExercise &) = default;
};

} // namespace Limber
