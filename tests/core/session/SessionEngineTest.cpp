#include "EventRecorder.h"
#include "FakeClock.h"
#include "SessionFixtures.h"

#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace Limber;
using namespace Limber::Test;

namespace {

// Child's Pose, gentle: get ready 0-5 s, hold 5-35, release 35-40, hold 40-70, release 70-75,
// hold 75-105, done at 105 s.
class SessionEngineTest : public ::testing::Test
{
protected:
    static Timeline build(const QStringList &ids, SessionSettings settings = {}, Level level = Level::Gentle)
    {
        return TimelineBuilder(bundledCatalog(), {}, settings).build(routineOf(ids, 15, level));
    }

    void play(const QStringList &ids, SessionSettings settings = {}, Level level = Level::Gentle)
    {
        engine = std::make_unique<SessionEngine>(clock, build(ids, settings, level), settings);
        recorder = std::make_unique<EventRecorder>(*engine, clock);
        start = clock.nowMs();
        engine->start();
    }

    // Moves the clock to `position` ms after the start (no pauses) and updates.
    void at(qint64 position)
    {
        clock.setMs(start + position);
        engine->update();
    }

    [[nodiscard]] std::vector<Event> stepStarts() const
    {
        std::vector<Event> out;
        for (const Event &event : recorder->events) {
            if (event.type == Event::StepStart)
                out.push_back(event);
        }
        return out;
    }

    [[nodiscard]] int count(Event::Type type, int step, const QString &cue = {}) const
    {
        int n = 0;
        for (const Event &event : recorder->events)
            n += event.type == type && event.step == step && event.cue == cue ? 1 : 0;
        return n;
    }

    // The plan's step of `exerciseId` of `kind` with rep number `rep` (0: any), or -1.
    [[nodiscard]] int planStep(const QString &exerciseId, StepKind kind, int rep = 0) const
    {
        const QList<Step> &steps = engine->plan().steps;
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).exerciseId == exerciseId && steps.at(i).kind == kind
                && (rep == 0 || steps.at(i).rep == rep))
                return i;
        }
        return -1;
    }

    FakeClock clock;
    qint64 start = 0;
    std::unique_ptr<SessionEngine> engine;
    std::unique_ptr<EventRecorder> recorder;
};

const QStringList childsPose{QStringLiteral("childs-pose")};
const QString scapular = QStringLiteral("scapular-retractions");
const QString corner = QStringLiteral("corner-stretch");

} // namespace

TEST_F(SessionEngineTest, StartReportsTheFirstStepAndItsOpeningCue)
{
    play(childsPose);
    EXPECT_EQ(engine->state(), SessionEngine::State::Running);
    ASSERT_GE(recorder->events.size(), 2u);
    EXPECT_EQ(recorder->events.at(0), (Event{Event::StepStart, 0, {}, start, 0}));
    EXPECT_EQ(recorder->events.at(1), (Event{Event::CueDue, 0, QStringLiteral("get-ready"), start, 0}));
    EXPECT_EQ(engine->currentStepIndex(), 0);
    EXPECT_EQ(engine->remainingInStepMs(), 5000);
    EXPECT_EQ(engine->totalMs(), 105000);
    EXPECT_EQ(engine->remainingMs(), 105000);
}

TEST_F(SessionEngineTest, AnUntouchedRunReportsExactlyThePlan)
{
    play(childsPose);
    for (qint64 t = 0; t <= 110000; t += 250)
        at(t);
    EXPECT_EQ(recorder->withoutFinished(), EventRecorder::expected(engine->plan(), start));
    EXPECT_EQ(engine->state(), SessionEngine::State::Finished);
    EXPECT_EQ(engine->summary().activeMs, 105000) << "the end is at its exact moment, not at the late tick";
    EXPECT_EQ(engine->summary().count(ExerciseStatus::Completed), 1);
    EXPECT_TRUE(engine->summary().reachedEnd);
}

