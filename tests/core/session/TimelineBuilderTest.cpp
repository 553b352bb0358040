#include "SessionFixtures.h"

#include "model/Durations.h"
#include "session/CuePlan.h"
#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

#include <map>
#include <tuple>

using namespace Limber;
using namespace Limber::Test;

namespace {

std::string label(const Routine &routine, Level level)
{
    return QString(routine.id + QLatin1Char('/') + levelId(level)).toStdString();
}

// Work steps per (exercise, set, side) must match the dose, sides left then right.
void expectDoseShape(const Timeline &timeline, const std::string &where)
{
    for (int e = 0; e < timeline.exercises.size(); ++e) {
        const SessionExercise &exercise = timeline.exercises.at(e);
        const ConcreteDose &dose = exercise.dose;
        std::map<std::tuple<int, int>, int> work; // (set, side) -> work steps
        std::map<std::tuple<int, int>, qint64> workMs;
        Side lastSide = Side::None;
        int switches = 0;
        for (int i = exercise.firstStep; i < exercise.firstStep + exercise.stepCount; ++i) {
            const Step &step = timeline.steps.at(i);
            EXPECT_EQ(step.exerciseIndex, e) << where;
            EXPECT_EQ(step.exerciseId, exercise.id) << where;
            if (step.kind == StepKind::SwitchSides)
                ++switches;
            if (!isExerciseWork(step.kind))
                continue;
            EXPECT_EQ(dose.perSide, step.side != Side::None) << where;
            if (step.side == Side::Right) {
                EXPECT_EQ(lastSide == Side::Left || lastSide == Side::Right, true)
                    << where << ": the right side comes after the left";
            }
            lastSide = step.side;
            const std::tuple<int, int> key{step.set, int(step.side)};
            const int done = ++work[key];
            workMs[key] += step.lengthMs;
            if (step.rep > 0) {
                EXPECT_EQ(step.reps, dose.reps) << where;
                EXPECT_EQ(step.rep, done) << where << ": reps count up";
            }
        }
        const int sides = dose.perSide ? 2 : 1;
        EXPECT_EQ(work.size(), size_t(dose.sets * sides)) << where << " " << exercise.id.toStdString();
        EXPECT_EQ(switches, dose.perSide ? dose.sets : 0) << where;
        for (const auto &[key, count] : work) {
            switch (dose.pattern) {
            case DosePattern::Hold:
            case DosePattern::SqueezeReps:
                EXPECT_EQ(count, dose.reps) << where << " " << exercise.id.toStdString();
                EXPECT_EQ(workMs[key], qint64(dose.reps) * dose.holdSeconds * 1000) << where;
                break;
            case DosePattern::BreathReps:
            case DosePattern::TempoReps:
                EXPECT_EQ(count, dose.reps) << where << " " << exercise.id.toStdString();
                EXPECT_EQ(workMs[key], qint64(dose.reps) * dose.repSeconds() * 1000) << where;
                break;
            case DosePattern::Timed:
                EXPECT_EQ(count, 1) << where;
                EXPECT_EQ(workMs[key], qint64(dose.durationSeconds) * 1000) << where;
                break;
            }
        }
    }
}

void expectWellFormed(const Timeline &timeline, const std::string &where)
{
    ASSERT_FALSE(timeline.steps.isEmpty()) << where;
    qint64 at = 0;
    qint64 sum = 0;
    for (int i = 0; i < timeline.steps.size(); ++i) {
        const Step &step = timeline.steps.at(i);
        EXPECT_EQ(step.startMs, at) << where << " step " << i << ": steps follow each other without gaps";
        if (step.kind != StepKind::Done) {
            EXPECT_GT(step.lengthMs, 0) << where << " step " << i;
        }
        at += step.lengthMs;
        sum += step.lengthMs;
        qint64 lastOffset = 0;
        for (const Cue &cue : step.cues) {
            EXPECT_GE(cue.offsetMs, lastOffset) << where << " step " << i << ": cues are sorted";
            lastOffset = cue.offsetMs;
            EXPECT_GE(cue.offsetMs, 0) << where << " step " << i << " " << cue.id.toStdString();
            if (step.lengthMs > 0) {
                EXPECT_LT(cue.offsetMs, step.lengthMs) << where << " step " << i << " " << cue.id.toStdString();
            } else {
                EXPECT_EQ(cue.offsetMs, 0) << where;
            }
            EXPECT_FALSE(cue.id.isEmpty()) << where;
            EXPECT_FALSE(cue.tone.isEmpty() && cue.text.isEmpty()) << where;
        }
        for (const StepPhase &phase : step.phases) {
            EXPECT_GE(phase.offsetMs, 0) << where;
            EXPECT_LE(phase.offsetMs + phase.lengthMs, step.lengthMs) << where;
        }
    }
    EXPECT_EQ(sum, timeline.totalMs) << where << ": step lengths add up to the total";
    EXPECT_EQ(timeline.steps.last().kind, StepKind::Done) << where;
    EXPECT_EQ(timeline.steps.last().startMs, timeline.totalMs) << where;
    EXPECT_EQ(CuePlan::findCollision(timeline), std::nullopt) << where << ": no two cues overlap";
}

} // namespace

