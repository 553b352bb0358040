#pragma once

#include <QString>
#include <QtGlobal>

namespace Limber {

// Which cue wins when two would sound at once (see CuePlan): higher values win.
enum class CuePriority {
    Tempo = 0, // slow-tempo prompts during a timed block
    Halfway = 1, // "Halfway"
    Phase = 2, // "Exhale", "Squeeze": the pacing inside a rep
    Count = 3, // "3", "2", "1" before a step ends
    Announce = 4, // "Next up: Child's Pose. Hold 45 seconds, 4 times."
    Action = 5, // start of a hold or rep, release, switch sides
    Done = 6, // the end of the session
};

// Where a cue's offset is measured from. Counts before the end move when a step is extended.
enum class CueAnchor { Start, End };

// One thing to play at a moment inside a step: a tone, a spoken text, or both (tone first).
struct Cue {
    QString id; // stable kind of cue: "start", "count-3", "halfway", ... (docs/plan-json.md)
    qint64 offsetMs = 0; // from the start of its step
    QString tone; // a tone id (CueTones.h), or empty for speech only
    QString text; // translated speech, or empty for a tone only
    CuePriority priority = CuePriority::Phase;
    CueAnchor anchor = CueAnchor::Start;

    friend bool operator==(const Cue &, const Cue &) = default;
};

} // namespace Limber