TEST_F(SessionEngineTest, ALateTickCatchesUpInOrderAndNothingTwice)
{
    play(childsPose);
    at(71234); // one tick after 71 s of silence
    const std::vector<Event> all = EventRecorder::expected(engine->plan(), start);
    std::vector<Event> upTo;
    for (const Event &event : all) {
        if (event.dueAt <= start + 71234)
            upTo.push_back(event);
    }
    EXPECT_EQ(recorder->events, upTo);
    for (const Event &event : recorder->events) {
        if (event.dueAt > start) {
            EXPECT_EQ(event.reportedAt, start + 71234);
        }
    }
    const size_t before = recorder->events.size();
    engine->update();
    at(71234);
    EXPECT_EQ(recorder->events.size(), before);
    EXPECT_EQ(engine->currentStepIndex(), 4);
    EXPECT_EQ(engine->elapsedInStepMs(), 1234);
}

TEST_F(SessionEngineTest, PauseHoldsThePositionAndResumeCountsDown)
{
    play(childsPose);
    at(10000);
    QSignalSpy pausedSpy(engine.get(), &SessionEngine::paused);
    QSignalSpy ticks(engine.get(), &SessionEngine::countdownTick);
    QSignalSpy resumedSpy(engine.get(), &SessionEngine::resumed);
    engine->pause();
    EXPECT_EQ(pausedSpy.count(), 1);
    clock.advanceMs(60000);
    engine->update();
    EXPECT_EQ(engine->positionMs(), 10000);
    EXPECT_EQ(engine->remainingInStepMs(), 25000);

    engine->resume();
    EXPECT_EQ(engine->state(), SessionEngine::State::Countdown);
    ASSERT_EQ(ticks.count(), 1);
    EXPECT_EQ(ticks.at(0).at(0).toInt(), 3);
    clock.advanceMs(1000);
    engine->update();
    clock.advanceMs(1000);
    engine->update();
    EXPECT_EQ(ticks.count(), 3);
    EXPECT_EQ(ticks.at(2).at(0).toInt(), 1);
    EXPECT_EQ(engine->positionMs(), 10000);
    clock.advanceMs(999);
    engine->update();
    EXPECT_EQ(resumedSpy.count(), 0);
    clock.advanceMs(1);
    engine->update();
    EXPECT_EQ(resumedSpy.count(), 1);
    EXPECT_EQ(engine->state(), SessionEngine::State::Running);
    EXPECT_EQ(engine->positionMs(), 10000);

    // Everything after the pause moves by exactly the pause plus the countdown.
    const qint64 shift = 63000;
    clock.setMs(start + 200000);
    engine->update();
    for (const Event &event : EventRecorder::expected(engine->plan(), start)) {
        const qint64 planned = event.dueAt - start;
        Event moved = event;
        if (planned > 10000)
            moved.dueAt += shift;
        EXPECT_EQ(std::count(recorder->events.begin(), recorder->events.end(), moved), 1) << moved;
    }
    EXPECT_EQ(engine->summary().activeMs, 105000);
    EXPECT_EQ(engine->summary().pausedMs, shift);
}

TEST_F(SessionEngineTest, PauseExactlyOnABoundaryReportsItOnce)
{
    play(childsPose);
    clock.setMs(start + 5000); // the hold starts now; no update yet
    engine->pause();
    EXPECT_EQ(engine->currentStepIndex(), 1);
    EXPECT_EQ(count(Event::StepStart, 1), 1);
    EXPECT_EQ(count(Event::CueDue, 1, QStringLiteral("start")), 1);
    clock.advanceMs(5000);
    engine->resume();
    clock.advanceMs(3000);
    engine->update();
    clock.advanceMs(100);
    engine->update();
    EXPECT_EQ(count(Event::StepStart, 1), 1);
    EXPECT_EQ(count(Event::CueDue, 1, QStringLiteral("start")), 1);
    EXPECT_EQ(engine->positionMs(), 5100);
}