TEST(TimelineBuilder, BuiltInsLoad)
{
    EXPECT_EQ(bundledCatalog().size(), 12);
    EXPECT_EQ(builtInRoutines().size(), 4);
}

TEST(TimelineBuilder, EveryBuiltInRoutineAtEveryLevelMatchesRoutineSeconds)
{
    const TimelineBuilder builder(bundledCatalog());
    for (const Routine &routine : builtInRoutines()) {
        for (Level level : allLevels) {
            const Timeline timeline = builder.build(routine, level);
            const std::string where = label(routine, level);
            EXPECT_EQ(timeline.totalMs, qint64(routineSeconds(routine, bundledCatalog(), level)) * 1000) << where;
            EXPECT_EQ(timeline.exercises.size(), routine.items.size()) << where;
            expectWellFormed(timeline, where);
            expectDoseShape(timeline, where);
        }
    }
}

TEST(TimelineBuilder, OtherTimingsAndSelfPacedRepsKeepTheTotal)
{
    const SessionTimings timings{12, 9};
    const TimelineBuilder selfPaced(bundledCatalog(), timings, SessionSettings{RepMode::SelfPaced});
    for (const Routine &routine : builtInRoutines()) {
        for (Level level : allLevels) {
            const Timeline timeline = selfPaced.build(routine, level);
            const std::string where = label(routine, level) + " self-paced";
            EXPECT_EQ(timeline.totalMs, qint64(routineSeconds(routine, bundledCatalog(), level, timings)) * 1000)
                << where;
            expectWellFormed(timeline, where);
            for (const Step &step : timeline.steps) {
                EXPECT_NE(step.kind, StepKind::BreathRep) << where;
                EXPECT_NE(step.kind, StepKind::TempoRep) << where;
                EXPECT_NE(step.kind, StepKind::SqueezeHold) << where;
                EXPECT_EQ(step.openEnded, step.kind == StepKind::SelfPacedReps) << where;
            }
        }
    }
}

TEST(TimelineBuilder, OverridesSetsAndPerSide)
{
    Routine routine = routineOf({QStringLiteral("thread-the-needle"), QStringLiteral("rows")}, 20, Level::Standard);
    routine.items[0].override.reps = 2;
    routine.items[0].override.holdSeconds = 10;
    routine.items[0].override.sets = 2;
    routine.items[0].override.restBetweenSetsSeconds = 30;
    routine.items[1].override.reps = 3;
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(routine);
    expectWellFormed(timeline, "overrides");
    expectDoseShape(timeline, "overrides");
    EXPECT_EQ(timeline.totalMs, qint64(routineSeconds(routine, bundledCatalog(), Level::Standard)) * 1000);

    QList<StepKind> kinds;
    QList<Side> sides;
    for (const Step &step : timeline.steps) {
        if (step.exerciseIndex == 0) {
            kinds.append(step.kind);
            sides.append(step.side);
        }
    }
    // get ready; set 1: L hold, release, hold; switch; R hold, release, hold; set rest; set 2: same
    const QList<StepKind> expected{
        StepKind::GetReady,    StepKind::Hold, StepKind::Release, StepKind::Hold, StepKind::SwitchSides, StepKind::Hold,
        StepKind::Release,     StepKind::Hold, StepKind::SetRest, StepKind::Hold, StepKind::Release,     StepKind::Hold,
        StepKind::SwitchSides, StepKind::Hold, StepKind::Release, StepKind::Hold,
    };
    EXPECT_EQ(kinds, expected);
    EXPECT_EQ(sides.at(1), Side::Left);
    EXPECT_EQ(sides.at(5), Side::Right);
}

