#pragma once

#include "SessionSettings.h"
#include "Timeline.h"
#include "model/SessionTimings.h"

namespace Limber {

class Catalog;
struct Routine;

// Turns a routine at a level (with the user's own numbers from its items) into the timeline a
// session plays, cues included. Its total always equals routineSeconds() for the same input.
//
// Layout of one exercise: a lead-in (get ready before the first exercise, rest between before
// the others, carrying the announcement), then per set (set rest between sets) per side (switch
// sides between them) the work: holds or squeezes with releases between them, paced reps, a
// self-paced step, or a timed block. A zero-length Done step closes the timeline.
class TimelineBuilder final
{
public:
    explicit TimelineBuilder(const Catalog &catalog, SessionTimings timings = {}, SessionSettings settings = {});

    [[nodiscard]] Timeline build(const Routine &routine, Level level) const;
    // At the routine's own level.
    [[nodiscard]] Timeline build(const Routine &routine) const;

private:
    struct Context;

    void addLeadIn(Context &context, StepKind kind, int seconds) const;
    void addWork(Context &context, Side side, int set) const;
    void addStep(Context &context, Step step) const;
    void addCountdown(Step &step) const;
    [[nodiscard]] QString opening(Context &context, Side side, const QString &text) const;

    const Catalog &m_catalog;
    SessionTimings m_timings;
    SessionSettings m_settings;
};

} // namespace Limber
