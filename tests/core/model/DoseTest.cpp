#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/Routine.h"

#include "BundledContent.h"
#include "QtGTest.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

Dose holdDose(Range hold, Range reps)
{
    Dose dose;
    dose.pattern = DosePattern::Hold;
    dose.holdSeconds = hold;
    dose.reps = reps;
    dose.releaseSeconds = 5;
    return dose;
}

} // namespace

TEST(Range, LevelsPickLowMiddleAndHighEnd)
{
    const Range range{30, 60, true, {}};
    EXPECT_EQ(range.at(Level::Gentle), 30);
    EXPECT_EQ(range.at(Level::Standard), 45);
    EXPECT_EQ(range.at(Level::Full), 60);
}

TEST(Range, StandardRoundsHalfUp)
{
    EXPECT_EQ((Range{10, 15, true, {}}.at(Level::Standard)), 13);
    EXPECT_EQ((Range{3, 4, true, {}}.at(Level::Standard)), 4);
    EXPECT_EQ((Range{3, 3, true, {}}.at(Level::Standard)), 3);
}

TEST(Level, IdsRoundTrip)
{
    for (Level level : allLevels)
        EXPECT_EQ(levelFromId(levelId(level)), level);
    EXPECT_FALSE(levelFromId(QStringLiteral("hard")).has_value());
}

TEST(ConcreteDose, LevelTurnsRangesIntoNumbers)
{
    const ConcreteDose dose = ConcreteDose::resolve(holdDose({30, 60, true, {}}, {3, 5, true, {}}), Level::Standard);
    EXPECT_EQ(dose.holdSeconds, 45);
    EXPECT_EQ(dose.reps, 4);
    EXPECT_EQ(dose.releaseSeconds, 5);
    EXPECT_EQ(DoseText::describe(dose), QStringLiteral("Hold 45 s, 4 times"));
}

TEST(ConcreteDose, UsersOwnNumbersOverrideTheLevel)
{
    DoseOverride override;
    override.holdSeconds = 50;
    override.releaseSeconds = 8;
    override.sets = 2;
    const ConcreteDose dose
        = ConcreteDose::resolve(holdDose({30, 60, true, {}}, {3, 5, true, {}}), Level::Gentle, override);
    EXPECT_EQ(dose.holdSeconds, 50);
    EXPECT_EQ(dose.reps, 3); // not overridden: the level decides
    EXPECT_EQ(dose.releaseSeconds, 8);
    EXPECT_EQ(dose.sets, 2);
}

TEST(Durations, HoldCountsHoldsAndReleasesBetweenThem)
{
    const ConcreteDose dose = ConcreteDose::resolve(holdDose({30, 60, true, {}}, {3, 5, true, {}}), Level::Gentle);
    // 3 holds of 30 s with 2 releases of 5 s between them.
    EXPECT_EQ(exerciseSeconds(dose, {}), 3 * 30 + 2 * 5);
}

TEST(Durations, PerSideDoublesAndAddsTheSwitch)
{
    Dose dose = holdDose({20, 30, true, {}}, {5, 10, true, {}});
    dose.perSide = true;
    SessionTimings timings;
    timings.switchSidesSeconds = 7;
    EXPECT_EQ(exerciseSeconds(ConcreteDose::resolve(dose, Level::Gentle), timings), 2 * (5 * 20 + 4 * 5) + 7);
}

TEST(Durations, SetsAddRestBetweenThem)
{
    Dose dose;
    dose.pattern = DosePattern::TempoReps;
    dose.reps = {10, 12, true, {}};
    dose.tempo = {{QStringLiteral("Pull"), 2, {}}, {QStringLiteral("Lower"), 3, {}}};
    dose.sets = 3;
    dose.restBetweenSetsSeconds = 30;
    EXPECT_EQ(exerciseSeconds(ConcreteDose::resolve(dose, Level::Full), {}), 3 * (12 * 5) + 2 * 30);
}

TEST(Durations, RoutineAddsGetReadyAndRestsBetweenExercises)
{
    const Catalog &catalog = bundledCatalog();
    Routine routine;
    routine.restBetweenSeconds = 10;
    routine.items = {{QStringLiteral("wall-angels"), {}}, {QStringLiteral("posture-correction"), {}}};
    // get ready 5 + wall angels 60 + rest 10 + posture 30
    EXPECT_EQ(routineSeconds(routine, catalog, Level::Gentle), 5 + 60 + 10 + 30);
    routine.items.clear();
    EXPECT_EQ(routineSeconds(routine, catalog, Level::Gentle), 0);
}

TEST(DoseText, DescribesEveryPattern)
{
    const Catalog &catalog = bundledCatalog();
    const auto text = [&](const char *id, Level level) {
        return DoseText::describe(ConcreteDose::resolve(catalog.find(QString::fromLatin1(id))->dose, level));
    };
    EXPECT_EQ(text("cat-cow", Level::Gentle), QStringLiteral("10 reps: Inhale 3 s, Exhale 3 s"));
    EXPECT_EQ(text("childs-pose", Level::Standard), QStringLiteral("Hold 45 s, 4 times"));
    EXPECT_EQ(text("thread-the-needle", Level::Full), QStringLiteral("Hold 30 s, 10 times, each side"));
    EXPECT_EQ(text("scapular-retractions", Level::Gentle), QStringLiteral("10 reps, holding 3 s each"));
    EXPECT_EQ(text("wall-angels", Level::Standard), QStringLiteral("For 1 min 30 s"));
    EXPECT_EQ(DoseText::describeRange(catalog.find(QStringLiteral("wall-angels"))->dose),
              QStringLiteral("For 1–2 min"));
    EXPECT_EQ(DoseText::describeRange(catalog.find(QStringLiteral("childs-pose"))->dose),
              QStringLiteral("Hold 30–60 s, 3–5 times"));
}

TEST(DoseText, Durations)
{
    EXPECT_EQ(DoseText::duration(45), QStringLiteral("45 s"));
    EXPECT_EQ(DoseText::duration(120), QStringLiteral("2 min"));
    EXPECT_EQ(DoseText::duration(348), QStringLiteral("5 min 48 s"));
    EXPECT_EQ(DoseText::duration(3720), QStringLiteral("1 h 2 min"));
}
