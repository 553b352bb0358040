// An hour of session under a display timer that jitters, runs late, misses ticks and stalls:
// every step start and cue is reported once, in order, due on its exact millisecond.
#include "EventRecorder.h"
#include "FakeClock.h"
#include "SessionFixtures.h"

#include "model/Durations.h"
#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

#include <random>

using namespace Limber;
using namespace Limber::Test;

namespace {

// The full program, repeated until it lasts at least an hour.
Routine hourLongRoutine()
{
    const Routine &full = builtInRoutines().at(0);
    Routine routine = full;
    routine.id = QStringLiteral("hour");
    while (routineSeconds(routine, bundledCatalog(), Level::Full) < 3600)
        routine.items += full.items;
    return routine;
}

// A display timer's next tick: usually ~100 ms, sometimes missed, sometimes a long stall,
// sometimes exactly on the next boundary.
class Ticks final
{
public:
    explicit Ticks(unsigned seed)
        : m_random(seed)
    { }

    qint64 next(qint64 now, qint64 nextDue)
    {
        const int roll = std::uniform_int_distribution<int>(0, 999)(m_random);
        if (roll < 3)
            return now + std::uniform_int_distribution<qint64>(1000, 30000)(m_random); // a stall
        if (roll < 30)
            return now + 3 * 100 + std::uniform_int_distribution<qint64>(0, 99)(m_random); // missed ticks
        if (roll < 60 && nextDue > now)
            return nextDue; // exactly on a boundary
        return now + 100 + std::uniform_int_distribution<qint64>(-40, 60)(m_random);
    }

    bool chance(int perThousand) { return std::uniform_int_distribution<int>(0, 999)(m_random) < perThousand; }
    qint64 between(qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(m_random); }

private:
    std::mt19937 m_random;
};

} // namespace

class LongRun : public ::testing::TestWithParam<unsigned>
{
};

TEST_P(LongRun, JitteredLateAndMissingTicksLoseNothing)
{
    const Timeline plan = TimelineBuilder(bundledCatalog()).build(hourLongRoutine(), Level::Full);
    ASSERT_GE(plan.totalMs, 60 * 60 * 1000);

    FakeClock clock;
    SessionEngine engine(clock, plan);
    EventRecorder recorder(engine, clock);
    const qint64 start = clock.nowMs();
    engine.start();

    const std::vector<Event> expected = EventRecorder::expected(plan, start);
    Ticks ticks(GetParam());
    qint64 lastTick = start;
    int tickCount = 0;
    while (engine.state() == SessionEngine::State::Running) {
        const size_t reported = recorder.events.size();
        const qint64 nextDue = reported < expected.size() ? expected[reported].dueAt : start + plan.totalMs;
        clock.setMs(ticks.next(clock.nowMs(), nextDue));
        engine.update();
        ++tickCount;
        // Nothing early, nothing later than the tick that could first report it.
        for (size_t i = reported; i < recorder.events.size(); ++i) {
            const Event &event = recorder.events[i];
            if (event.type == Event::Finished)
                continue;
            ASSERT_GE(event.reportedAt, event.dueAt) << event;
            ASSERT_GT(event.dueAt, lastTick) << event << ": should have been reported by the tick before";
        }
        // No drift: the position is the time since the start, to the millisecond.
        if (engine.state() == SessionEngine::State::Running) {
            ASSERT_EQ(engine.positionMs(), clock.nowMs() - start);
        }
        lastTick = clock.nowMs();
    }

    EXPECT_GT(tickCount, 10000);
    EXPECT_EQ(engine.state(), SessionEngine::State::Finished);
    EXPECT_EQ(recorder.withoutFinished(), expected);
    EXPECT_EQ(recorder.events.back().type, Event::Finished);
    EXPECT_EQ(engine.summary().activeMs, plan.totalMs);
    EXPECT_EQ(engine.summary().pausedMs, 0);
    EXPECT_EQ(engine.summary().count(ExerciseStatus::Completed), plan.exercises.size());
}

TEST_P(LongRun, PausesShiftEverythingAfterThemByExactlyTheirLength)
{
    const Timeline plan = TimelineBuilder(bundledCatalog()).build(hourLongRoutine(), Level::Full);
    FakeClock clock;
    SessionEngine engine(clock, plan);
    EventRecorder recorder(engine, clock);
    const qint64 start = clock.nowMs();
    engine.start();

    struct Pause {
        qint64 position = 0; // where the session stood
        qint64 pausedBefore = 0; // pausedMs() when it began
        qint64 clockLength = 0; // from pause() to the end of the countdown that resumed it
    };
    std::vector<Pause> pauses;
    Ticks ticks(GetParam() * 7919u);
    while (engine.state() != SessionEngine::State::Finished) {
        clock.setMs(ticks.next(clock.nowMs(), 0));
        engine.update();
        if (!pauses.empty() && pauses.back().clockLength == 0 && engine.state() == SessionEngine::State::Running)
            pauses.back().clockLength = engine.pausedMs() - pauses.back().pausedBefore;
        if (engine.state() == SessionEngine::State::Running && ticks.chance(2)) {
            engine.pause();
            pauses.push_back({engine.positionMs(), engine.pausedMs()});
        } else if (engine.state() == SessionEngine::State::Paused && ticks.chance(50)) {
            if (ticks.chance(300))
                clock.advanceMs(ticks.between(0, 2000));
            engine.resume();
        } else if (engine.state() == SessionEngine::State::Countdown && ticks.chance(20)) {
            engine.pause(); // caught during the countdown: the pause goes on
        }
    }
    ASSERT_GE(pauses.size(), 3u);

    std::vector<Event> expected = EventRecorder::expected(plan, start);
    for (Event &event : expected) {
        const qint64 position = event.dueAt - start;
        for (const Pause &pause : pauses) {
            if (position > pause.position)
                event.dueAt += pause.clockLength;
        }
    }
    EXPECT_EQ(recorder.withoutFinished(), expected);
    qint64 paused = 0;
    for (const Pause &pause : pauses)
        paused += pause.clockLength;
    EXPECT_EQ(engine.summary().pausedMs, paused);
    EXPECT_EQ(engine.summary().activeMs, plan.totalMs);
}

INSTANTIATE_TEST_SUITE_P(Seeds, LongRun, ::testing::Values(1u, 2u, 3u));
