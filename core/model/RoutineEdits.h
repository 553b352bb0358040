#pragma once

#include "Level.h"
#include "Routine.h"

#include <QString>

namespace Limber {

struct Exercise;

// The rules for making and growing a routine from one exercise, the same for the library's
// "Start this exercise" and "Add to Routine", and for the routine editor's Add.
namespace RoutineEdits {

// A routine of just this exercise at `level`, with the level's numbers, to play at once. It is
// not kept: its id says which exercise it is ("exercise/cat-cow") and its name is the exercise's.
Routine ofOneExercise(const Exercise &exercise, Level level);

// Whether an exercise can be added: the routine is the user's own and not yet full.
bool canAddExercise(const Routine &routine);

// Adds the exercise at the end, with the routine's level's numbers (no numbers of its own).
// False, and the routine unchanged, when canAddExercise() says no.
bool addExercise(Routine &routine, const QString &exerciseId);

} // namespace RoutineEdits

} // namespace Limber
