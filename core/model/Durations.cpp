#include "Durations.h"

#include "Catalog.h"
#include "Routine.h"

namespace Limber {

namespace {

int oneSideSeconds(const ConcreteDose &dose)
{
    switch (dose.pattern) {
    case DosePattern::BreathReps:
    case DosePattern::TempoReps:
        return dose.reps * dose.repSeconds();
    case DosePattern::Hold:
    case DosePattern::SqueezeReps:
        return dose.reps * dose.holdSeconds + (dose.reps - 1) * dose.releaseSeconds;
    case DosePattern::Timed:
        return dose.durationSeconds;
    }
    return 0;
}

} // namespace

int exerciseSeconds(const ConcreteDose &dose, const SessionTimings &timings)
{
    int oneSet = oneSideSeconds(dose);
    if (dose.perSide)
        oneSet = 2 * oneSet + timings.switchSidesSeconds;
    return dose.sets * oneSet + (dose.sets - 1) * dose.restBetweenSetsSeconds;
}

int routineSeconds(const Routine &routine, const Catalog &catalog, Level level, const SessionTimings &timings)
{
    int total = 0;
    int played = 0;
    for (const RoutineItem &item : routine.items) {
        const Exercise *exercise = catalog.find(item.exerciseId);
        if (!exercise)
            continue;
        total += exerciseSeconds(ConcreteDose::resolve(exercise->dose, level, item.override), timings);
        ++played;
    }
    if (played == 0)
        return 0;
    return timings.getReadySeconds + total + (played - 1) * routine.restBetweenSeconds;
}

} // namespace Limber
