#include "SheetExercise.h"

#include "model/ConcreteDose.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/ExerciseFacts.h"
#include "model/StepText.h"

namespace Limber {

SheetExercise SheetExercise::of(const Exercise &exercise, const RoutineItem &item, Level level)
{
    const ConcreteDose dose = ConcreteDose::resolve(exercise.dose, level, item.override);
    SheetExercise words;
    words.id = exercise.id;
    words.name = exercise.name;
    words.dose = DoseText::describe(dose);
    words.time = tr("about %1", "time an exercise takes").arg(DoseText::duration(exerciseSeconds(dose, {})));
    words.facts = ExerciseFacts::printed(exercise);
    words.steps = StepText::forDose(exercise, dose);
    words.articleSuggests = StepText::articleSuggests(exercise.dose);
    if (!words.articleSuggests.isEmpty())
        words.facts = words.facts.isEmpty()
            ? words.articleSuggests
            : tr("%1 · %2", "the exercise's facts, then the article's range").arg(words.facts, words.articleSuggests);
    words.safety = exercise.safety;
    words.keyPositions = exercise.illustration.keyPositions;
    words.perSide = dose.perSide;
    return words;
}

} // namespace Limber
