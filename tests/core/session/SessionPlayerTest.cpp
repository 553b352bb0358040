// The session player on a fake clock, with no window: what it says to draw, the controls, the
// end's summary, the cues it sounds and the screen saver it holds off. Nothing here sleeps: the
// clock is moved and tick() called, as the player's timers would.
#include "QtGTest.h"

#include "FakeClock.h"
#include "RecordingCueOutput.h"
#include "SessionFixtures.h"
#include "platform/ScreenSaverInhibitor.h"
#include "session/SessionPlayer.h"
#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTimer>

using namespace Limber;
using namespace Limber::Test;

namespace {

// Counts what the player asked of the screen saver.
class CountingInhibitor final : public ScreenSaverInhibitor
{
public:
    void inhibit(const QString &why) override
    {
        ++inhibits;
        reason = why;
        m_inhibited = true;
    }
    void release() override
    {
        ++releases;
        m_inhibited = false;
    }
    [[nodiscard]] bool isInhibited() const override { return m_inhibited; }

    int inhibits = 0;
    int releases = 0;
    QString reason;

private:
    bool m_inhibited = false;
};

// Child's Pose, gentle: get ready 0-5 s, hold 5-35, release 35-40, hold 40-70, release 70-75,
// hold 75-105; then 15 s rest and Cobra.
class SessionPlayerTest : public testing::Test
{
protected:
    void play(const QStringList &ids, SessionSettings settings = {}, Level level = Level::Gentle)
    {
        Timeline timeline = TimelineBuilder(bundledCatalog(), {}, settings).build(routineOf(ids, 15, level));
        player = std::make_unique<SessionPlayer>(bundledCatalog(), std::move(timeline), clock);
        player->setCueOutput(&output);
        player->setScreenSaverInhibitor(&inhibitor);
        QObject::connect(player.get(), &SessionPlayer::frameChanged, &context,
                         [this](const SessionFrame &frame) { frames.append(frame); });
        QObject::connect(player.get(), &SessionPlayer::finished, &context,
                         [this](const SessionSummary &summary) { summaries.append(summary); });
    }

    void advance(qint64 ms)
    {
        clock.advanceMs(ms);
        player->tick();
    }

    // Plays on to `ms` after the start of the plan's step of `exerciseId` of `kind` with rep `rep`
    // (no pauses and nothing changed so far), and gives that step's index.
    int playTo(const QString &exerciseId, StepKind kind, int rep, qint64 ms)
    {
        const QList<Step> &steps = player->engine().plan().steps;
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).exerciseId == exerciseId && steps.at(i).kind == kind && steps.at(i).rep == rep) {
                advance(steps.at(i).startMs + ms - player->engine().positionMs());
                return i;
            }
        }
        ADD_FAILURE() << "no such step";
        return -1;
    }
    [[nodiscard]] const Step &step() const { return *player->engine().currentStep(); }

    [[nodiscard]] QTimer *timer(const char *name) const
    {
        return player->findChild<QTimer *>(QString::fromLatin1(name));
    }

    FakeClock clock;
    RecordingCueOutput output;
    CountingInhibitor inhibitor;
    QObject context;
    std::unique_ptr<SessionPlayer> player;
    QList<SessionFrame> frames;
    QList<SessionSummary> summaries;
};

const QStringList twoExercises{QStringLiteral("childs-pose"), QStringLiteral("cobra")};
const QString scapular = QStringLiteral("scapular-retractions");
const QString corner = QStringLiteral("corner-stretch");

} // namespace