TEST_F(SessionEngineTest, PauseDuringTheCountdownAndALateTickOverIt)
{
    play(childsPose);
    at(20000);
    engine->pause();
    clock.advanceMs(4000);
    engine->resume();
    clock.advanceMs(1500);
    engine->update();
    engine->pause(); // during the countdown: paused again, nothing moved
    EXPECT_EQ(engine->state(), SessionEngine::State::Paused);
    EXPECT_EQ(engine->positionMs(), 20000);

    QSignalSpy ticks(engine.get(), &SessionEngine::countdownTick);
    QSignalSpy resumedSpy(engine.get(), &SessionEngine::resumed);
    clock.advanceMs(2000);
    engine->resume(); // starts again at 3
    const qint64 resumeAt = clock.nowMs();
    clock.advanceMs(9000); // one late tick: 2, 1, resumed, then 6 s of session
    engine->update();
    ASSERT_EQ(ticks.count(), 3);
    EXPECT_EQ(ticks.at(0).at(0).toInt(), 3);
    EXPECT_EQ(ticks.at(1).at(0).toInt(), 2);
    EXPECT_EQ(ticks.at(2).at(0).toInt(), 1);
    EXPECT_EQ(resumedSpy.count(), 1);
    EXPECT_EQ(engine->positionMs(), 26000);
    EXPECT_EQ(engine->pausedMs(), 4000 + 1500 + 2000 + 3000);

    // Hold 1 counts "3" at 32 s of the session: 12 s of session after the pause point, so
    // exactly 3 s + 12 s after the last resume, whenever the tick that reports it comes.
    clock.advanceMs(7000);
    engine->update();
    std::vector<qint64> due;
    for (const Event &event : recorder->events) {
        if (event.step == 1 && event.cue == QStringLiteral("count-3"))
            due.push_back(event.dueAt);
    }
    EXPECT_EQ(due, std::vector<qint64>{resumeAt + 3000 + 12000});
}

TEST_F(SessionEngineTest, SkipStepExactlyOnABoundary)
{
    play(childsPose);
    clock.setMs(start + 5000); // the hold is due now, not yet reported
    engine->skipStep();
    // The hold is reported (it began), then cut to nothing; the release begins at the same moment.
    EXPECT_EQ(count(Event::StepStart, 1), 1);
    EXPECT_EQ(count(Event::StepStart, 2), 1);
    EXPECT_EQ(engine->currentStepIndex(), 2);
    EXPECT_EQ(engine->timeline().steps.at(1).lengthMs, 0);
    EXPECT_EQ(engine->timeline().steps.at(2).startMs, 5000);
    EXPECT_EQ(engine->totalMs(), 75000);
    at(200000);
    EXPECT_EQ(engine->state(), SessionEngine::State::Finished);
    EXPECT_EQ(engine->summary().exercises.at(0).status, ExerciseStatus::PartlyDone);
    EXPECT_EQ(engine->summary().activeMs, 75000);
}

TEST_F(SessionEngineTest, SkipStepWhilePausedWaitsWithItsCuesForTheCountdown)
{
    play(childsPose);
    at(12000);
    engine->pause();
    clock.advanceMs(1000);
    engine->resume();
    clock.advanceMs(1500);
    engine->update();
    engine->skipStep(); // during the countdown
    EXPECT_EQ(engine->state(), SessionEngine::State::Countdown);
    EXPECT_EQ(engine->currentStepIndex(), 2);
    EXPECT_EQ(count(Event::CueDue, 2, QStringLiteral("release")), 0) << "no cue while counting down";
    const qint64 resumeAt = clock.nowMs() + 1500;
    clock.advanceMs(1500);
    engine->update();
    ASSERT_EQ(count(Event::CueDue, 2, QStringLiteral("release")), 1);
    for (const Event &event : recorder->events) {
        if (event.step == 2 && event.cue == QStringLiteral("release")) {
            EXPECT_EQ(event.dueAt, resumeAt);
        }
    }
    EXPECT_EQ(engine->positionMs(), 12000);
    EXPECT_EQ(engine->remainingInStepMs(), 5000);
}

TEST_F(SessionEngineTest, SkipExerciseGoesToTheNextLeadIn)
{
    play({QStringLiteral("childs-pose"), QStringLiteral("posture-correction"), QStringLiteral("cobra")});
    at(20000);
    engine->skipExercise();
    const Step *step = engine->currentStep();
    ASSERT_NE(step, nullptr);
    EXPECT_EQ(step->kind, StepKind::RestBetween);
    EXPECT_EQ(step->exerciseId, QStringLiteral("posture-correction"));
    EXPECT_EQ(step->startMs, 20000);
    // Skip the next one from its lead-in: it was never started.
    at(21000);
    engine->skipExercise();
    EXPECT_EQ(engine->currentStep()->exerciseId, QStringLiteral("cobra"));
    at(1000000);
    const SessionSummary summary = engine->summary();
    ASSERT_EQ(summary.exercises.size(), 3);
    EXPECT_EQ(summary.exercises.at(0).status, ExerciseStatus::PartlyDone);
    EXPECT_EQ(summary.exercises.at(1).status, ExerciseStatus::Skipped);
    EXPECT_EQ(summary.exercises.at(2).status, ExerciseStatus::Completed);
    EXPECT_TRUE(summary.reachedEnd);
}

