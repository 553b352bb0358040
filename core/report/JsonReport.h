#pragma once

#include "model/Level.h"
#include "model/SessionTimings.h"

#include <QJsonObject>

namespace Limber {

class Catalog;
struct ConcreteDose;
struct Exercise;
struct Routine;

// The JSON that `limber exercises|routines|show --json` prints. Its shape is documented in the
// README and kept stable: fields may be added, never renamed or removed within a version.
namespace JsonReport {

inline constexpr int version = 1;

QJsonObject exercise(const Exercise &exercise);
QJsonObject concreteDose(const ConcreteDose &dose);
QJsonObject routineSummary(const Routine &routine, const Catalog &catalog, const SessionTimings &timings);
QJsonObject routineDetail(const Routine &routine, const Catalog &catalog, Level level, const SessionTimings &timings);

} // namespace JsonReport
} // namespace Limber
