// The catalog as item models: the list and the filter over it, watched by Qt's
// QAbstractItemModelTester while the filters narrow and widen the rows.
#include "BundledContent.h"
#include "ModelChecker.h"
#include "QtGTest.h"

#include "model/ExerciseFilterModel.h"
#include "model/ExerciseListModel.h"

#include <gtest/gtest.h>

using namespace Limber;

TEST(ExerciseModels, ListAndFilterBehaveAsItemModels)
{
    ExerciseListModel list(bundledCatalog());
    ModelChecker listChecker(&list);
    ExerciseFilterModel filter;
    ModelChecker filterChecker(&filter);
    filter.setSourceModel(&list);
    EXPECT_EQ(filter.rowCount(), 12);

    const auto names = [&] {
        QStringList result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result.append(filter.index(row, 0).data(ExerciseListModel::IdRole).toString());
        return result.join(QLatin1Char(' '));
    };

    filter.setNoFloorOnly(true);
    EXPECT_EQ(names(),
              QStringLiteral("corner-stretch wall-angels scapular-retractions rows reverse-fly "
                             "posture-correction"));
    filter.setKind(ExerciseKind::Strength);
    EXPECT_EQ(names(), QStringLiteral("scapular-retractions rows reverse-fly"));
    filter.setNoEquipmentOnly(true);
    EXPECT_EQ(names(), QStringLiteral("scapular-retractions"));
    filter.setNoEquipmentOnly(false);
    filter.setNoFloorOnly(false);
    filter.setKind(ExerciseKind::Stretch);
    EXPECT_EQ(names(), QStringLiteral("cat-cow childs-pose thread-the-needle corner-stretch wall-angels cobra"));
    filter.setKind(std::nullopt);
    filter.setEquipment(Equipment::Dumbbells);
    EXPECT_EQ(names(), QStringLiteral("rows reverse-fly"));
    filter.setEquipment(std::nullopt);
    filter.setPosition(Position::AllFours);
    EXPECT_EQ(names(), QStringLiteral("cat-cow thread-the-needle"));
    filter.setPosition(std::nullopt);
    filter.setSearchText(QStringLiteral("  SHOULDER   blades "));
    EXPECT_EQ(names(), QStringLiteral("scapular-retractions rows reverse-fly"));
    filter.setSearchText(QStringLiteral("no-such-word"));
    EXPECT_EQ(filter.rowCount(), 0);
    EXPECT_EQ(listChecker.failures() + filterChecker.failures(), 0);
}

// A position filter answers "can I do it standing?": the "sitting or standing" exercises are
// among the standing ones, and they alone answer "can I do it sitting?".
TEST(ExerciseModels, ThePositionFilterTakesInSittingOrStanding)
{
    ExerciseListModel list(bundledCatalog());
    ExerciseFilterModel filter;
    filter.setSourceModel(&list);
    const auto names = [&] {
        QStringList result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result.append(filter.index(row, 0).data(ExerciseListModel::IdRole).toString());
        return result.join(QLatin1Char(' '));
    };

    filter.setPosition(Position::Standing);
    EXPECT_EQ(names(),
              QStringLiteral("corner-stretch wall-angels scapular-retractions rows reverse-fly "
                             "posture-correction"));
    filter.setPosition(Position::SittingOrStanding);
    EXPECT_EQ(names(), QStringLiteral("scapular-retractions reverse-fly posture-correction"));
    filter.setPosition(Position::Kneeling);
    EXPECT_EQ(names(), QStringLiteral("childs-pose"));

    EXPECT_TRUE(canBeDoneIn(Position::SittingOrStanding, Position::Standing));
    EXPECT_FALSE(canBeDoneIn(Position::Standing, Position::SittingOrStanding));
    EXPECT_EQ(askedLabelOf(Position::SittingOrStanding), QStringLiteral("Sitting"));
    EXPECT_EQ(askedLabelOf(Position::Standing), QStringLiteral("Standing"));
}
