// What the session screen shows, worked out from the engine on a fake clock.
#include "QtGTest.h"

#include "FakeClock.h"
#include "SessionFixtures.h"
#include "session/SessionFrame.h"
#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

using namespace Limber;
using namespace Limber::Test;

namespace {

struct Played {
    FakeClock clock;
    SessionEngine engine;

    explicit Played(const Routine &routine)
        : engine(clock, TimelineBuilder(bundledCatalog()).build(routine))
    { }
    SessionFrame at(qint64 ms)
    {
        clock.advanceMs(ms);
        engine.update();
        return SessionFrame::at(engine, bundledCatalog());
    }
};

} // namespace

TEST(SessionFrame, BeforeTheStartItShowsTheFirstExercise)
{
    Played session(routineOf({QStringLiteral("cat-cow")}));
    const SessionFrame frame = SessionFrame::at(session.engine, bundledCatalog());
    EXPECT_EQ(frame.state, SessionEngine::State::Idle);
    EXPECT_EQ(frame.exerciseId, QStringLiteral("cat-cow"));
    EXPECT_EQ(frame.exerciseNumber, 1);
    EXPECT_EQ(frame.exerciseCount, 1);
    EXPECT_EQ(frame.secondsShown, 5); // the get-ready
    EXPECT_EQ(frame.routineRemainingMs, session.engine.totalMs());
}

TEST(SessionFrame, BreathRepsMoveBetweenCowAndCatWithTheBreath)
{
    Played session(routineOf({QStringLiteral("cat-cow")}));
    session.engine.start();
    SessionFrame frame = session.at(0);
    EXPECT_EQ(frame.action, QStringLiteral("Get ready"));
    EXPECT_TRUE(frame.nextUp.contains(QStringLiteral("Cat-Cow"))) << frame.nextUp.toStdString();

    frame = session.at(5000 + 1500); // half way through the first inhale (3 s)
    EXPECT_EQ(frame.action, QStringLiteral("Inhale"));
    EXPECT_EQ(frame.detail, QStringLiteral("Rep 1 of 10"));
    EXPECT_EQ(frame.toPosition, QStringLiteral("cow"));
    EXPECT_NEAR(frame.motion, 0.5, 0.01);

    frame = session.at(3000); // half way through the exhale
    EXPECT_EQ(frame.action, QStringLiteral("Exhale"));
    EXPECT_EQ(frame.fromPosition, QStringLiteral("cow"));
    EXPECT_EQ(frame.toPosition, QStringLiteral("cat"));
    EXPECT_EQ(frame.secondsShown, 2); // 1.5 s of the 6 s rep left, rounded up
}

// The big number paces the breath: it counts the inhale and the exhale, not the whole rep, and
// the ring fills with each phase.
TEST(SessionFrame, TheBigNumberCountsEachBreath)
{
    Played session(routineOf({QStringLiteral("cat-cow")}));
    session.engine.start();
    SessionFrame frame = session.at(5000 + 500); // 0.5 s into the first 3 s inhale
    EXPECT_EQ(frame.action, QStringLiteral("Inhale"));
    EXPECT_TRUE(frame.pacedByPhase);
    EXPECT_EQ(frame.ringText, QStringLiteral("3"));
    EXPECT_NEAR(frame.ringProgress, 1.0 / 6.0, 0.01);
    frame = session.at(1000);
    EXPECT_EQ(frame.ringText, QStringLiteral("2")); // not the rep's 5
    frame = session.at(1000);
    EXPECT_EQ(frame.ringText, QStringLiteral("1"));
    frame = session.at(1000); // 0.5 s into the exhale
    EXPECT_EQ(frame.action, QStringLiteral("Exhale"));
    EXPECT_EQ(frame.ringText, QStringLiteral("3"));
    EXPECT_NEAR(frame.ringProgress, 1.0 / 6.0, 0.01);
    EXPECT_EQ(frame.secondsShown, 3); // the rep's own time is still there
    frame = session.at(2000);
    EXPECT_EQ(frame.ringText, QStringLiteral("1"));
    frame = session.at(1000); // the next rep's inhale
    EXPECT_EQ(frame.action, QStringLiteral("Inhale"));
    EXPECT_EQ(frame.detail, QStringLiteral("Rep 2 of 10"));
    EXPECT_EQ(frame.ringText, QStringLiteral("3"));
}