TEST_F(SessionEngineTest, BackReplaysThePreviousExerciseFromItsLeadIn)
{
    play({QStringLiteral("posture-correction"), QStringLiteral("childs-pose")});
    // posture: get ready 0-5 s, block 5-35; child's pose: rest 35-50, hold 50-80, ...
    at(60000);
    engine->previousExercise();
    EXPECT_EQ(engine->currentStepIndex(), 0);
    EXPECT_EQ(engine->currentStep()->kind, StepKind::GetReady);
    EXPECT_EQ(engine->positionMs(), 0);
    EXPECT_EQ(count(Event::StepStart, 0), 2);
    const qint64 backAt = clock.nowMs();
    clock.setMs(backAt + 1000000);
    engine->update();
    EXPECT_EQ(engine->state(), SessionEngine::State::Finished);
    EXPECT_EQ(engine->totalMs(), engine->plan().totalMs);
    for (const ExerciseOutcome &outcome : engine->summary().exercises)
        EXPECT_EQ(outcome.status, ExerciseStatus::Completed) << outcome.exerciseId.toStdString();
    // The replayed steps are due relative to the moment of the jump.
    for (const Event &event : recorder->events) {
        if (event.type == Event::StepStart && event.step == 1 && event.reportedAt > backAt) {
            EXPECT_EQ(event.dueAt, backAt + 5000);
        }
    }
}

TEST_F(SessionEngineTest, RestartExerciseFromTheMiddleOfAHold)
{
    play(childsPose);
    at(50000);
    engine->restartExercise();
    EXPECT_EQ(engine->currentStepIndex(), 0);
    EXPECT_EQ(engine->positionMs(), 0);
    at(50001);
    EXPECT_EQ(engine->positionMs(), 1);
    EXPECT_EQ(engine->remainingMs(), 105000 - 1);
}

TEST_F(SessionEngineTest, BackOnTheFirstExerciseRestartsIt)
{
    play(childsPose);
    at(7000);
    engine->previousExercise();
    EXPECT_EQ(engine->currentStepIndex(), 0);
    EXPECT_EQ(engine->positionMs(), 0);
}

TEST_F(SessionEngineTest, BackFromHoldTwoOfFourGoesToHoldOneNotThePreviousExercise)
{
    play({scapular, corner}, {}, Level::Standard);
    const int holdOne = planStep(corner, StepKind::Hold, 1);
    const int holdTwo = planStep(corner, StepKind::Hold, 2);
    ASSERT_GE(holdOne, 0);
    ASSERT_EQ(engine->plan().steps.at(holdTwo).reps, 4);
    at(engine->plan().steps.at(holdTwo).startMs + 7000);
    engine->previousStep();
    EXPECT_EQ(engine->currentStepIndex(), holdOne);
    EXPECT_EQ(engine->currentStep()->rep, 1);
    EXPECT_EQ(engine->currentExercise()->id, corner);
    EXPECT_EQ(engine->positionMs(), engine->plan().steps.at(holdOne).startMs);
    EXPECT_EQ(engine->remainingInStepMs(), engine->plan().steps.at(holdOne).lengthMs);
    // What came before is kept: both exercises end completed, the first not played again.
    const int firstStarts = count(Event::StepStart, 0);
    clock.advanceMs(engine->remainingMs() + 1000);
    engine->update();
    EXPECT_EQ(engine->state(), SessionEngine::State::Finished);
    EXPECT_EQ(count(Event::StepStart, 0), firstStarts);
    for (const ExerciseOutcome &outcome : engine->summary().exercises)
        EXPECT_EQ(outcome.status, ExerciseStatus::Completed) << outcome.exerciseId.toStdString();
}

