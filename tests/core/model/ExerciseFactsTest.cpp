// The facts about an exercise, in the words the library and the routine sheet both use.
#include "model/ExerciseFacts.h"
#include "model/Catalog.h"
#include "storage/CatalogFormat.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

Exercise catalogExercise(const char *id)
{
    Result<Catalog> catalog = CatalogFormat::load();
    EXPECT_TRUE(catalog.ok());
    const Exercise *exercise = catalog ? catalog.value().find(QLatin1String(id)) : nullptr;
    EXPECT_NE(exercise, nullptr) << id;
    return exercise ? *exercise : Exercise();
}

} // namespace

TEST(ExerciseFacts, TheEquipmentIsNoneAnyOneOrAll)
{
    EXPECT_EQ(ExerciseFacts::equipment(catalogExercise("cat-cow")), QStringLiteral("No equipment"));
    EXPECT_EQ(ExerciseFacts::equipment(catalogExercise("wall-angels")), QStringLiteral("Wall"));
    EXPECT_EQ(ExerciseFacts::equipment(catalogExercise("rows")), QStringLiteral("Resistance band or Light dumbbells"));

    Exercise both;
    both.equipment = {Equipment::Wall, Equipment::FoamRoller};
    EXPECT_EQ(ExerciseFacts::equipment(both), QStringLiteral("Wall and Foam roller"));
    both.equipmentIsChoice = true;
    EXPECT_EQ(ExerciseFacts::equipment(both), QStringLiteral("Wall or Foam roller"));
}

TEST(ExerciseFacts, TheKindsAreEveryKindMainFirst)
{
    // The article: "Cobra Stretch (for strength and stretch)".
    EXPECT_EQ(ExerciseFacts::kinds(catalogExercise("cobra")), QStringLiteral("Strength and Stretch"));
    EXPECT_EQ(ExerciseFacts::kinds(catalogExercise("rows")), QStringLiteral("Strength"));
    EXPECT_EQ(ExerciseFacts::kinds(catalogExercise("posture-correction")), QStringLiteral("Posture tip"));
}

TEST(ExerciseFacts, TheLibraryNamesEveryKindAndWhatItWorks)
{
    EXPECT_EQ(ExerciseFacts::detailed(catalogExercise("cobra")),
              QStringLiteral("Strength and Stretch · Lying face down · No equipment\n"
                             "Works: Spine, Mid back, Upper back"));
    EXPECT_EQ(ExerciseFacts::detailed(catalogExercise("reverse-fly")),
              QStringLiteral("Strength · Sitting or standing · Resistance band or Light dumbbells\n"
                             "Works: Shoulders, Upper back, Between the shoulder blades"));
}

TEST(ExerciseFacts, TheSheetNamesTheMainKindAndLabelsTheEquipment)
{
    EXPECT_EQ(ExerciseFacts::printed(catalogExercise("cobra")),
              QStringLiteral("Strength   ·   Lying face down   ·   No equipment"));
    EXPECT_EQ(ExerciseFacts::printed(catalogExercise("foam-rolling")),
              QStringLiteral("Posture tip   ·   Lying on your back   ·   Equipment: Foam roller"));
    EXPECT_EQ(ExerciseFacts::printed(catalogExercise("rows")),
              QStringLiteral("Strength   ·   Standing   ·   Equipment: Resistance band or Light dumbbells"));
}
