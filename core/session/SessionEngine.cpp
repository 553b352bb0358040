#include "SessionEngine.h"

#include <algorithm>
#include <limits>

namespace Limber {

namespace {

constexpr qint64 msPerSecond = 1000;

} // namespace

SessionEngine::SessionEngine(const Clock &clock, Timeline timeline, SessionSettings settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_plan(std::move(timeline))
    , m_live(m_plan)
    , m_settings(settings)
    , m_skipped(m_plan.steps.size(), false)
    , m_marked(m_plan.steps.size(), false)
    , m_cut(m_plan.steps.size(), false)
    , m_progress(m_plan.exercises.size())
{ }

bool SessionEngine::isActive() const
{
    return m_state == State::Running || m_state == State::Paused || m_state == State::Countdown;
}

// ---- time ----------------------------------------------------------------------------------

qint64 SessionEngine::rawPositionAt(qint64 now) const
{
    switch (m_state) {
    case State::Running:
        return m_anchorPosition + (now - m_anchorClock);
    case State::Idle:
        return 0;
    case State::Paused:
    case State::Countdown:
    case State::Finished:
    case State::Stopped:
        return m_heldPosition;
    }
    return 0;
}

qint64 SessionEngine::positionAt(qint64 now) const
{
    const qint64 raw = rawPositionAt(now);
    // An open self-paced step holds the session at its end until the person marks it done.
    if (isOpen(m_step))
        return std::min(raw, m_live.steps.at(m_step).endMs());
    return raw;
}

qint64 SessionEngine::dueAt(qint64 position, qint64 now) const
{
    if (m_state == State::Running)
        return m_anchorClock + (position - m_anchorPosition);
    return now; // things that happen while paused (a skip) happen when they are asked for
}

bool SessionEngine::isOpen(int step) const
{
    return step >= 0 && step < m_live.steps.size() && m_live.steps.at(step).openEnded && !m_marked.at(step);
}

void SessionEngine::enter(State state, qint64 at)
{
    const qint64 spent = std::max<qint64>(0, at - m_stateSince);
    if (m_state == State::Running)
        m_activeMs += spent;
    else if (m_state == State::Paused || m_state == State::Countdown)
        m_pausedMs += spent;
    m_stateSince = at;
    m_state = state;
}

// ---- reporting -----------------------------------------------------------------------------

void SessionEngine::update()
{
    if (m_walking || !isActive())
        return;
    const qint64 now = nowMs();
    advanceCountdown(now);
    walk(now);
}

void SessionEngine::advanceCountdown(qint64 now)
{
    if (m_state != State::Countdown)
        return;
    const qint64 left = m_countdownEnd - now;
    const int shown = left <= 0 ? 0 : int((left + msPerSecond - 1) / msPerSecond);
    for (int n = m_countdownShown - 1; n >= std::max(shown, 1); --n)
        Q_EMIT countdownTick(n);
    m_countdownShown = std::min(m_countdownShown, shown);
    if (left <= 0) {
        // Resume exactly at the countdown's end, however late this call is.
        enter(State::Running, m_countdownEnd);
        m_anchorClock = m_countdownEnd;
        m_anchorPosition = m_heldPosition;
        Q_EMIT resumed();
    }
}

void SessionEngine::walk(qint64 now)
{
    if (m_walking)
        return;
    m_walking = true;
    // Slots may pause, skip or stop from inside a signal: re-read the state on every event.
    while (isActive()) {
        const qint64 position = rawPositionAt(now);
        if (m_step >= 0) {
            const Step &step = m_live.steps.at(m_step);
            if (m_cue < step.cues.size()) {
                const qint64 at = step.startMs + step.cues.at(m_cue).offsetMs;
                // Cues wait while paused (they sound after the countdown); Done's never waits.
                if (at > position || (m_state != State::Running && step.kind != StepKind::Done))
                    break;
                const Cue cue = step.cues.at(m_cue);
                ++m_cue;
                Q_EMIT cueDue(cue, m_step, dueAt(at, now));
                continue;
            }
            if (step.kind == StepKind::Done) {
                finish(dueAt(step.startMs, now));
                break;
            }
            if (isOpen(m_step)) {
                if (position >= step.endMs() && !m_waitingReported) {
                    m_waitingReported = true;
                    Q_EMIT waitingForUser(m_step);
                }
                break;
            }
        }
        int next = m_step + 1;
        while (next < m_live.steps.size() && m_skipped.at(next))
            ++next;
        if (next >= m_live.steps.size())
            break;
        const Step &coming = m_live.steps.at(next);
        if (coming.startMs > position)
            break;
        m_step = next;
        m_cue = 0;
        m_waitingReported = false;
        m_repsMarked = 0;
        if (isExerciseWork(coming.kind) && coming.exerciseIndex >= 0)
            m_progress[coming.exerciseIndex].started = true;
        Q_EMIT stepChanged(next, dueAt(coming.startMs, now));
    }
    m_walking = false;
}

void SessionEngine::finish(qint64 at)
{
    m_heldPosition = m_live.totalMs;
    enter(State::Finished, at);
    Q_EMIT finished();
}

// ---- controls ------------------------------------------------------------------------------

void SessionEngine::start()
{
    if (m_state != State::Idle)
        return;
    const qint64 now = nowMs();
    m_stateSince = now;
    m_anchorClock = now;
    m_anchorPosition = 0;
    enter(State::Running, now);
    Q_EMIT started();
    if (m_live.steps.isEmpty()) {
        finish(now);
        return;
    }
    walk(now);
}

void SessionEngine::pause()
{
    update();
    const qint64 now = nowMs();
    if (m_state == State::Running) {
        m_heldPosition = positionAt(now);
        enter(State::Paused, now);
        Q_EMIT paused();
    } else if (m_state == State::Countdown) {
        enter(State::Paused, now);
        Q_EMIT paused();
    }
}

void SessionEngine::resume()
{
    if (m_state != State::Paused)
        return;
    const qint64 now = nowMs();
    const int seconds = std::max(0, m_settings.resumeCountdownSeconds);
    enter(State::Countdown, now);
    m_countdownEnd = now + seconds * msPerSecond;
    m_countdownShown = seconds;
    if (seconds > 0)
        Q_EMIT countdownTick(seconds);
    update();
}

void SessionEngine::cutCurrentStep(qint64 position, bool countsAsCut)
{
    Step &step = m_live.steps[m_step];
    step.lengthMs = std::max<qint64>(0, position - step.startMs);
    step.cues.resize(m_cue); // what was not said yet will not be
    if (step.openEnded)
        m_marked[m_step] = true;
    if (countsAsCut && isExerciseWork(step.kind))
        m_cut[m_step] = true;
}

void SessionEngine::skipStep()
{
    update();
    if (!isActive() || m_step < 0 || m_live.steps.at(m_step).kind == StepKind::Done)
        return;
    const qint64 now = nowMs();
    // From the raw position: a self-paced step waiting past its estimate ends now, not back then.
    cutCurrentStep(std::max(rawPositionAt(now), m_live.steps.at(m_step).startMs), true);
    m_live.layOut(m_step + 1);
    Q_EMIT timelineChanged();
    walk(now);
}

void SessionEngine::skipExercise()
{
    update();
    if (!isActive() || m_step < 0 || m_live.steps.at(m_step).kind == StepKind::Done)
        return;
    const qint64 now = nowMs();
    const int exercise = m_live.steps.at(m_step).exerciseIndex;
    cutCurrentStep(std::max(rawPositionAt(now), m_live.steps.at(m_step).startMs), true);
    for (int i = m_step + 1; i < m_live.steps.size() && m_live.steps.at(i).exerciseIndex == exercise; ++i) {
        m_skipped[i] = true;
        m_live.steps[i].lengthMs = 0;
        if (isExerciseWork(m_live.steps.at(i).kind))
            m_cut[i] = true;
    }
    m_live.layOut(m_step + 1);
    Q_EMIT timelineChanged();
    walk(now);
}

void SessionEngine::previousStep()
{
    update();
    if (!isActive() || m_step < 0 || currentExerciseIndex() < 0)
        return;
    jumpToStep(stepBefore(m_step), nowMs());
}

int SessionEngine::stepBefore(int step) const
{
    for (int i = step - 1; i >= 0; --i) {
        const StepKind kind = m_live.steps.at(i).kind;
        // Steps skipped whole were never seen.
        if (!m_skipped.at(i) && (isExerciseWork(kind) || kind == StepKind::GetReady || kind == StepKind::RestBetween))
            return i;
    }
    return 0;
}

void SessionEngine::previousExercise()
{
    update();
    const int exercise = currentExerciseIndex();
    if (!isActive() || exercise < 0)
        return;
    jumpToStep(m_plan.exercises.at(std::max(0, exercise - 1)).firstStep, nowMs());
}

void SessionEngine::restartExercise()
{
    update();
    const int exercise = currentExerciseIndex();
    if (!isActive() || exercise < 0)
        return;
    jumpToStep(m_plan.exercises.at(exercise).firstStep, nowMs());
}

void SessionEngine::jumpToStep(int target, qint64 now)
{
    // Everything from the target on is played again as planned.
    for (int i = target; i < m_live.steps.size(); ++i) {
        m_live.steps[i] = m_plan.steps.at(i);
        m_skipped[i] = false;
        m_marked[i] = false;
        m_cut[i] = false;
    }
    m_live.layOut(target);
    // The exercises after the target start afresh, and so does the target's own when it is
    // played again from its lead-in; otherwise it keeps what was done before the target.
    const int exercise = m_plan.steps.at(target).exerciseIndex;
    for (int i = std::max(exercise, 0); i < m_progress.size(); ++i) {
        if (i > exercise || target == m_plan.exercises.at(i).firstStep)
            m_progress[i] = {};
    }

    const qint64 position = m_live.steps.at(target).startMs;
    if (m_state == State::Running) {
        m_anchorPosition = position;
        m_anchorClock = now;
    } else {
        m_heldPosition = position;
    }
    // Stand just before the target, with the step before it fully reported.
    m_step = target - 1;
    m_cue = m_step >= 0 ? int(m_live.steps.at(m_step).cues.size()) : 0;
    m_waitingReported = false;
    m_repsMarked = 0;
    Q_EMIT timelineChanged();
    walk(now);
}

bool SessionEngine::extend()
{
    update();
    if (!isActive() || m_step < 0 || !isExtendable(m_live.steps.at(m_step).kind))
        return false;
    const qint64 now = nowMs();
    const qint64 extra = qint64(m_settings.extendSeconds) * msPerSecond;
    if (extra <= 0)
        return false;
    Step &step = m_live.steps[m_step];
    const qint64 offset = positionAt(now) - step.startMs;
    step.lengthMs += extra;

    // Cues counted from the end move with it. A count already said is said again at the new end.
    QList<Cue> said = step.cues.mid(0, m_cue);
    QList<Cue> coming = step.cues.mid(m_cue);
    for (Cue &cue : coming) {
        if (cue.anchor == CueAnchor::End)
            cue.offsetMs += extra;
    }
    for (const Cue &cue : std::as_const(said)) {
        if (cue.anchor == CueAnchor::End && cue.offsetMs + extra > offset) {
            Cue again = cue;
            again.offsetMs += extra;
            coming.append(again);
        }
    }
    std::stable_sort(coming.begin(), coming.end(), [](const Cue &a, const Cue &b) { return a.offsetMs < b.offsetMs; });
    step.cues = said + coming;
    m_live.layOut(m_step + 1);
    Q_EMIT timelineChanged();
    return true;
}

void SessionEngine::markRep()
{
    update();
    if (!isActive() || !isOpen(m_step))
        return;
    ++m_repsMarked;
    const int target = m_live.steps.at(m_step).reps;
    Q_EMIT repMarked(m_repsMarked, target);
    if (m_repsMarked >= target)
        markSetDone();
}

void SessionEngine::markSetDone()
{
    update();
    if (!isActive() || !isOpen(m_step))
        return;
    const qint64 now = nowMs();
    // Ends now: earlier than the estimate shortens the step, later lengthens it, and the rest of
    // the timeline moves with it so that positions stay continuous.
    cutCurrentStep(std::max(rawPositionAt(now), m_live.steps.at(m_step).startMs), false);
    m_live.layOut(m_step + 1);
    Q_EMIT timelineChanged();
    walk(now);
}

void SessionEngine::stop()
{
    update();
    if (!isActive())
        return;
    const qint64 now = nowMs();
    m_heldPosition = positionAt(now);
    enter(State::Stopped, now);
    Q_EMIT finished();
}

// ---- getters -------------------------------------------------------------------------------

const Step *SessionEngine::currentStep() const
{
    return m_step >= 0 ? &m_live.steps.at(m_step) : nullptr;
}

int SessionEngine::currentExerciseIndex() const
{
    return m_step >= 0 ? m_live.steps.at(m_step).exerciseIndex : (m_live.exercises.isEmpty() ? -1 : 0);
}

const SessionExercise *SessionEngine::currentExercise() const
{
    const int index = currentExerciseIndex();
    return index >= 0 ? &m_live.exercises.at(index) : nullptr;
}

const SessionExercise *SessionEngine::nextExercise() const
{
    const int index = currentExerciseIndex();
    if (index < 0 || index + 1 >= m_live.exercises.size())
        return nullptr;
    return &m_live.exercises.at(index + 1);
}

int SessionEngine::currentPhaseIndex() const
{
    const Step *step = currentStep();
    if (!step)
        return -1;
    const qint64 offset = elapsedInStepMs();
    for (int i = int(step->phases.size()) - 1; i >= 0; --i) {
        if (step->phases.at(i).offsetMs <= offset)
            return i;
    }
    return -1;
}

qint64 SessionEngine::positionMs() const
{
    return positionAt(nowMs());
}

qint64 SessionEngine::elapsedInStepMs() const
{
    const Step *step = currentStep();
    if (!step)
        return 0;
    return std::clamp<qint64>(positionMs() - step->startMs, 0, step->lengthMs);
}

qint64 SessionEngine::remainingInStepMs() const
{
    const Step *step = currentStep();
    if (!step)
        return 0;
    return std::max<qint64>(0, step->endMs() - positionMs());
}

qint64 SessionEngine::remainingMs() const
{
    return std::max<qint64>(0, m_live.totalMs - positionMs());
}

bool SessionEngine::isWaitingForUser() const
{
    return isActive() && isOpen(m_step) && rawPositionAt(nowMs()) >= m_live.steps.at(m_step).endMs();
}

int SessionEngine::countdownSecondsLeft() const
{
    if (m_state != State::Countdown)
        return 0;
    const qint64 left = m_countdownEnd - nowMs();
    return left <= 0 ? 0 : int((left + msPerSecond - 1) / msPerSecond);
}

qint64 SessionEngine::nextDueAtMs() const
{
    if (m_state == State::Countdown)
        return m_countdownShown > 1 ? m_countdownEnd - (m_countdownShown - 1) * msPerSecond : m_countdownEnd;
    if (m_state != State::Running)
        return -1;
    if (m_step >= 0) {
        const Step &step = m_live.steps.at(m_step);
        if (m_cue < step.cues.size())
            return dueAt(step.startMs + step.cues.at(m_cue).offsetMs, 0);
        if (isOpen(m_step))
            return -1;
    }
    int next = m_step + 1;
    while (next < m_live.steps.size() && m_skipped.at(next))
        ++next;
    if (next >= m_live.steps.size())
        return -1;
    return dueAt(m_live.steps.at(next).startMs, 0);
}

qint64 SessionEngine::activeMs() const
{
    if (m_state == State::Running)
        return m_activeMs + std::max<qint64>(0, nowMs() - m_stateSince);
    return m_activeMs;
}

qint64 SessionEngine::pausedMs() const
{
    if (m_state == State::Paused || m_state == State::Countdown)
        return m_pausedMs + std::max<qint64>(0, nowMs() - m_stateSince);
    return m_pausedMs;
}

bool SessionEngine::exerciseCut(int exerciseIndex) const
{
    const SessionExercise &exercise = m_live.exercises.at(exerciseIndex);
    const int end = std::min(int(m_cut.size()), exercise.firstStep + exercise.stepCount);
    for (int i = exercise.firstStep; i < end; ++i) {
        if (m_cut.at(i))
            return true;
    }
    return false;
}

bool SessionEngine::exerciseFinished(int exerciseIndex) const
{
    if (m_state == State::Finished)
        return true;
    const SessionExercise &exercise = m_live.exercises.at(exerciseIndex);
    return m_step >= exercise.firstStep + exercise.stepCount;
}

SessionSummary SessionEngine::summary() const
{
    SessionSummary summary;
    summary.routineId = m_live.routineId;
    summary.routineName = m_live.routineName;
    summary.activeMs = activeMs();
    summary.pausedMs = pausedMs();
    summary.reachedEnd = m_state == State::Finished;
    for (int i = 0; i < m_live.exercises.size(); ++i) {
        const Progress &progress = m_progress.at(i);
        ExerciseStatus status = ExerciseStatus::Skipped;
        if (progress.started)
            status = !exerciseCut(i) && exerciseFinished(i) ? ExerciseStatus::Completed : ExerciseStatus::PartlyDone;
        summary.exercises.append({i, m_live.exercises.at(i).id, m_live.exercises.at(i).name, status});
    }
    return summary;
}

} // namespace Limber
