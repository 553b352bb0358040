// Making a routine of one exercise, and adding an exercise to a routine.
#include "model/RoutineEdits.h"

#include "BundledContent.h"
#include "QtGTest.h"
#include "model/Durations.h"
#include "model/Limits.h"
#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

using namespace Limber;

TEST(RoutineEdits, OneExerciseAtALevelIsThatExerciseAloneAtThatLevel)
{
    const Exercise *cobra = bundledCatalog().find(QStringLiteral("cobra"));
    ASSERT_NE(cobra, nullptr);
    const Routine routine = RoutineEdits::ofOneExercise(*cobra, Level::Full);
    EXPECT_EQ(routine.name, cobra->name);
    EXPECT_EQ(routine.level, Level::Full);
    ASSERT_EQ(routine.items.size(), 1);
    EXPECT_EQ(routine.items.first().exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(routine.items.first().override, DoseOverride{});
    EXPECT_TRUE(routine.isPlayable());
    EXPECT_FALSE(RoutineEdits::canAddExercise(routine)); // it is not kept, so not changed either

    const Timeline timeline = TimelineBuilder(bundledCatalog()).build(routine);
    EXPECT_EQ(timeline.level, Level::Full);
    ASSERT_EQ(timeline.exercises.size(), 1);
    EXPECT_EQ(timeline.exercises.first().dose, ConcreteDose::resolve(cobra->dose, Level::Full));
    EXPECT_EQ(timeline.totalMs, 1000 * routineSeconds(routine, bundledCatalog(), Level::Full));
}

TEST(RoutineEdits, AnExerciseIsAddedAtTheEndOfTheUsersOwnRoutineUntilItIsFull)
{
    Routine mine;
    mine.id = QStringLiteral("mine");
    mine.items = {RoutineItem{QStringLiteral("cat-cow"), {}}};
    ASSERT_TRUE(RoutineEdits::addExercise(mine, QStringLiteral("cobra")));
    ASSERT_EQ(mine.items.size(), 2);
    EXPECT_EQ(mine.items.last(), (RoutineItem{QStringLiteral("cobra"), {}}));

    while (mine.items.size() < Limits::maxItems)
        mine.items.append(RoutineItem{QStringLiteral("cobra"), {}});
    EXPECT_FALSE(RoutineEdits::canAddExercise(mine));
    EXPECT_FALSE(RoutineEdits::addExercise(mine, QStringLiteral("cobra")));
    EXPECT_EQ(mine.items.size(), Limits::maxItems);

    Routine builtIn;
    builtIn.builtIn = true;
    EXPECT_FALSE(RoutineEdits::addExercise(builtIn, QStringLiteral("cobra")));
    EXPECT_TRUE(builtIn.items.isEmpty());
}
