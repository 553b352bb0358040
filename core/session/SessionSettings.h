#pragma once

namespace Limber {

// How rep exercises are played.
enum class RepMode {
    Paced, // counted for the person at the dose's tempo (the default)
    SelfPaced, // a target count; the person marks reps or the set done
};

// Session choices beyond SessionTimings (which routine durations also use). Every value is
// Limber's own choice where the article is silent, shown and changeable in settings.
struct SessionSettings {
    RepMode repMode = RepMode::Paced;
    int extendSeconds = 10; // "extend" adds this much to the current hold or rest
    int resumeCountdownSeconds = 3; // 3-2-1 before a paused session moves again
    int halfwayFromSeconds = 20; // holds and blocks at least this long get a "halfway" cue
    int countdownFromSeconds = 5; // steps at least this long count their last three seconds
    bool tempoPrompts = true; // speak the slow tempo during timed blocks

    friend bool operator==(const SessionSettings &, const SessionSettings &) = default;
};

} // namespace Limber