TEST_F(SessionEngineTest, BackAfterSixRepsOfTheFirstExerciseGoesToTheSixthNotGetReady)
{
    play({scapular, corner});
    const int repSix = planStep(scapular, StepKind::SqueezeHold, 6);
    const int repSeven = planStep(scapular, StepKind::SqueezeHold, 7);
    at(engine->plan().steps.at(repSeven).startMs + 1000);
    engine->previousStep();
    EXPECT_EQ(engine->currentStepIndex(), repSix);
    EXPECT_NE(engine->currentStep()->kind, StepKind::GetReady);
    EXPECT_EQ(engine->positionMs(), engine->plan().steps.at(repSix).startMs);
    // From the release after a squeeze, back is that squeeze.
    clock.advanceMs(engine->plan().steps.at(repSix).lengthMs + 500);
    engine->update();
    EXPECT_EQ(engine->currentStep()->kind, StepKind::Release);
    engine->previousStep();
    EXPECT_EQ(engine->currentStepIndex(), repSix);
}

TEST_F(SessionEngineTest, BackFromTheFirstHoldIsTheLeadInAndFromALeadInTheStepBefore)
{
    play({scapular, corner});
    const int leadIn = planStep(corner, StepKind::RestBetween);
    const int holdOne = planStep(corner, StepKind::Hold, 1);
    ASSERT_EQ(leadIn, engine->plan().exercises.at(1).firstStep);
    at(engine->plan().steps.at(holdOne).startMs + 4000);
    engine->previousStep();
    EXPECT_EQ(engine->currentStepIndex(), leadIn);
    engine->previousStep(); // the last squeeze of the first exercise, not its release
    EXPECT_EQ(engine->currentStep()->kind, StepKind::SqueezeHold);
    EXPECT_EQ(engine->currentStep()->rep, engine->currentStep()->reps);
    EXPECT_EQ(engine->currentExercise()->id, scapular);
}

TEST_F(SessionEngineTest, BackPassesOverStepsNeverSeenAndForgetsWhatItReplays)
{
    play({scapular, corner});
    const int repTwo = planStep(scapular, StepKind::SqueezeHold, 2);
    at(engine->plan().steps.at(repTwo).startMs + 1000);
    engine->skipExercise(); // the rest of the squeezes are never seen
    EXPECT_EQ(engine->currentExercise()->id, corner);
    engine->previousStep();
    EXPECT_EQ(engine->currentStepIndex(), repTwo);
    // The squeeze cut by the skip is played again whole: the exercise counts as completed.
    clock.advanceMs(engine->remainingMs() + 1000);
    engine->update();
    EXPECT_EQ(engine->summary().exercises.at(0).status, ExerciseStatus::Completed);
}

TEST_F(SessionEngineTest, ExtendAfterTheCountBeganCountsAgainAtTheNewEnd)
{
    play(childsPose);
    at(32500); // hold 1 ends at 35 s; "3" was said at 32 s
    EXPECT_EQ(count(Event::CueDue, 1, QStringLiteral("count-3")), 1);
    QSignalSpy changed(engine.get(), &SessionEngine::timelineChanged);
    EXPECT_TRUE(engine->extend());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(engine->timeline().steps.at(1).lengthMs, 40000);
    EXPECT_EQ(engine->totalMs(), 115000);
    EXPECT_EQ(engine->remainingInStepMs(), 12500);
    at(45000);
    EXPECT_EQ(count(Event::CueDue, 1, QStringLiteral("count-3")), 2);
    EXPECT_EQ(count(Event::CueDue, 1, QStringLiteral("count-1")), 1);
    EXPECT_EQ(count(Event::StepStart, 2), 1);
    for (const Event &event : recorder->events) {
        if (event.type == Event::StepStart && event.step == 2) {
            EXPECT_EQ(event.dueAt, start + 45000);
        }
    }
}

TEST_F(SessionEngineTest, ExtendIsRefusedForRepsAndWhenIdle)
{
    engine = std::make_unique<SessionEngine>(clock, build({QStringLiteral("rows")}));
    EXPECT_FALSE(engine->extend());
    engine->start();
    clock.advanceMs(6000); // into the first rep
    EXPECT_FALSE(engine->extend());
    EXPECT_EQ(engine->currentStep()->kind, StepKind::TempoRep);
}