TEST_F(SessionPlayerTest, BeforeTheStartItShowsTheRoutineAndWaits)
{
    play(twoExercises);
    const SessionFrame &frame = player->frame();
    EXPECT_EQ(frame.state, SessionEngine::State::Idle);
    EXPECT_EQ(frame.action, QStringLiteral("Ready when you are"));
    const qint64 seconds = (player->engine().totalMs() + 999) / 1000;
    EXPECT_EQ(frame.ringText, QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    EXPECT_EQ(frame.exerciseNumber, 1);
    EXPECT_FALSE(frame.active);
    EXPECT_FALSE(timer("displayTimer")->isActive());
    EXPECT_EQ(inhibitor.inhibits, 0);

    advance(60000); // nothing moves before the start
    EXPECT_EQ(player->state(), SessionEngine::State::Idle);
    EXPECT_TRUE(output.played.isEmpty());
    EXPECT_EQ(inhibitor.inhibits, 0);
}

TEST_F(SessionPlayerTest, PlaysOnTheClockAndSaysWhatToDrawEachTick)
{
    play(twoExercises);
    player->start();
    ASSERT_EQ(frames.size(), 1);
    EXPECT_EQ(frames.last().state, SessionEngine::State::Running);
    EXPECT_EQ(frames.last().action, QStringLiteral("Get ready"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("5"));
    EXPECT_TRUE(frames.last().active);

    // The display timer wakes the player ten times a second, precisely.
    QTimer *display = timer("displayTimer");
    ASSERT_NE(display, nullptr);
    EXPECT_TRUE(display->isActive());
    EXPECT_EQ(display->interval(), SessionPlayer::displayIntervalMs);
    EXPECT_EQ(display->timerType(), Qt::PreciseTimer);
    EXPECT_FALSE(display->isSingleShot());

    advance(1200);
    ASSERT_EQ(frames.size(), 2);
    EXPECT_EQ(frames.last().ringText, QStringLiteral("4")); // 3.8 s left shows as 4
    advance(3800 + 1000);
    EXPECT_EQ(frames.last().action, QStringLiteral("Hold"));
    EXPECT_EQ(frames.last().detail, QStringLiteral("Hold 1 of 3"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("29"));
    EXPECT_EQ(frames.last().stepRemainingMs, 29000);
    EXPECT_TRUE(frames.last().extendable);
    EXPECT_EQ(player->frame().ringText, frames.last().ringText);
}

TEST_F(SessionPlayerTest, ALateTickCatchesUpWithTheClock)
{
    play(twoExercises);
    player->start();
    advance(37000); // one tick for 37 s: into the first release
    EXPECT_EQ(frames.last().action, QStringLiteral("Release"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("3"));
    EXPECT_EQ(player->engine().positionMs(), 37000);
}

TEST_F(SessionPlayerTest, TheDeadlineTimerWakesItWhenTheNextMomentComesBeforeTheDisplayTimer)
{
    play(twoExercises);
    player->start();
    QTimer *deadline = timer("deadlineTimer");
    ASSERT_NE(deadline, nullptr);
    EXPECT_TRUE(deadline->isSingleShot());
    EXPECT_EQ(deadline->timerType(), Qt::PreciseTimer);
    EXPECT_FALSE(deadline->isActive()) << "the next moment is seconds away: the display timer will do";

    advance(5000 - 30); // the hold starts in 30 ms
    ASSERT_EQ(player->engine().nextDueAtMs(), clock.nowMs() + 30);
    EXPECT_TRUE(deadline->isActive());
    EXPECT_EQ(deadline->interval(), 30);

    // When it goes off, the player catches up with the clock.
    clock.advanceMs(30);
    const qsizetype before = frames.size();
    ASSERT_TRUE(QMetaObject::invokeMethod(deadline, "timeout"));
    ASSERT_EQ(frames.size(), before + 1);
    EXPECT_EQ(frames.last().action, QStringLiteral("Hold"));
}

TEST_F(SessionPlayerTest, CuesReachTheOutputInOrderAsTheyFallDue)
{
    play(twoExercises);
    QList<Cue> emitted;
    QObject::connect(player.get(), &SessionPlayer::cueDue, &context,
                     [&emitted](const Cue &cue) { emitted.append(cue); });
    QStringList expected;
    for (const Step &step : player->engine().timeline().steps) {
        for (const Cue &cue : step.cues)
            expected.append(cue.id);
    }
    ASSERT_GE(expected.size(), 8);

    player->start();
    EXPECT_EQ(output.played.value(0), expected.value(0)) << "the get-ready speaks at once";
    while (player->state() == SessionEngine::State::Running)
        advance(250);
    EXPECT_EQ(output.played, expected);
    ASSERT_EQ(emitted.size(), expected.size());
    for (qsizetype i = 0; i < emitted.size(); ++i)
        EXPECT_EQ(emitted.at(i).id, expected.at(i)) << i;
}

TEST_F(SessionPlayerTest, PauseHoldsThePositionAndSilencesResumeCountsDown)
{
    play(twoExercises);
    player->start();
    advance(2000);
    const int stopsBefore = output.stops;
    EXPECT_TRUE(player->pause());
    EXPECT_GT(output.stops, stopsBefore) << "a pause silences what is sounding";
    EXPECT_EQ(frames.last().state, SessionEngine::State::Paused);
    EXPECT_EQ(frames.last().action, QStringLiteral("Paused"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("3"));
    EXPECT_FALSE(player->pause()) << "only a running session pauses";

    advance(60000); // a long pause moves nothing
    EXPECT_EQ(frames.last().ringText, QStringLiteral("3"));
    EXPECT_EQ(player->engine().positionMs(), 2000);

    player->togglePause(); // resumes through the 3-2-1
    EXPECT_EQ(frames.last().state, SessionEngine::State::Countdown);
    EXPECT_EQ(frames.last().action, QStringLiteral("Get back in position"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("3"));
    advance(1000);
    EXPECT_EQ(frames.last().ringText, QStringLiteral("2"));
    advance(2000);
    EXPECT_EQ(frames.last().state, SessionEngine::State::Running);
    EXPECT_EQ(frames.last().action, QStringLiteral("Get ready"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("3"));

    player->togglePause();
    EXPECT_EQ(player->state(), SessionEngine::State::Paused);
    player->resume();
    EXPECT_EQ(player->state(), SessionEngine::State::Countdown);
}

TEST_F(SessionPlayerTest, StepsSkipsExtendsAndGoesBack)
{
    play(twoExercises);
    player->nextStep(); // nothing to step before the start
    player->skipExercise();
    player->back();
    player->extend();
    EXPECT_EQ(player->state(), SessionEngine::State::Idle);
    EXPECT_TRUE(frames.isEmpty());

    player->start();
    advance(6000); // a second into the first hold
    EXPECT_EQ(frames.last().ringText, QStringLiteral("29"));
    player->extend();
    EXPECT_EQ(frames.last().ringText, QStringLiteral("39"));
    player->nextStep();
    EXPECT_EQ(frames.last().action, QStringLiteral("Release"));

    player->skipExercise();
    EXPECT_EQ(frames.last().exerciseNumber, 2);
    EXPECT_TRUE(frames.last().heading.endsWith(QStringLiteral(" · 2 of 2"))) << frames.last().heading.toStdString();
    player->back();
    EXPECT_EQ(frames.last().exerciseNumber, 1);
    EXPECT_EQ(frames.last().state, SessionEngine::State::Running);
}

// From hold 2 of 4 of Corner Stretch: hold 1, then (soon after) its start, then the exercise
// before, each press within two seconds of the last on the session's clock.
TEST_F(SessionPlayerTest, BackGoesAStepThenToTheExerciseStartThenToThePreviousExercise)
{
    play({scapular, corner}, {}, Level::Standard);
    player->start();
    const int holdTwo = playTo(corner, StepKind::Hold, 2, 9000);
    ASSERT_EQ(step().reps, 4);

    player->back();
    EXPECT_EQ(player->engine().currentStepIndex(), holdTwo - 2); // over the release, to hold 1
    EXPECT_EQ(step().kind, StepKind::Hold);
    EXPECT_EQ(step().rep, 1);
    EXPECT_EQ(frames.last().detail, QStringLiteral("Hold 1 of 4"));
    EXPECT_EQ(frames.last().stepRemainingMs, step().lengthMs);

    advance(SessionPlayer::backAgainWithinMs);
    player->back();
    EXPECT_EQ(step().kind, StepKind::RestBetween);
    EXPECT_EQ(player->engine().currentExercise()->id, corner);

    advance(1500);
    player->back();
    EXPECT_EQ(player->engine().currentStepIndex(), 0);
    EXPECT_EQ(step().kind, StepKind::GetReady);
    EXPECT_EQ(player->engine().currentExercise()->id, scapular);
    EXPECT_EQ(frames.last().state, SessionEngine::State::Running);
}

TEST_F(SessionPlayerTest, BackPressedAgainLaterGoesOneStepEachTime)
{
    play({scapular, corner}, {}, Level::Standard);
    player->start();
    playTo(corner, StepKind::Hold, 3, 4000);
    player->back();
    EXPECT_EQ(step().rep, 2);
    advance(SessionPlayer::backAgainWithinMs + 1);
    player->back();
    EXPECT_EQ(step().kind, StepKind::Hold);
    EXPECT_EQ(step().rep, 1);
    EXPECT_EQ(player->engine().currentExercise()->id, corner);
}

TEST_F(SessionPlayerTest, BackDuringTheFirstExerciseAfterSixRepsDoesNotStartOverFromGetReady)
{
    play({scapular, corner});
    player->start();
    playTo(scapular, StepKind::SqueezeHold, 7, 1000);
    player->back();
    EXPECT_EQ(step().kind, StepKind::SqueezeHold);
    EXPECT_EQ(step().rep, 6);
    EXPECT_EQ(frames.last().detail, QStringLiteral("Rep 6 of 10"));
}

TEST_F(SessionPlayerTest, ShiftBackGoesToTheExerciseStartThenToThePreviousExercise)
{
    play({scapular, corner}, {}, Level::Standard);
    player->start();
    playTo(corner, StepKind::Hold, 2, 9000);
    player->backToExerciseStart();
    EXPECT_EQ(step().kind, StepKind::RestBetween);
    EXPECT_EQ(player->engine().currentExercise()->id, corner);
    advance(1000);
    player->backToExerciseStart();
    EXPECT_EQ(player->engine().currentStepIndex(), 0);
    EXPECT_EQ(player->engine().currentExercise()->id, scapular);
    // Much later, the start of this exercise again, not the one before.
    advance(3000);
    player->backToExerciseStart();
    EXPECT_EQ(player->engine().currentStepIndex(), 0);
}

TEST_F(SessionPlayerTest, SelfPacedRepsAreCountedAndTheSetMarkedDone)
{
    SessionSettings settings;
    settings.repMode = RepMode::SelfPaced;
    play({QStringLiteral("scapular-retractions"), QStringLiteral("posture-correction")}, settings);
    player->start();
    advance(6000);
    EXPECT_TRUE(frames.last().countsReps);
    EXPECT_FALSE(frames.last().extendable);
    player->markRep();
    EXPECT_EQ(frames.last().repsMarked, 1);
    EXPECT_EQ(frames.last().detail, QStringLiteral("1 of 10 reps"));

    advance(80000); // past the estimate: waiting for the person
    EXPECT_TRUE(frames.last().waitingForUser);
    EXPECT_EQ(frames.last().action, QStringLiteral("Your pace: press Enter for each rep"));
    player->nextStep(); // marks the set done
    EXPECT_FALSE(frames.last().countsReps);
    EXPECT_EQ(player->engine().currentStep()->kind, StepKind::RestBetween);
}

TEST_F(SessionPlayerTest, PlayingToTheEndGivesTheWholeSummary)
{
    play(twoExercises);
    QSignalSpy finished(player.get(), &SessionPlayer::finished);
    player->start();
    advance(player->engine().totalMs() + 1000);
    ASSERT_EQ(finished.count(), 1);
    ASSERT_EQ(summaries.size(), 1);
    const SessionSummary &summary = summaries.first();
    EXPECT_EQ(summary, player->engine().summary());
    EXPECT_TRUE(summary.reachedEnd);
    EXPECT_EQ(summary.routineName, QStringLiteral("Test"));
    ASSERT_EQ(summary.exercises.size(), 2);
    EXPECT_EQ(summary.count(ExerciseStatus::Completed), 2);
    EXPECT_EQ(summary.activeMs, player->engine().totalMs());

    EXPECT_EQ(frames.last().state, SessionEngine::State::Finished);
    EXPECT_EQ(frames.last().action, QStringLiteral("Done"));
    EXPECT_EQ(frames.last().ringText, QStringLiteral("✓"));
    EXPECT_FALSE(frames.last().active);
    EXPECT_FALSE(timer("displayTimer")->isActive());
    EXPECT_FALSE(timer("deadlineTimer")->isActive());

    advance(10000);
    EXPECT_EQ(finished.count(), 1) << "the end is reported once";
}

TEST_F(SessionPlayerTest, StoppingEarlyAsksFirstWhenWellUnderWayAndSaysWhatWasDone)
{
    play(twoExercises);
    player->start();
    advance(10000);
    EXPECT_FALSE(player->asksBeforeStopping());
    clock.advanceMs(26000); // 36 s active: into the first release
    EXPECT_TRUE(player->asksBeforeStopping());
    EXPECT_EQ(player->activeMs(), 36000);

    player->stop();
    ASSERT_EQ(summaries.size(), 1);
    const SessionSummary &summary = summaries.first();
    EXPECT_FALSE(summary.reachedEnd);
    EXPECT_EQ(summary.activeMs, 36000);
    ASSERT_EQ(summary.exercises.size(), 2);
    EXPECT_EQ(summary.exercises.at(0).status, ExerciseStatus::PartlyDone);
    EXPECT_EQ(summary.exercises.at(1).status, ExerciseStatus::Skipped);
    EXPECT_EQ(frames.last().state, SessionEngine::State::Stopped);
    EXPECT_EQ(frames.last().action, QStringLiteral("Done"));
    EXPECT_FALSE(timer("displayTimer")->isActive());
}

TEST_F(SessionPlayerTest, TheScreenSaverIsHeldWhileTheSessionMovesAndAskedOnlyOnChange)
{
    play(twoExercises);
    player->start();
    EXPECT_EQ(inhibitor.inhibits, 1);
    EXPECT_TRUE(inhibitor.isInhibited());
    EXPECT_EQ(inhibitor.reason, QStringLiteral("A guided session is running"));
    advance(1000);
    advance(1000);
    EXPECT_EQ(inhibitor.inhibits, 1) << "once, not on every tick";
    EXPECT_EQ(inhibitor.releases, 0);

    player->togglePause();
    EXPECT_EQ(inhibitor.releases, 1);
    EXPECT_FALSE(inhibitor.isInhibited());
    advance(5000);
    EXPECT_EQ(inhibitor.releases, 1);

    player->togglePause(); // resuming: the 3-2-1 already counts as moving
    EXPECT_EQ(inhibitor.inhibits, 2);
    advance(3000); // counting down to running: still moving, nothing to ask
    EXPECT_EQ(player->state(), SessionEngine::State::Running);
    EXPECT_EQ(inhibitor.inhibits, 2);

    advance(player->engine().totalMs());
    EXPECT_EQ(player->state(), SessionEngine::State::Finished);
    EXPECT_EQ(inhibitor.releases, 2);
    EXPECT_FALSE(inhibitor.isInhibited());
    player.reset();
    EXPECT_EQ(inhibitor.releases, 2) << "nothing more to release";
}

TEST_F(SessionPlayerTest, AnInhibitorGivenMidSessionIsHeldAtOnce)
{
    play(twoExercises);
    player->setScreenSaverInhibitor(nullptr);
    player->start();
    EXPECT_EQ(inhibitor.inhibits, 0);
    player->setScreenSaverInhibitor(&inhibitor);
    EXPECT_TRUE(inhibitor.isInhibited());
    CountingInhibitor other;
    player->setScreenSaverInhibitor(&other);
    EXPECT_FALSE(inhibitor.isInhibited()) << "the one let go of is released";
    EXPECT_TRUE(other.isInhibited());
    player->setScreenSaverInhibitor(nullptr);
    EXPECT_FALSE(other.isInhibited());
}

TEST_F(SessionPlayerTest, GoingAwayMidSessionReleasesTheScreenSaver)
{
    play(twoExercises);
    player->start();
    advance(1000);
    ASSERT_TRUE(inhibitor.isInhibited());
    player.reset();
    EXPECT_FALSE(inhibitor.isInhibited());
    EXPECT_EQ(inhibitor.releases, 1);
}

TEST_F(SessionPlayerTest, LeavingStopsTheSessionTheSoundAndTheTimers)
{
    play(twoExercises);
    player->start();
    advance(8000);
    const int stopsBefore = output.stops;
    player->leave();
    EXPECT_EQ(player->state(), SessionEngine::State::Stopped);
    ASSERT_EQ(summaries.size(), 1);
    EXPECT_FALSE(summaries.first().reachedEnd);
    EXPECT_FALSE(inhibitor.isInhibited());
    EXPECT_GT(output.stops, stopsBefore);
    EXPECT_FALSE(timer("displayTimer")->isActive());
    EXPECT_FALSE(timer("deadlineTimer")->isActive());
}

TEST_F(SessionPlayerTest, MuteSilencesAndAnnouncesTheNewSettings)
{
    play(twoExercises);
    QSignalSpy changed(player.get(), &SessionPlayer::cueSettingsChanged);
    EXPECT_FALSE(player->isMuted());
    player->toggleMute();
    EXPECT_TRUE(player->isMuted());
    EXPECT_TRUE(output.settings().muted);
    EXPECT_EQ(output.stops, 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed.first().first().value<CueSettings>().muted);
    player->toggleMute();
    EXPECT_FALSE(output.settings().muted);
    EXPECT_EQ(output.stops, 1) << "unmuting silences nothing";

    player->setCueOutput(nullptr); // without an output there is nothing to mute, and no sound
    player->toggleMute();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(player->isMuted());
    player->start();
    EXPECT_TRUE(output.played.isEmpty());
}
