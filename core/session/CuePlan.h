#pragma once

#include "Cue.h"
#include "Timeline.h"

#include <QList>

#include <optional>

namespace Limber {

// Two cues that would sound at the same time: the steps and cue indexes of both.
struct CueCollision {
    int firstStep = 0;
    int firstCue = 0;
    int secondStep = 0;
    int secondCue = 0;
};

// The rule that keeps cues from talking over each other.
//
// Each cue sounds for an estimated time from its moment: its tone, then its text read at an
// average speech rate. Two cues collide when these windows overlap, across step boundaries too.
// Higher priority wins; at equal priority the earlier cue wins. The loser is dropped whole,
// never moved: a late "3" is worse than none. Cues are taken from the highest priority down,
// each kept only if it overlaps no cue kept before it, so what is kept never overlaps.
class CuePlan final
{
public:
    static constexpr qint64 toneMs = 250;
    static constexpr qint64 msPerCharacter = 65; // about 15 characters a second, synthetic speech
    static constexpr qint64 minSpeechMs = 400;

    // How long a cue is expected to sound.
    [[nodiscard]] static qint64 soundingMs(const Cue &cue);

    // Drops the cues that lose a collision, across the whole timeline. Steps must be laid out.
    static void resolveCollisions(Timeline &timeline);

    // The first pair of cues that overlap, or nothing.
    [[nodiscard]] static std::optional<CueCollision> findCollision(const Timeline &timeline);
};

} // namespace Limber
