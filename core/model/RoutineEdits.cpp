#include "RoutineEdits.h"

#include "Exercise.h"
#include "Limits.h"

namespace Limber::RoutineEdits {

Routine ofOneExercise(const Exercise &exercise, Level level)
{
    Routine routine;
    routine.id = QStringLiteral("exercise/") + exercise.id;
    routine.name = exercise.name;
    routine.level = level;
    routine.items = {RoutineItem{exercise.id, {}}};
    routine.builtIn = true; // nothing to change or save
    return routine;
}

bool canAddExercise(const Routine &routine)
{
    return !routine.builtIn && routine.items.size() < Limits::maxItems;
}

bool addExercise(Routine &routine, const QString &exerciseId)
{
    if (!canAddExercise(routine))
        return false;
    routine.items.append(RoutineItem{exerciseId, {}});
    return true;
}

} // namespace Limber::RoutineEdits
