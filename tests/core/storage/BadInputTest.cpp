// Every way a routine file can be wrong gets a message naming the file, the place and the
// problem. Each case is a real file on disk, read the way `limber check` and import read it.
#include "storage/CatalogFormat.h"
#include "storage/JsonFields.h"
#include "storage/RoutineFormat.h"

#include "BundledContent.h"
#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Limber;

namespace {

struct BadFile {
    const char *name;
    QByteArray content;
    const char *where; // expected in FileError::where ("" for none)
    const char *problem; // expected in FileError::problem
};

QByteArray routineWith(const QByteArray &routineBody)
{
    return R"({"format":"limber-routine","version":1,"routine":)" + routineBody + "}";
}

QByteArray itemsWith(const QByteArray &item)
{
    return routineWith(R"({"id":"r","name":"R","items":[{"exercise":"cobra"},)" + item + "]}");
}

void PrintTo(const BadFile &bad, std::ostream *os)
{
    *os << bad.name;
}

class BadRoutineFile : public testing::TestWithParam<BadFile>
{
protected:
    QTemporaryDir m_dir;
};

std::string describe(const testing::TestParamInfo<BadFile> &info)
{
    return info.param.name;
}

} // namespace

TEST_P(BadRoutineFile, IsRefusedWithFilePlaceAndProblem)
{
    const BadFile &bad = GetParam();
    const QString path = m_dir.filePath(QStringLiteral("shared.limber.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bad.content);
    file.close();

    Result<Routine> routine = RoutineFormat::readShared(path, bundledCatalog());
    ASSERT_FALSE(routine.ok());
    const FileError &error = routine.error();
    EXPECT_EQ(error.file, path);
    EXPECT_TRUE(error.where.contains(QString::fromUtf8(bad.where))) << error.message().toStdString();
    EXPECT_TRUE(error.problem.contains(QString::fromUtf8(bad.problem))) << error.message().toStdString();
    EXPECT_TRUE(error.message().startsWith(path));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadRoutineFile,
    testing::Values(
        BadFile{"Empty", "", "", "empty"}, BadFile{"OnlySpaces", "  \n\t ", "", "empty"},
        BadFile{"Truncated", R"({"format":"limber-routine","version":1,"routine":{"id":"r","na)", "line 1",
                "ends too soon"},
        BadFile{"TruncatedOnLaterLine", "{\n  \"format\": \"limber-routine\",\n  \"version\": 1,\n  \"routine\": {\n",
                "line 5", "ends too soon"},
        BadFile{"NotJson", "this is not json at all", "line 1", "not valid JSON"},
        BadFile{"BrokenInTheMiddle", "{\n\"format\": \"limber-routine\",,\n\"version\": 1}", "line 2",
                "not valid JSON"},
        BadFile{"TopLevelArray", "[1, 2, 3]", "", "JSON object"},
        BadFile{"NoFormat", R"({"version":1})", "format", "missing"},
        BadFile{"WrongFormat", R"({"format":"limber-routines","version":1})", "format", "not a \"limber-routine\""},
        BadFile{"NewerVersion", R"({"format":"limber-routine","version":7,"routine":{}})", "version", "newer Limber"},
        BadFile{"VersionNotANumber", R"({"format":"limber-routine","version":"1"})", "version", "whole number"},
        BadFile{"VersionFraction", R"({"format":"limber-routine","version":1.5})", "version", "whole number"},
        BadFile{"NoRoutine", R"({"format":"limber-routine","version":1})", "routine", "required"},
        BadFile{"RoutineNotObject", R"({"format":"limber-routine","version":1,"routine":[]})", "routine", "object"},
        BadFile{"MissingName", routineWith(R"({"id":"r","items":[]})"), "routine.name", "required"},
        BadFile{"EmptyName", routineWith(R"({"id":"r","name":"  ","items":[]})"), "routine.name", "empty"},
        BadFile{"NameNotText", routineWith(R"({"id":"r","name":42,"items":[]})"), "routine.name", "text"},
        BadFile{"NameTooLong", routineWith(R"({"id":"r","name":")" + QByteArray(81, 'x') + R"(","items":[]})"),
                "routine.name", "at most 80"},
        BadFile{"ControlCharacterInName", routineWith(R"({"id":"r","name":"bad\u001b[31m","items":[]})"),
                "routine.name", "control character"},
        BadFile{"PathInId", routineWith(R"({"id":"../../etc/passwd","name":"R","items":[]})"), "routine.id",
                "lowercase letters"},
        BadFile{"UnknownLevel", routineWith(R"({"id":"r","name":"R","level":"extreme","items":[]})"), "routine.level",
                "gentle"},
        BadFile{"ItemsNotAList", routineWith(R"({"id":"r","name":"R","items":{}})"), "routine.items", "list"},
        BadFile{"UnknownExercise", itemsWith(R"({"exercise":"headstand"})"), "routine.items[1].exercise",
                "no exercise with the id \"headstand\""},
        BadFile{"ItemNotObject", itemsWith(R"("cobra")"), "routine.items[1]", "object"},
        BadFile{"ZeroReps", itemsWith(R"({"exercise":"rows","reps":0})"), "routine.items[1].reps", "from 1 to 100"},
        BadFile{"TooManyReps", itemsWith(R"({"exercise":"rows","reps":101})"), "routine.items[1].reps",
                "from 1 to 100"},
        BadFile{"NegativeReps", itemsWith(R"({"exercise":"rows","reps":-5})"), "routine.items[1].reps", "-5"},
        BadFile{"FractionalReps", itemsWith(R"({"exercise":"rows","reps":2.5})"), "routine.items[1].reps",
                "whole number"},
        BadFile{"HugeNumber", itemsWith(R"({"exercise":"rows","reps":1e300})"), "routine.items[1].reps",
                "out of range"},
        BadFile{"RepsAsText", itemsWith(R"({"exercise":"rows","reps":"12"})"), "routine.items[1].reps", "whole number"},
        BadFile{"HoldTooShort", itemsWith(R"({"exercise":"cobra","holdSeconds":0})"), "routine.items[1].holdSeconds",
                "from 1 to 1800"},
        BadFile{"HoldOverThirtyMinutes", itemsWith(R"({"exercise":"cobra","holdSeconds":1801})"),
                "routine.items[1].holdSeconds", "from 1 to 1800"},
        BadFile{"DurationOverThirtyMinutes", itemsWith(R"({"exercise":"wall-angels","durationSeconds":999999})"),
                "routine.items[1].durationSeconds", "from 1 to 1800"},
        BadFile{"HoldOnRepExercise", itemsWith(R"({"exercise":"rows","holdSeconds":5})"),
                "routine.items[1].holdSeconds", "no hold"},
        BadFile{"RepsOnTimedExercise", itemsWith(R"({"exercise":"wall-angels","reps":5})"), "routine.items[1].reps",
                "timed"},
        BadFile{"TooManySets", itemsWith(R"({"exercise":"rows","sets":11})"), "routine.items[1].sets", "from 1 to 10"},
        BadFile{"TooManyItems",
                routineWith(R"({"id":"r","name":"R","items":[)" + QByteArray(R"({"exercise":"cobra"},)").repeated(100)
                            + R"({"exercise":"cobra"}]})"),
                "routine.items", "at most 100"},
        BadFile{"DeepNesting", QByteArray(5000, '[') + QByteArray(5000, ']'), "line 1", "JSON"}),
    describe);

TEST(BadRoutineFile, MissingFileIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.limber.json"));
    Result<Routine> routine = RoutineFormat::readShared(path, bundledCatalog());
    ASSERT_FALSE(routine.ok());
    EXPECT_EQ(routine.error().file, path);
    EXPECT_TRUE(routine.error().problem.contains(QStringLiteral("does not exist")));
}

TEST(BadRoutineFile, FolderIsNotAFile)
{
    QTemporaryDir dir;
    Result<Routine> routine = RoutineFormat::readShared(dir.path(), bundledCatalog());
    ASSERT_FALSE(routine.ok());
    EXPECT_TRUE(routine.error().problem.contains(QStringLiteral("folder")));
}

TEST(BadRoutineFile, OverOneMebibyteIsRefusedUnread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.limber.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Valid JSON, just too big: a long description.
    file.write(
        routineWith(R"({"id":"r","name":"R","items":[],"description":")" + QByteArray(1100 * 1024, 'a') + "\"}"));
    file.close();
    Result<Routine> routine = RoutineFormat::readShared(path, bundledCatalog());
    ASSERT_FALSE(routine.ok());
    EXPECT_TRUE(routine.error().problem.contains(QStringLiteral("larger than the 1.0 MiB")))
        << routine.error().message().toStdString();
}

TEST(BadRoutineFile, EndlessDeviceIsCutOffAtTheLimit)
{
    // /dev/zero never ends and reports size 0: the reader must stop at the limit, not hang.
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        GTEST_SKIP() << "no /dev/zero here";
    Result<Routine> routine = RoutineFormat::readShared(QStringLiteral("/dev/zero"), bundledCatalog());
    ASSERT_FALSE(routine.ok());
    EXPECT_TRUE(routine.error().problem.contains(QStringLiteral("larger than")))
        << routine.error().message().toStdString();
}

TEST(BadRoutineStore, DuplicateIdsAreRefused)
{
    const QByteArray store = R"({"format":"limber-routines","version":1,"routines":[
        {"id":"a","name":"A","items":[]},{"id":"a","name":"B","items":[]}]})";
    Result<QList<Routine>> routines
        = RoutineFormat::parseStore(store, QStringLiteral("routines.json"), bundledCatalog());
    ASSERT_FALSE(routines.ok());
    EXPECT_EQ(routines.error().where, QStringLiteral("routines[1].id"));
    EXPECT_TRUE(routines.error().problem.contains(QStringLiteral("used twice")));
}

