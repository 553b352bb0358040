// How long building a timeline takes for the largest routine a file may hold (100 items), and
// what one display tick costs: update() with nothing due, and update() across a boundary.
#include "model/Limits.h"
#include "model/Routine.h"
#include "session/SessionEngine.h"
#include "session/TimelineBuilder.h"
#include "storage/CatalogFormat.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <memory>

using namespace Limber;

namespace {

class ManualClock final : public Clock
{
public:
    [[nodiscard]] std::chrono::milliseconds now() const override { return m_now; }
    void advance(qint64 ms) { m_now += std::chrono::milliseconds(ms); }

private:
    std::chrono::milliseconds m_now{1'000'000};
};

const Catalog &catalog()
{
    static const Catalog loaded = [] {
        auto result = CatalogFormat::load();
        return result.ok() ? result.value() : Catalog();
    }();
    return loaded;
}

Routine largestRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("bench");
    routine.name = QStringLiteral("Bench");
    for (int i = 0; i < Limits::maxItems; ++i)
        routine.items.append(RoutineItem{catalog().exercises().at(i % catalog().size()).id, {}});
    return routine;
}

void buildTimeline100Items(benchmark::State &state)
{
    const Routine routine = largestRoutine();
    const TimelineBuilder builder(catalog());
    qsizetype steps = 0;
    for (auto _ : state) {
        Timeline timeline = builder.build(routine, Level::Full);
        steps = timeline.steps.size();
        benchmark::DoNotOptimize(timeline);
    }
    state.counters["steps"] = double(steps);
}
BENCHMARK(buildTimeline100Items)->Unit(benchmark::kMillisecond);

// A 10 Hz display tick: the clock moves 100 ms and update() reports what it crossed.
void tick(benchmark::State &state)
{
    const Timeline timeline = TimelineBuilder(catalog()).build(largestRoutine(), Level::Full);
    ManualClock clock;
    auto engine = std::make_unique<SessionEngine>(clock, timeline);
    engine->start();
    for (auto _ : state) {
        clock.advance(100);
        engine->update();
        if (engine->state() != SessionEngine::State::Running) {
            state.PauseTiming();
            engine = std::make_unique<SessionEngine>(clock, timeline);
            engine->start();
            state.ResumeTiming();
        }
    }
}
BENCHMARK(tick);

// update() when nothing is due: the floor cost of a display tick.
void idleTick(benchmark::State &state)
{
    const Timeline timeline = TimelineBuilder(catalog()).build(largestRoutine(), Level::Full);
    ManualClock clock;
    SessionEngine engine(clock, timeline);
    engine.start();
    for (auto _ : state)
        engine.update();
}
BENCHMARK(idleTick);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
