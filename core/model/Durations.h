#pragma once

#include "ConcreteDose.h"
#include "SessionTimings.h"

namespace Limber {

class Catalog;
struct Routine;

// Seconds one exercise takes at this dose: every rep, hold, release, side switch and set rest.
int exerciseSeconds(const ConcreteDose &dose, const SessionTimings &timings);

// Seconds a whole routine takes at a level: get ready, every exercise, the rests between them.
// Items whose exercise is not in the catalog count as zero.
int routineSeconds(const Routine &routine, const Catalog &catalog, Level level, const SessionTimings &timings = {});

} // namespace Limber