TEST(BadCatalog, ABrokenCatalogIsReportedNotCrashedOn)
{
    const QByteArray catalogJson = R"({"format":"limber-catalog","version":1,"exercises":[
        {"id":"x","code":"X1","name":"X","kinds":["yoga"],"position":"standing","targets":["spine"],
         "summary":"s","steps":["a"],"safety":"s","dose":{"pattern":"hold"},
         "illustration":{"resource":":/x.svg","keyPositions":["a","b"]}}]})";
    Result<Catalog> result = CatalogFormat::parse(catalogJson, QStringLiteral("catalog.json"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().where, QStringLiteral("exercises[0].kinds[0]"));
}

// People count from 1: the message says "item 2" for the second item, after the path that
// scripts read (which stays as it is, counted from 0).
TEST(BadRoutineFile, TheMessageCountsItemsFromOne)
{
    const QByteArray bytes = itemsWith(R"({"exercise":"rows","reps":0})");
    Result<Routine> routine = RoutineFormat::parseShared(bytes, QStringLiteral("shared.limber.json"), bundledCatalog());
    ASSERT_FALSE(routine.ok());
    EXPECT_EQ(routine.error().where, QStringLiteral("routine.items[1].reps"));
    EXPECT_TRUE(routine.error().message().startsWith(
        QStringLiteral("shared.limber.json: routine.items[1].reps (item 2): 0 is out of range")))
        << routine.error().message().toStdString();

    EXPECT_EQ(JsonFields::inWords(QStringLiteral("rules[0].days[1]")),
              QStringLiteral("rules[0].days[1] (item 1 of rules, item 2 of days)"));
    EXPECT_EQ(JsonFields::inWords(QStringLiteral("routine.name")), QStringLiteral("routine.name"));
    // Not a path: a name or a line and column is left as it is.
    EXPECT_EQ(JsonFields::inWords(QStringLiteral("line 3, column 7")), QStringLiteral("line 3, column 7"));
    EXPECT_EQ(JsonFields::inWords(QStringLiteral("Week [2] plan")), QStringLiteral("Week [2] plan"));
    EXPECT_EQ((FileError{{}, QStringLiteral("Week [2] plan"), QStringLiteral("taken.")}).message(),
              QStringLiteral("Week [2] plan: taken."));
}