TEST(TimelineBuilder, ChildsPoseIsAnnouncedWithItsDose)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(routineOf({QStringLiteral("childs-pose")}, 15, Level::Standard));
    ASSERT_EQ(timeline.steps.first().kind, StepKind::GetReady);
    ASSERT_FALSE(timeline.steps.first().cues.isEmpty());
    const Cue &announce = timeline.steps.first().cues.first();
    EXPECT_EQ(announce.id, QStringLiteral("get-ready"));
    EXPECT_TRUE(announce.text.contains(QStringLiteral("Child's Pose. Hold 45 seconds, 4 times.")))
        << announce.text.toStdString();

    // A hold: start tone with "Hold 1 of 4", halfway, then 3-2-1.
    const Step &hold = timeline.steps.at(1);
    ASSERT_EQ(hold.kind, StepKind::Hold);
    QStringList ids;
    for (const Cue &cue : hold.cues)
        ids.append(cue.id);
    EXPECT_EQ(ids,
              (QStringList{QStringLiteral("start"), QStringLiteral("halfway"), QStringLiteral("count-3"),
                           QStringLiteral("count-2"), QStringLiteral("count-1")}));
    EXPECT_EQ(hold.cues.at(0).text, QStringLiteral("Hold 1 of 4."));
    EXPECT_EQ(hold.cues.at(1).offsetMs, 22500);
    EXPECT_EQ(hold.cues.at(2).offsetMs, 42000);
    EXPECT_EQ(timeline.steps.last().cues.first().id, QStringLiteral("done"));
}

TEST(TimelineBuilder, RestBetweenSaysWhatIsNext)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline
        = builder.build(routineOf({QStringLiteral("posture-correction"), QStringLiteral("cobra")}, 15));
    const SessionExercise &cobra = timeline.exercises.at(1);
    const Step &rest = timeline.steps.at(cobra.firstStep);
    EXPECT_EQ(rest.kind, StepKind::RestBetween);
    EXPECT_EQ(rest.exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(rest.lengthMs, 15000);
    ASSERT_FALSE(rest.cues.isEmpty());
    EXPECT_EQ(rest.cues.first().id, QStringLiteral("next-up"));
    EXPECT_TRUE(rest.cues.first().text.startsWith(QStringLiteral("Rest. Next up: Cobra.")))
        << rest.cues.first().text.toStdString();
}

TEST(TimelineBuilder, BreathRepsCarryInhaleAndExhale)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(routineOf({QStringLiteral("cat-cow")}));
    const Step &rep = timeline.steps.at(2);
    ASSERT_EQ(rep.kind, StepKind::BreathRep);
    EXPECT_EQ(rep.rep, 2);
    EXPECT_EQ(rep.reps, 10);
    ASSERT_EQ(rep.phases.size(), 2);
    EXPECT_EQ(rep.phases.at(1).offsetMs, 3000);
    EXPECT_EQ(rep.phases.at(0).keyPosition, QStringLiteral("cow"));
    ASSERT_EQ(rep.cues.size(), 2);
    EXPECT_EQ(rep.cues.at(0).text, QStringLiteral("Rep 2 of 10: Inhale."));
    EXPECT_EQ(rep.cues.at(1).text, QStringLiteral("Exhale"));
    EXPECT_EQ(rep.cues.at(1).offsetMs, 3000);
}

