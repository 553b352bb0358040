#pragma once

#include <QString>

#include <optional>

namespace Limber {

// What a step of a session asks the person to do.
enum class StepKind {
    GetReady, // before the first exercise
    Hold, // hold a position ("hold i of n")
    Release, // the rest between two holds or squeezes
    SqueezeHold, // the short hold of one squeeze-and-hold rep
    BreathRep, // one breath-paced rep: its phases are inhale and exhale
    TempoRep, // one counted rep of strength work: its phases are the tempo
    SelfPacedReps, // a target count the person works through at their own speed
    TimedBlock, // a block of time, optionally with slow-tempo prompts
    SwitchSides, // the pause between the first and the second side
    SetRest, // the rest between two sets
    RestBetween, // the rest between exercises, showing what comes next
    Done, // the end: zero length, carries the closing cue
};

// Stable ids for files and the command line: "get-ready", "hold", ...
QString stepKindId(StepKind kind);
std::optional<StepKind> stepKindFromId(const QString &id);

// True for steps where the exercise itself is done (not a rest, pause or transition).
bool isExerciseWork(StepKind kind);
// True for steps "extend by 10 s" applies to: holds, blocks and every rest.
bool isExtendable(StepKind kind);

} // namespace Limber
