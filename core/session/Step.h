#pragma once

#include "Cue.h"
#include "StepKind.h"
#include "StepPhase.h"
#include "model/Side.h"

#include <QList>
#include <QString>

namespace Limber {

// One step of a session timeline, placed at an absolute time.
struct Step {
    StepKind kind = StepKind::GetReady;
    // The exercise this step belongs to (index into Timeline::exercises). Lead-ins (get ready,
    // rest between) belong to the exercise they lead into; Done has -1.
    int exerciseIndex = -1;
    QString exerciseId;
    Side side = Side::None;
    int rep = 0; // 1-based rep or hold within its side and set; 0 where it does not apply
    int reps = 0; // reps or holds per side and set
    int set = 0; // 1-based; 0 where it does not apply
    int sets = 0;
    qint64 startMs = 0;
    qint64 lengthMs = 0;
    // Self-paced reps: lengthMs is the paced estimate; the step lasts until the person marks the
    // set done (earlier or later), so the plan's later times are estimates from here on.
    bool openEnded = false;
    QList<StepPhase> phases; // the phases of a rep, or the repeated tempo of a timed block
    QList<Cue> cues; // sorted by offset, each inside the step

    [[nodiscard]] qint64 endMs() const { return startMs + lengthMs; }

    friend bool operator==(const Step &, const Step &) = default;
};

} // namespace Limber