TEST_F(SessionEngineTest, SelfPacedRepsWaitForThePerson)
{
    SessionSettings settings;
    settings.repMode = RepMode::SelfPaced;
    play({QStringLiteral("scapular-retractions"), QStringLiteral("posture-correction")}, settings);
    // gentle: 10 reps of 3 s with 2 s releases: estimate 48 s, from 5 s to 53 s
    QSignalSpy waiting(engine.get(), &SessionEngine::waitingForUser);
    at(30000);
    EXPECT_EQ(engine->currentStep()->kind, StepKind::SelfPacedReps);
    EXPECT_FALSE(engine->isWaitingForUser());
    at(80000);
    EXPECT_EQ(engine->currentStep()->kind, StepKind::SelfPacedReps) << "the set is not over until marked";
    EXPECT_TRUE(engine->isWaitingForUser());
    EXPECT_EQ(waiting.count(), 1);
    EXPECT_EQ(engine->positionMs(), 53000);
    EXPECT_EQ(engine->remainingInStepMs(), 0);
    at(90000);
    EXPECT_EQ(waiting.count(), 1);

    QSignalSpy reps(engine.get(), &SessionEngine::repMarked);
    for (int i = 0; i < 10; ++i)
        engine->markRep();
    EXPECT_EQ(reps.count(), 10);
    EXPECT_EQ(engine->currentStep()->kind, StepKind::RestBetween);
    EXPECT_EQ(engine->currentStep()->startMs, 90000) << "the set ended when it was marked";
    EXPECT_EQ(engine->positionMs(), 90000);
    at(100000);
    EXPECT_EQ(engine->positionMs(), 100000);
    at(1000000);
    EXPECT_EQ(engine->summary().count(ExerciseStatus::Completed), 2);
}

TEST_F(SessionEngineTest, SelfPacedSetMarkedEarlyShortensTheSession)
{
    SessionSettings settings;
    settings.repMode = RepMode::SelfPaced;
    play({QStringLiteral("cat-cow")}, settings);
    at(20000);
    engine->markSetDone();
    EXPECT_EQ(engine->state(), SessionEngine::State::Finished);
    EXPECT_EQ(engine->totalMs(), 20000);
    EXPECT_EQ(engine->summary().exercises.at(0).status, ExerciseStatus::Completed);
}

TEST_F(SessionEngineTest, StopGivesASummaryWithTimes)
{
    play({QStringLiteral("childs-pose"), QStringLiteral("cobra")});
    at(10000);
    engine->pause();
    clock.advanceMs(7000);
    engine->resume();
    clock.advanceMs(3000 + 5000);
    engine->update();
    QSignalSpy finishedSpy(engine.get(), &SessionEngine::finished);
    engine->stop();
    EXPECT_EQ(finishedSpy.count(), 1);
    EXPECT_EQ(engine->state(), SessionEngine::State::Stopped);
    const SessionSummary summary = engine->summary();
    EXPECT_FALSE(summary.reachedEnd);
    EXPECT_EQ(summary.activeMs, 15000);
    EXPECT_EQ(summary.pausedMs, 10000);
    EXPECT_EQ(summary.exercises.at(0).status, ExerciseStatus::PartlyDone);
    EXPECT_EQ(summary.exercises.at(1).status, ExerciseStatus::Skipped);
    clock.advanceMs(60000);
    engine->update();
    EXPECT_EQ(engine->summary().activeMs, 15000);
    engine->stop();
    EXPECT_EQ(finishedSpy.count(), 1);
}

TEST_F(SessionEngineTest, PerSideRunsLeftThenSwitchThenRight)
{
    play({QStringLiteral("thread-the-needle")});
    at(10000000);
    QList<Side> sides;
    for (const Event &event : stepStarts()) {
        const Step &step = engine->timeline().steps.at(event.step);
        if (step.kind == StepKind::SwitchSides)
            sides.append(Side::None);
        else if (step.kind == StepKind::Hold && (sides.isEmpty() || sides.last() != step.side))
            sides.append(step.side);
    }
    EXPECT_EQ(sides, (QList<Side>{Side::Left, Side::None, Side::Right}));
}

