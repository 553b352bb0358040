// The file formats: golden files pin the exact bytes Limber writes, and what it reads back.
#include "storage/RoutineFormat.h"
#include "TestFiles.h"

#include "BundledContent.h"
#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace Limber;

namespace {

const QString goldenDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/golden/");

Routine goldenRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("my-desk-break");
    routine.name = QStringLiteral("My desk break");
    routine.description = QStringLiteral("Short version for busy days.");
    routine.level = Level::Gentle;
    routine.restBetweenSeconds = 10;
    RoutineItem retractions{QStringLiteral("scapular-retractions"), {}};
    retractions.override.reps = 12;
    retractions.override.holdSeconds = 4;
    RoutineItem angels{QStringLiteral("wall-angels"), {}};
    angels.override.durationSeconds = 45;
    RoutineItem needle{QStringLiteral("thread-the-needle"), {}};
    needle.override.sets = 2;
    needle.override.releaseSeconds = 3;
    needle.override.restBetweenSetsSeconds = 20;
    routine.items = {retractions, {QStringLiteral("corner-stretch"), {}}, angels, needle};
    return routine;
}

} // namespace

TEST(RoutineFormat, ReadsTheGoldenSharedFile)
{
    const QString path = goldenDir + QStringLiteral("my-desk-break.limber.json");
    Result<Routine> routine = RoutineFormat::readShared(path, bundledCatalog());
    ASSERT_TRUE(routine.ok()) << routine.error().message().toStdString();
    EXPECT_EQ(routine.value(), goldenRoutine());
}

TEST(RoutineFormat, WritesTheGoldenSharedFileByteForByte)
{
    EXPECT_EQ(RoutineFormat::sharedDocument(goldenRoutine()),
              readFile(goldenDir + QStringLiteral("my-desk-break.limber.json")));
}

TEST(RoutineFormat, StoreRoundTripsByteForByte)
{
    const QByteArray golden = readFile(goldenDir + QStringLiteral("routines-store.json"));
    Result<QList<Routine>> routines
        = RoutineFormat::parseStore(golden, QStringLiteral("routines-store.json"), bundledCatalog());
    ASSERT_TRUE(routines.ok()) << routines.error().message().toStdString();
    ASSERT_EQ(routines.value().size(), 2);
    EXPECT_EQ(routines.value().at(0).items.at(0).override.reps, 8);
    EXPECT_EQ(routines.value().at(1).level, Level::Full);
    EXPECT_EQ(routines.value().at(1).items.at(0).override.sets, 3);
    EXPECT_EQ(RoutineFormat::storeDocument(routines.value()), golden);
}

TEST(RoutineFormat, DefaultsFillWhatAFileLeavesOut)
{
    const QByteArray minimal = R"({"format":"limber-routine","version":1,
        "routine":{"id":"tiny","name":"Tiny","items":[{"exercise":"cobra"}]}})";
    Result<Routine> routine = RoutineFormat::parseShared(minimal, QStringLiteral("tiny"), bundledCatalog());
    ASSERT_TRUE(routine.ok()) << routine.error().message().toStdString();
    EXPECT_EQ(routine.value().level, Level::Standard);
    EXPECT_EQ(routine.value().restBetweenSeconds, Routine::defaultRestBetweenSeconds);
    EXPECT_TRUE(routine.value().items.at(0).override.isEmpty());
    EXPECT_FALSE(routine.value().builtIn);
}

TEST(RoutineFormat, BuiltInRoutinesLoadAndMatchTheBrief)
{
    Result<QList<Routine>> builtIns = RoutineFormat::loadBuiltIns(bundledCatalog());
    ASSERT_TRUE(builtIns.ok()) << builtIns.error().message().toStdString();
    QStringList ids;
    for (const Routine &routine : builtIns.value()) {
        ids.append(routine.id);
        EXPECT_TRUE(routine.builtIn);
        EXPECT_FALSE(routine.items.isEmpty());
    }
    EXPECT_EQ(ids.join(QLatin1Char(' ')), QStringLiteral("full-program desk-break strength-set gentle-morning"));

    // The full program is every catalog item, in the article's order.
    const Routine &full = builtIns.value().at(0);
    ASSERT_EQ(full.items.size(), bundledCatalog().size());
    for (qsizetype i = 0; i < full.items.size(); ++i)
        EXPECT_EQ(full.items.at(i).exerciseId, bundledCatalog().exercises().at(i).id);

    // The desk break has no floor work.
    for (const RoutineItem &item : builtIns.value().at(1).items)
        EXPECT_FALSE(bundledCatalog().find(item.exerciseId)->needsFloor()) << item.exerciseId.toStdString();

    // The strength set is the strengthening exercises.
    for (const RoutineItem &item : builtIns.value().at(2).items)
        EXPECT_TRUE(bundledCatalog().find(item.exerciseId)->hasKind(ExerciseKind::Strength))
            << item.exerciseId.toStdString();

    EXPECT_EQ(builtIns.value().at(3).level, Level::Gentle);
}

TEST(RoutineFormat, IdsAreSafe)
{
    EXPECT_TRUE(RoutineFormat::isValidId(QStringLiteral("desk-break-2")));
    EXPECT_FALSE(RoutineFormat::isValidId(QStringLiteral("../etc/passwd")));
    EXPECT_FALSE(RoutineFormat::isValidId(QStringLiteral("-x")));
    EXPECT_FALSE(RoutineFormat::isValidId(QStringLiteral("Desk")));
    EXPECT_FALSE(RoutineFormat::isValidId(QString()));
    EXPECT_FALSE(RoutineFormat::isValidId(QString(65, QLatin1Char('a'))));
}