TEST(TimelineBuilder, TimedBlockPromptsItsSlowTempo)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(routineOf({QStringLiteral("wall-angels")}));
    const Step &block = timeline.steps.at(1);
    ASSERT_EQ(block.kind, StepKind::TimedBlock);
    EXPECT_EQ(block.lengthMs, 60000);
    EXPECT_EQ(block.phases.size(), 15); // 60 s of 4 s phases
    int tempo = 0;
    for (const Cue &cue : block.cues)
        tempo += cue.id == QStringLiteral("tempo") ? 1 : 0;
    EXPECT_GE(tempo, 10);

    const TimelineBuilder quiet(bundledCatalog(), {}, SessionSettings{.tempoPrompts = false});
    const Timeline quietTimeline = quiet.build(routineOf({QStringLiteral("wall-angels")}));
    for (const Cue &cue : quietTimeline.steps.at(1).cues)
        EXPECT_NE(cue.id, QStringLiteral("tempo"));
}

// A timed block says what to do as it starts: its tempo's first phase, or the exercise's prompt.
TEST(TimelineBuilder, TimedBlocksSayWhatToDoAsTheyStart)
{
    const TimelineBuilder builder(bundledCatalog());
    const auto opening = [&](const QString &id) {
        const Timeline timeline = builder.build(routineOf({id}, 0));
        const Step &block = timeline.steps.at(1);
        EXPECT_EQ(block.kind, StepKind::TimedBlock) << id.toStdString();
        return block.cues.isEmpty() ? QString() : block.cues.first().text;
    };
    EXPECT_TRUE(
        opening(QStringLiteral("posture-correction")).endsWith(QStringLiteral("30 seconds. Sit or stand tall.")))
        << opening(QStringLiteral("posture-correction")).toStdString();
    EXPECT_TRUE(
        opening(QStringLiteral("foam-rolling")).endsWith(QStringLiteral("60 seconds. Roll slowly up and down.")))
        << opening(QStringLiteral("foam-rolling")).toStdString();
    EXPECT_TRUE(opening(QStringLiteral("wall-angels")).endsWith(QStringLiteral("60 seconds. Slide up.")))
        << opening(QStringLiteral("wall-angels")).toStdString();
}

TEST(TimelineBuilder, NoLeadInMeansTheFirstWorkStepAnnounces)
{
    const TimelineBuilder builder(bundledCatalog(), SessionTimings{0, 0});
    const Timeline timeline
        = builder.build(routineOf({QStringLiteral("corner-stretch"), QStringLiteral("thread-the-needle")}, 0));
    expectWellFormed(timeline, "no lead-in");
    ASSERT_EQ(timeline.steps.first().kind, StepKind::Hold);
    EXPECT_TRUE(timeline.steps.first().cues.first().text.startsWith(QStringLiteral("Corner Stretch.")))
        << timeline.steps.first().cues.first().text.toStdString();
    for (const Step &step : timeline.steps)
        EXPECT_NE(step.kind, StepKind::SwitchSides);
    EXPECT_EQ(
        timeline.totalMs,
        qint64(routineSeconds(routineOf({QStringLiteral("corner-stretch"), QStringLiteral("thread-the-needle")}, 0),
                              bundledCatalog(), Level::Gentle, SessionTimings{0, 0}))
            * 1000);
}

TEST(TimelineBuilder, UnknownExercisesAreLeftOutAndAnEmptyRoutineIsEmpty)
{
    const TimelineBuilder builder(bundledCatalog());
    const Routine routine = routineOf({QStringLiteral("no-such-thing"), QStringLiteral("cobra")});
    const Timeline timeline = builder.build(routine);
    EXPECT_EQ(timeline.exercises.size(), 1);
    EXPECT_EQ(timeline.totalMs, qint64(routineSeconds(routine, bundledCatalog(), Level::Gentle)) * 1000);

    const Timeline empty = builder.build(routineOf({}));
    EXPECT_TRUE(empty.steps.isEmpty());
    EXPECT_EQ(empty.totalMs, 0);
}

TEST(TimelineBuilder, StepAtFindsThePlayingStep)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(routineOf({QStringLiteral("childs-pose")}));
    EXPECT_EQ(timeline.stepAt(0), 0);
    EXPECT_EQ(timeline.stepAt(4999), 0);
    EXPECT_EQ(timeline.stepAt(5000), 1);
    EXPECT_EQ(timeline.stepAt(timeline.totalMs), int(timeline.steps.size()) - 1);
    EXPECT_EQ(timeline.stepAt(timeline.totalMs + 5000), int(timeline.steps.size()) - 1);
}
