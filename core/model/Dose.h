#pragma once

#include "Range.h"

#include <QList>
#include <QString>

#include <optional>

namespace Limber {

// How an exercise is dosed, as the article describes it.
enum class DosePattern {
    BreathReps, // reps paced by the breath: inhale into one position, exhale into the other
    Hold, // hold a position, release, repeat ("hold 30-60 s, 3-5 times")
    SqueezeReps, // a short hold per rep ("squeeze 3-5 s, 10-15 times"; "hold a few seconds")
    TempoReps, // moving reps counted at a tempo (rows, reverse fly)
    Timed, // one block of time ("1-2 minutes of slow slides")
};

QString dosePatternId(DosePattern pattern);
std::optional<DosePattern> dosePatternFromId(const QString &id);

// One phase of a rep, such as "Inhale" for 3 s into the "cow" key position, or "Pull" for 2 s.
// The name is shown and spoken; the key position names the illustration frame to show.
struct TempoPhase {
    QString name;
    int seconds = 0;
    QString keyPosition;

    friend bool operator==(const TempoPhase &, const TempoPhase &) = default;
};

// The dose of a catalog exercise: ranges from the article, plus Limber's defaults for what the
// article leaves open (tempo, release and rest times), each marked as such.
struct Dose {
    DosePattern pattern = DosePattern::Hold;
    Range reps; // reps, or how many times a hold is repeated
    Range holdSeconds; // Hold and SqueezeReps
    Range durationSeconds; // Timed
    bool perSide = false;
    int sets = 1;
    int releaseSeconds = 0; // between holds or squeezes (Limber's default)
    int restBetweenSetsSeconds = 0;
    // BreathReps: two phases (inhale, exhale); TempoReps: the phases of one rep;
    // Timed: an optional slow tempo to prompt during the block.
    QList<TempoPhase> tempo;
    // Timed without a tempo: what to do through the block, in a few words ("Sit or stand tall").
    // Shown as the session's action and spoken at the start; Limber's words, not the article's.
    QString prompt;

    friend bool operator==(const Dose &, const Dose &) = default;
};

} // namespace Limber
