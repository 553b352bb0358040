#include "SheetExercise.h"

#include "model/ConcreteDose.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/ExerciseFacts.h"

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
    words.steps = exercise.steps;
    words.safety = exercise.safety;
    words.keyPositions = exercise.illustration.keyPositions;
    words.perSide = dose.perSide;
    return words;
}

} // namespace Limber
