#pragma once

#include "Clock.h"
#include "SessionSettings.h"
#include "SessionSummary.h"
#include "Timeline.h"

#include <QList>
#include <QObject>

namespace Limber {

// Plays a timeline. The state is a function of the clock, the start and the pauses: the
// position in the timeline is `anchor position + (now - anchor time)` while running, and is held
// while paused. A display timer calls update(), which reports every step start and cue the
// position has passed since the last call, in order, each once, however late the call is.
// Every signal carries the clock time the event was due, so a late report can be compensated.
//
// Skip, extend and self-paced reps change step lengths in the engine's own copy of the
// timeline (timeline()); back and restart restore the plan from the step they go to on and jump
// there.
// Call update() before reading the getters; they describe the position at the clock's now.
class SessionEngine final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // not started
        Running,
        Paused,
        Countdown, // resuming: the 3-2-1 before the session moves again
        Finished, // reached the end
        Stopped, // stopped early
    };
    Q_ENUM(State)

    SessionEngine(const Clock &clock, Timeline timeline, SessionSettings settings = {}, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] const Timeline &plan() const { return m_plan; }
    [[nodiscard]] const Timeline &timeline() const { return m_live; }
    [[nodiscard]] const SessionSettings &settings() const { return m_settings; }

    void start();
    void pause();
    void resume(); // through the countdown
    void skipStep();
    void skipExercise();
    // Back one step, over what the person saw but not the transitions (a release, switching
    // sides, the rest between sets): from hold 2, hold 1; from the first hold, the exercise's
    // lead-in; from a lead-in, the previous exercise's last hold or rep.
    void previousStep();
    void previousExercise(); // the first exercise restarts
    void restartExercise();
    // Adds settings().extendSeconds to the current hold, block or rest; false where that makes
    // no sense (reps, Done) or the session is not active.
    bool extend();
    // Self-paced reps: count one rep (the set is done at the target) or finish the set now.
    void markRep();
    void markSetDone();
    void stop();
    // Catches up with the clock: call it from the display timer.
    void update();

    [[nodiscard]] int currentStepIndex() const { return m_step; }
    [[nodiscard]] const Step *currentStep() const;
    [[nodiscard]] int currentExerciseIndex() const;
    [[nodiscard]] const SessionExercise *currentExercise() const;
    // The exercise after the current one (during a lead-in, the current one is the one coming).
    [[nodiscard]] const SessionExercise *nextExercise() const;
    // Index into currentStep()->phases of the phase playing now, or -1.
    [[nodiscard]] int currentPhaseIndex() const;
    [[nodiscard]] qint64 positionMs() const;
    [[nodiscard]] qint64 elapsedInStepMs() const;
    [[nodiscard]] qint64 remainingInStepMs() const;
    [[nodiscard]] qint64 totalMs() const { return m_live.totalMs; }
    [[nodiscard]] qint64 remainingMs() const;
    [[nodiscard]] bool isWaitingForUser() const;
    [[nodiscard]] int repsMarked() const { return m_repsMarked; }
    [[nodiscard]] int countdownSecondsLeft() const;
    // The clock time (ms) of the next thing update() will report: a step start, a cue, a
    // countdown number or the resume; -1 when nothing is coming by itself (idle, paused, ended,
    // waiting for a self-paced set). A view arms a single-shot timer for it, so a cue sounds on
    // time without a fast display timer.
    [[nodiscard]] qint64 nextDueAtMs() const;
    [[nodiscard]] qint64 activeMs() const;
    [[nodiscard]] qint64 pausedMs() const;
    [[nodiscard]] SessionSummary summary() const;

Q_SIGNALS:
    void started();
    void stepChanged(int stepIndex, qint64 dueAtMs);
    void cueDue(const Limber::Cue &cue, int stepIndex, qint64 dueAtMs);
    void paused();
    void countdownTick(int secondsLeft); // 3, 2, 1 while resuming
    void resumed();
    void timelineChanged(); // step lengths or cues changed (skip, extend, back, self-paced)
    void waitingForUser(int stepIndex); // a self-paced step passed its estimate
    void repMarked(int count, int target);
    void finished(); // reached the end or stopped: see summary()

private:
    struct Progress {
        bool started = false; // some work step began
    };

    [[nodiscard]] qint64 nowMs() const { return m_clock.now().count(); }
    [[nodiscard]] qint64 rawPositionAt(qint64 now) const;
    [[nodiscard]] qint64 positionAt(qint64 now) const;
    [[nodiscard]] qint64 dueAt(qint64 position, qint64 now) const;
    [[nodiscard]] bool isOpen(int step) const;
    void enter(State state, qint64 at);
    void advanceCountdown(qint64 now);
    void walk(qint64 now);
    void finish(qint64 at);
    void cutCurrentStep(qint64 position, bool countsAsCut);
    void jumpToStep(int step, qint64 now);
    [[nodiscard]] int stepBefore(int step) const;
    [[nodiscard]] bool exerciseFinished(int exerciseIndex) const;
    [[nodiscard]] bool exerciseCut(int exerciseIndex) const;

    const Clock &m_clock;
    Timeline m_plan;
    Timeline m_live;
    SessionSettings m_settings;
    QList<bool> m_skipped; // per live step: skipped whole, reports nothing
    QList<bool> m_marked; // per live step: a self-paced set marked done
    QList<bool> m_cut; // per live step: exercise work skipped or cut short
    QList<Progress> m_progress;

    State m_state = State::Idle;
    qint64 m_anchorClock = 0; // running: position = m_anchorPosition + (now - m_anchorClock)
    qint64 m_anchorPosition = 0;
    qint64 m_heldPosition = 0; // paused, counting down, or ended
    qint64 m_countdownEnd = 0;
    int m_countdownShown = 0;
    int m_step = -1; // the step whose start was reported last
    int m_cue = 0; // how many of its cues were reported
    bool m_waitingReported = false;
    int m_repsMarked = 0;
    bool m_walking = false;

    qint64 m_stateSince = 0;
    qint64 m_activeMs = 0;
    qint64 m_pausedMs = 0;
};

} // namespace Limber
