#include "TimelineBuilder.h"

#include "CuePlan.h"
#include "CueText.h"
#include "CueTones.h"
#include "model/Catalog.h"
#include "model/Routine.h"

#include <QStringList>

#include <algorithm>

namespace Limber {

namespace {

constexpr qint64 msPerSecond = 1000;

Cue makeCue(const QString &id, qint64 offsetMs, const QString &tone, const QString &text, CuePriority priority,
            CueAnchor anchor = CueAnchor::Start)
{
    return Cue{id, offsetMs, tone, text, priority, anchor};
}

// The tempo of a rep laid out as phases inside one rep step.
QList<StepPhase> repPhases(const QList<TempoPhase> &tempo)
{
    QList<StepPhase> phases;
    qint64 at = 0;
    for (const TempoPhase &phase : tempo) {
        phases.append({phase.name, phase.keyPosition, at, phase.seconds * msPerSecond});
        at += phase.seconds * msPerSecond;
    }
    return phases;
}

// A slow tempo repeated through a timed block; the last phase is cut at the block's end.
QList<StepPhase> blockPhases(const QList<TempoPhase> &tempo, qint64 lengthMs)
{
    QList<StepPhase> phases;
    qint64 cycle = 0;
    for (const TempoPhase &phase : tempo)
        cycle += phase.seconds;
    if (cycle <= 0)
        return phases;
    qint64 at = 0;
    while (at < lengthMs) {
        for (const TempoPhase &phase : tempo) {
            if (at >= lengthMs)
                break;
            const qint64 length = std::min(phase.seconds * msPerSecond, lengthMs - at);
            if (length > 0)
                phases.append({phase.name, phase.keyPosition, at, length});
            at += phase.seconds * msPerSecond;
        }
    }
    return phases;
}

} // namespace

// What the builder knows while it lays out one exercise.
struct TimelineBuilder::Context {
    Timeline timeline;
    int exerciseIndex = -1;
    QString exerciseId;
    ConcreteDose dose;
    QString announcement; // "Child's Pose. Hold 45 seconds, 4 times."
    bool announced = false; // false until a lead-in or the first work step carries it
    Side openedSide = Side::None;
    bool sideOpened = false;
};

TimelineBuilder::TimelineBuilder(const Catalog &catalog, SessionTimings timings, SessionSettings settings)
    : m_catalog(catalog)
    , m_timings(timings)
    , m_settings(settings)
{ }

Timeline TimelineBuilder::build(const Routine &routine) const
{
    return build(routine, routine.level);
}

Timeline TimelineBuilder::build(const Routine &routine, Level level) const
{
    Context context;
    context.timeline.routineId = routine.id;
    context.timeline.routineName = routine.name;
    context.timeline.level = level;

    for (const RoutineItem &item : routine.items) {
        // Items whose exercise is unknown are left out, as routineSeconds() counts them as zero.
        const Exercise *exercise = m_catalog.find(item.exerciseId);
        if (!exercise)
            continue;
        const ConcreteDose dose = ConcreteDose::resolve(exercise->dose, level, item.override);
        const bool first = context.timeline.exercises.isEmpty();

        context.exerciseIndex = int(context.timeline.exercises.size());
        context.exerciseId = exercise->id;
        context.dose = dose;
        context.announcement = CueText::announce(exercise->name, dose);
        context.announced = false;
        context.sideOpened = false;
        context.timeline.exercises.append({exercise->id, exercise->name, dose, int(context.timeline.steps.size()), 0});

        if (first)
            addLeadIn(context, StepKind::GetReady, m_timings.getReadySeconds);
        else
            addLeadIn(context, StepKind::RestBetween, routine.restBetweenSeconds);

        const QList<Side> sides = dose.perSide ? QList<Side>{Side::Left, Side::Right} : QList<Side>{Side::None};
        for (int set = 1; set <= dose.sets; ++set) {
            if (set > 1 && dose.restBetweenSetsSeconds > 0) {
                Step rest;
                rest.kind = StepKind::SetRest;
                rest.set = set;
                rest.sets = dose.sets;
                rest.lengthMs = dose.restBetweenSetsSeconds * msPerSecond;
                rest.cues.append(makeCue(QStringLiteral("set-rest"), 0, CueTones::rest,
                                         CueText::setRest(set, dose.sets), CuePriority::Action));
                addCountdown(rest);
                addStep(context, std::move(rest));
            }
            for (Side side : sides) {
                if (side == Side::Right && m_timings.switchSidesSeconds > 0) {
                    Step change;
                    change.kind = StepKind::SwitchSides;
                    change.side = Side::Right;
                    change.set = set;
                    change.sets = dose.sets;
                    change.lengthMs = m_timings.switchSidesSeconds * msPerSecond;
                    change.cues.append(makeCue(QStringLiteral("switch"), 0, CueTones::switchSides,
                                               CueText::switchSides(), CuePriority::Action));
                    addCountdown(change);
                    addStep(context, std::move(change));
                }
                addWork(context, side, set);
            }
        }
        SessionExercise &added = context.timeline.exercises.last();
        added.stepCount = int(context.timeline.steps.size()) - added.firstStep;
    }

    if (!context.timeline.exercises.isEmpty()) {
        Step done;
        done.kind = StepKind::Done;
        done.cues.append(makeCue(QStringLiteral("done"), 0, CueTones::done, CueText::done(), CuePriority::Done));
        context.exerciseIndex = -1;
        context.exerciseId.clear();
        addStep(context, std::move(done));
    }

    context.timeline.layOut();
    CuePlan::resolveCollisions(context.timeline);
    return std::move(context.timeline);
}

void TimelineBuilder::addLeadIn(Context &context, StepKind kind, int seconds) const
{
    // Without a lead-in the first work step says the announcement instead.
    if (seconds <= 0)
        return;
    Step step;
    step.kind = kind;
    step.lengthMs = seconds * msPerSecond;
    if (kind == StepKind::GetReady)
        step.cues.append(makeCue(QStringLiteral("get-ready"), 0, {}, CueText::getReady(context.announcement),
                                 CuePriority::Announce));
    else
        step.cues.append(makeCue(QStringLiteral("next-up"), 0, CueTones::rest, CueText::nextUp(context.announcement),
                                 CuePriority::Announce));
    context.announced = true;
    addCountdown(step);
    addStep(context, std::move(step));
}

QString TimelineBuilder::opening(Context &context, Side side, const QString &text) const
{
    QStringList parts;
    if (!context.announced) {
        parts.append(context.announcement);
        context.announced = true;
    }
    if (side != Side::None && (!context.sideOpened || context.openedSide != side)) {
        parts.append(CueText::side(side));
        context.sideOpened = true;
        context.openedSide = side;
    }
    parts.append(text);
    return parts.join(QLatin1Char(' '));
}

void TimelineBuilder::addWork(Context &context, Side side, int set) const
{
    const ConcreteDose &dose = context.dose;
    Step base;
    base.side = side;
    base.set = set;
    base.sets = dose.sets;
    base.reps = dose.reps;

    const bool repPattern = dose.pattern == DosePattern::BreathReps || dose.pattern == DosePattern::TempoReps
        || dose.pattern == DosePattern::SqueezeReps;
    if (repPattern && m_settings.repMode == RepMode::SelfPaced) {
        // As long as the paced form would take, so the plan's total stays the routine's duration.
        Step step = base;
        step.kind = StepKind::SelfPacedReps;
        step.openEnded = true;
        step.lengthMs = dose.pattern == DosePattern::SqueezeReps
            ? (dose.reps * dose.holdSeconds + (dose.reps - 1) * dose.releaseSeconds) * msPerSecond
            : dose.reps * dose.repSeconds() * msPerSecond;
        step.cues.append(makeCue(QStringLiteral("start"), 0, CueTones::start,
                                 opening(context, side, CueText::selfPaced(dose.reps)), CuePriority::Action));
        addStep(context, std::move(step));
        return;
    }

    switch (dose.pattern) {
    case DosePattern::Hold:
    case DosePattern::SqueezeReps: {
        const bool squeeze = dose.pattern == DosePattern::SqueezeReps;
        for (int rep = 1; rep <= dose.reps; ++rep) {
            if (rep > 1 && dose.releaseSeconds > 0) {
                Step release = base;
                release.kind = StepKind::Release;
                release.rep = rep;
                release.lengthMs = dose.releaseSeconds * msPerSecond;
                release.cues.append(
                    makeCue(QStringLiteral("release"), 0, CueTones::release, CueText::release(), CuePriority::Action));
                addCountdown(release);
                addStep(context, std::move(release));
            }
            Step hold = base;
            hold.kind = squeeze ? StepKind::SqueezeHold : StepKind::Hold;
            hold.rep = rep;
            hold.lengthMs = dose.holdSeconds * msPerSecond;
            const QString text = squeeze ? CueText::squeeze(rep, dose.reps) : CueText::hold(rep, dose.reps);
            hold.cues.append(makeCue(QStringLiteral("start"), 0, CueTones::start, opening(context, side, text),
                                     CuePriority::Action));
            if (hold.lengthMs >= m_settings.halfwayFromSeconds * msPerSecond)
                hold.cues.append(makeCue(QStringLiteral("halfway"), hold.lengthMs / 2, {}, CueText::halfway(),
                                         CuePriority::Halfway));
            addCountdown(hold);
            addStep(context, std::move(hold));
        }
        break;
    }
    case DosePattern::BreathReps:
    case DosePattern::TempoReps: {
        const QList<StepPhase> phases = repPhases(dose.tempo);
        for (int rep = 1; rep <= dose.reps; ++rep) {
            Step step = base;
            step.kind = dose.pattern == DosePattern::BreathReps ? StepKind::BreathRep : StepKind::TempoRep;
            step.rep = rep;
            step.lengthMs = dose.repSeconds() * msPerSecond;
            step.phases = phases;
            for (int p = 0; p < phases.size(); ++p) {
                const StepPhase &phase = phases.at(p);
                if (p == 0) {
                    // Only the first rep of a side starts with the tone; later reps just count.
                    const bool opens = rep == 1;
                    step.cues.append(makeCue(QStringLiteral("rep"), 0, opens ? CueTones::start : QString(),
                                             opening(context, side, CueText::rep(rep, dose.reps, phase.name)),
                                             opens ? CuePriority::Action : CuePriority::Phase));
                } else {
                    step.cues.append(
                        makeCue(QStringLiteral("phase"), phase.offsetMs, {}, phase.name, CuePriority::Phase));
                }
            }
            addStep(context, std::move(step));
        }
        break;
    }
    case DosePattern::Timed: {
        Step block = base;
        block.kind = StepKind::TimedBlock;
        block.reps = 0;
        block.lengthMs = dose.durationSeconds * msPerSecond;
        block.phases = blockPhases(dose.tempo, block.lengthMs);
        block.cues.append(
            makeCue(QStringLiteral("start"), 0, CueTones::start,
                    opening(context, side,
                            CueText::timedBlock(dose.durationSeconds,
                                                dose.tempo.isEmpty() ? dose.prompt : dose.tempo.first().name)),
                    CuePriority::Action));
        if (m_settings.tempoPrompts) {
            for (const StepPhase &phase : std::as_const(block.phases)) {
                if (phase.offsetMs > 0)
                    block.cues.append(
                        makeCue(QStringLiteral("tempo"), phase.offsetMs, {}, phase.name, CuePriority::Tempo));
            }
        }
        if (block.lengthMs >= m_settings.halfwayFromSeconds * msPerSecond)
            block.cues.append(
                makeCue(QStringLiteral("halfway"), block.lengthMs / 2, {}, CueText::halfway(), CuePriority::Halfway));
        addCountdown(block);
        addStep(context, std::move(block));
        break;
    }
    }
}

void TimelineBuilder::addCountdown(Step &step) const
{
    if (step.lengthMs < m_settings.countdownFromSeconds * msPerSecond || step.lengthMs < 3 * msPerSecond)
        return;
    for (int left = 3; left >= 1; --left)
        step.cues.append(makeCue(QStringLiteral("count-%1").arg(left), step.lengthMs - left * msPerSecond,
                                 CueTones::tick, CueText::count(left), CuePriority::Count, CueAnchor::End));
}

void TimelineBuilder::addStep(Context &context, Step step) const
{
    // Zero-length work (a dose of 0 s) has nothing to play; Done is the one empty step kept.
    if (step.lengthMs <= 0 && step.kind != StepKind::Done)
        return;
    step.exerciseIndex = context.exerciseIndex;
    step.exerciseId = context.exerciseId;
    std::stable_sort(step.cues.begin(), step.cues.end(),
                     [](const Cue &a, const Cue &b) { return a.offsetMs < b.offsetMs; });
    context.timeline.steps.append(std::move(step));
}

} // namespace Limber