// Tempo reps count each part of the rep with its word: Pull 2-1, Squeeze 1, Lower 2-1.
TEST(SessionFrame, TempoRepsCountEachPartWithItsWord)
{
    Played session(routineOf({QStringLiteral("rows")}));
    session.engine.start();
    SessionFrame frame = session.at(5000 + 200);
    EXPECT_EQ(frame.action, QStringLiteral("Pull"));
    EXPECT_EQ(frame.ringText, QStringLiteral("2"));
    frame = session.at(1000);
    EXPECT_EQ(frame.ringText, QStringLiteral("1"));
    frame = session.at(1000);
    EXPECT_EQ(frame.action, QStringLiteral("Squeeze"));
    EXPECT_EQ(frame.ringText, QStringLiteral("1"));
    frame = session.at(1000);
    EXPECT_EQ(frame.action, QStringLiteral("Lower"));
    EXPECT_EQ(frame.ringText, QStringLiteral("2"));
}

// Timed blocks say what to do: the tempo's words (Wall Angels) or the exercise's own prompt,
// never "Keep going"; the big number stays the block's time left.
TEST(SessionFrame, TimedBlocksSayWhatToDo)
{
    {
        Played session(routineOf({QStringLiteral("wall-angels")}));
        session.engine.start();
        SessionFrame frame = session.at(5000 + 1000);
        EXPECT_EQ(frame.action, QStringLiteral("Slide up"));
        EXPECT_FALSE(frame.pacedByPhase);
        EXPECT_EQ(frame.ringText, QStringLiteral("59"));
        EXPECT_EQ(frame.toPosition, QStringLiteral("high"));
        frame = session.at(4000);
        EXPECT_EQ(frame.action, QStringLiteral("Slide down"));
        EXPECT_EQ(frame.toPosition, QStringLiteral("low"));
        EXPECT_EQ(frame.ringText, QStringLiteral("55"));
    }
    for (const auto &[id, words] :
         {std::pair{QStringLiteral("posture-correction"), QStringLiteral("Sit or stand tall")},
          std::pair{QStringLiteral("foam-rolling"), QStringLiteral("Roll slowly up and down")}}) {
        Played session(routineOf({id}));
        session.engine.start();
        const SessionFrame frame = session.at(5000 + 1000);
        EXPECT_EQ(frame.action, words) << id.toStdString();
        EXPECT_EQ(frame.ringText, SessionWords::countdown(frame.stepRemainingMs)) << id.toStdString();
    }
}

TEST(SessionFrame, HoldsMoveIntoThePositionThenStayAndSidesAreNamed)
{
    Played session(routineOf({QStringLiteral("thread-the-needle")}));
    session.engine.start();
    SessionFrame frame = session.at(5000 + 500);
    EXPECT_EQ(frame.action, QStringLiteral("Hold"));
    EXPECT_EQ(frame.side, Side::Left);
    EXPECT_EQ(frame.detail, QStringLiteral("Hold 1 of 5 · Left side"));
    EXPECT_EQ(frame.fromPosition, QStringLiteral("all-fours"));
    EXPECT_EQ(frame.toPosition, QStringLiteral("threaded"));
    EXPECT_NEAR(frame.motion, 0.5, 0.01);
    frame = session.at(5000);
    EXPECT_DOUBLE_EQ(frame.motion, 1.0);
    EXPECT_EQ(frame.secondsShown, 15); // gentle: 20 s holds
    EXPECT_NEAR(frame.stepProgress, 0.275, 0.001);
}

TEST(SessionFrame, PausingAndTheResumeCountdownAreVisible)
{
    Played session(routineOf({QStringLiteral("cobra")}));
    session.engine.start();
    session.at(2000);
    session.engine.pause();
    SessionFrame frame = session.at(10000);
    EXPECT_EQ(frame.state, SessionEngine::State::Paused);
    EXPECT_EQ(frame.secondsShown, 3);
    session.engine.resume();
    frame = session.at(1000);
    EXPECT_EQ(frame.state, SessionEngine::State::Countdown);
    EXPECT_EQ(frame.countdownSecondsLeft, 2);
}

