#include "ConcreteDose.h"

namespace Limber {

int ConcreteDose::repSeconds() const
{
    int total = 0;
    for (const TempoPhase &phase : tempo)
        total += phase.seconds;
    return total;
}

ConcreteDose ConcreteDose::resolve(const Dose &dose, Level level, const DoseOverride &override)
{
    ConcreteDose result;
    result.pattern = dose.pattern;
    result.perSide = dose.perSide;
    result.tempo = dose.tempo;
    result.prompt = dose.prompt;

    result.reps = override.reps.value_or(dose.reps.isValid() ? dose.reps.at(level) : 1);
    if (dose.pattern == DosePattern::Hold || dose.pattern == DosePattern::SqueezeReps)
        result.holdSeconds = override.holdSeconds.value_or(dose.holdSeconds.at(level));
    if (dose.pattern == DosePattern::Timed) {
        result.durationSeconds = override.durationSeconds.value_or(dose.durationSeconds.at(level));
        result.reps = 1;
    }
    result.sets = override.sets.value_or(dose.sets);
    result.releaseSeconds = override.releaseSeconds.value_or(dose.releaseSeconds);
    result.restBetweenSetsSeconds = override.restBetweenSetsSeconds.value_or(dose.restBetweenSetsSeconds);
    return result;
}

} // namespace Limber