TEST_F(SessionEngineTest, ASlotMayPauseFromInsideASignal)
{
    play(childsPose);
    QObject context;
    QObject::connect(engine.get(), &SessionEngine::stepChanged, &context, [this](int step, qint64) {
        if (step == 2)
            engine->pause();
    });
    at(60000);
    EXPECT_EQ(engine->state(), SessionEngine::State::Paused);
    EXPECT_EQ(engine->currentStepIndex(), 2);
    EXPECT_EQ(engine->positionMs(), 60000) << "paused at the clock's now, after catching up";
}

TEST_F(SessionEngineTest, GettersForTheView)
{
    play({QStringLiteral("cat-cow"), QStringLiteral("cobra")});
    at(5000 + 6000 + 3500); // rep 2, exhale
    ASSERT_EQ(engine->currentStep()->kind, StepKind::BreathRep);
    EXPECT_EQ(engine->currentStep()->rep, 2);
    EXPECT_EQ(engine->currentPhaseIndex(), 1);
    EXPECT_EQ(engine->currentExercise()->id, QStringLiteral("cat-cow"));
    ASSERT_NE(engine->nextExercise(), nullptr);
    EXPECT_EQ(engine->nextExercise()->id, QStringLiteral("cobra"));
    EXPECT_EQ(engine->elapsedInStepMs(), 3500);
    EXPECT_EQ(engine->remainingInStepMs(), 2500);
    EXPECT_EQ(engine->activeMs(), 14500);
    EXPECT_EQ(engine->remainingMs(), engine->totalMs() - 14500);
}

TEST_F(SessionEngineTest, AnEmptyTimelineFinishesAtOnce)
{
    engine = std::make_unique<SessionEngine>(clock, Timeline{});
    QSignalSpy finishedSpy(engine.get(), &SessionEngine::finished);
    engine->start();
    EXPECT_EQ(finishedSpy.count(), 1);
    EXPECT_EQ(engine->state(), SessionEngine::State::Finished);
}

TEST_F(SessionEngineTest, NextDueAtNamesTheNextBoundaryOnTheClock)
{
    play(childsPose);
    // get ready: the announcement at 0, then "1" at 4 s (the longer announcement hides 3 and 2)
    EXPECT_EQ(engine->nextDueAtMs(), start + 4000);
    at(4000);
    EXPECT_EQ(engine->nextDueAtMs(), start + 5000);
    at(6000);
    EXPECT_EQ(engine->nextDueAtMs(), start + 5000 + 15000); // halfway
    engine->pause();
    EXPECT_EQ(engine->nextDueAtMs(), -1);
    clock.advanceMs(500);
    engine->resume();
    const qint64 resumeAt = clock.nowMs();
    EXPECT_EQ(engine->nextDueAtMs(), resumeAt + 1000);
    clock.advanceMs(2500);
    engine->update();
    EXPECT_EQ(engine->nextDueAtMs(), resumeAt + 3000);
    clock.advanceMs(500);
    engine->update();
    EXPECT_EQ(engine->nextDueAtMs(), resumeAt + 3000 + 14000);
}

TEST_F(SessionEngineTest, BackDuringTheResumeCountdownJumpsAndKeepsCounting)
{
    play({QStringLiteral("posture-correction"), QStringLiteral("childs-pose")});
    at(60000); // child's pose, first hold (50-80 s)
    engine->pause();
    clock.advanceMs(2000);
    engine->resume();
    clock.advanceMs(1000);
    engine->update();
    engine->previousExercise();
    EXPECT_EQ(engine->state(), SessionEngine::State::Countdown);
    EXPECT_EQ(engine->currentStepIndex(), 0);
    EXPECT_EQ(engine->positionMs(), 0);
    const int announcements = count(Event::CueDue, 0, QStringLiteral("get-ready"));
    clock.advanceMs(2000); // the countdown ends: the lead-in's announcement sounds then
    engine->update();
    EXPECT_EQ(engine->state(), SessionEngine::State::Running);
    EXPECT_EQ(count(Event::CueDue, 0, QStringLiteral("get-ready")), announcements + 1);
    EXPECT_EQ(recorder->events.back().dueAt, clock.nowMs());
    EXPECT_EQ(engine->positionMs(), 0);
}