TEST(SessionFrame, TheWordsFollowTheState)
{
    Played session(routineOf({QStringLiteral("cobra")}));
    SessionFrame frame = SessionFrame::at(session.engine, bundledCatalog());
    const qint64 seconds = (session.engine.totalMs() + 999) / 1000;
    EXPECT_EQ(frame.action, QStringLiteral("Ready when you are"));
    EXPECT_EQ(frame.ringText, QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    EXPECT_DOUBLE_EQ(frame.stepProgress, 0.0);
    EXPECT_EQ(frame.timeLeft, frame.ringText + QStringLiteral(" left"));
    EXPECT_EQ(frame.heading, QStringLiteral("%1 · 1 of 1").arg(frame.exerciseName));
    EXPECT_FALSE(frame.active);
    EXPECT_FALSE(frame.extendable);

    session.engine.start();
    frame = session.at(1500);
    EXPECT_EQ(frame.action, QStringLiteral("Get ready"));
    EXPECT_EQ(frame.ringText, QStringLiteral("4"));
    EXPECT_TRUE(frame.active);
    EXPECT_TRUE(frame.extendable);
    EXPECT_FALSE(frame.countsReps);

    session.engine.pause();
    frame = session.at(10000);
    EXPECT_EQ(frame.action, QStringLiteral("Paused"));
    EXPECT_EQ(frame.ringText, QStringLiteral("4"));
    session.engine.resume();
    frame = session.at(500);
    EXPECT_EQ(frame.action, QStringLiteral("Get back in position"));
    EXPECT_EQ(frame.ringText, QStringLiteral("3"));

    session.engine.stop();
    frame = session.at(0);
    EXPECT_EQ(frame.action, QStringLiteral("Done"));
    EXPECT_EQ(frame.ringText, QStringLiteral("✓"));
    EXPECT_FALSE(frame.active);
    EXPECT_FALSE(frame.extendable);
}

TEST(SessionFrame, TimesOverAMinuteReadAsMinutesAndSeconds)
{
    Played session(routineOf({QStringLiteral("wall-angels")}, 15, Level::Standard)); // a 90 s block
    session.engine.start();
    SessionFrame frame = session.at(5000 + 1000);
    ASSERT_EQ(frame.stepRemainingMs, 89000);
    EXPECT_EQ(frame.ringText, QStringLiteral("1:29"));
    EXPECT_EQ(frame.timeLeft, QStringLiteral("1:29 left"));
    frame = session.at(28500); // 60.5 s left shows as 1:01
    EXPECT_EQ(frame.ringText, QStringLiteral("1:01"));
    frame = session.at(1000); // 59.5 s
    EXPECT_EQ(frame.ringText, QStringLiteral("1:00"));
    frame = session.at(500);
    EXPECT_EQ(frame.ringText, QStringLiteral("59"));
    EXPECT_EQ(frame.timeLeft, QStringLiteral("0:59 left"));
}

TEST(SessionWords, CountdownIsSecondsUnderAMinuteAndMinutesAndSecondsFromOne)
{
    EXPECT_EQ(SessionWords::countdown(0), QStringLiteral("0"));
    EXPECT_EQ(SessionWords::countdown(1), QStringLiteral("1"));
    EXPECT_EQ(SessionWords::countdown(59000), QStringLiteral("59"));
    EXPECT_EQ(SessionWords::countdown(59001), QStringLiteral("1:00"));
    EXPECT_EQ(SessionWords::countdown(89000), QStringLiteral("1:29"));
    EXPECT_EQ(SessionWords::countdown(600000), QStringLiteral("10:00"));
    EXPECT_EQ(SessionWords::clockTime(45000), QStringLiteral("0:45"));
    EXPECT_EQ(SessionWords::clockTime(725000), QStringLiteral("12:05"));
    EXPECT_EQ(SessionWords::clockTime(3723000), QStringLiteral("1:02:03"));
    EXPECT_EQ(SessionWords::clockTime(-5), QStringLiteral("0:00"));
}
