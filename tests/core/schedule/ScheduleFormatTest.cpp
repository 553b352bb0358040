// The schedule file: golden files pin the bytes Limber writes; every bad input gets a clear error.
#include "schedule/ScheduleFormat.h"
#include "ScheduleFixtures.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Limber;
using namespace Limber::Fixtures;

namespace {

const QString dataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/schedule/");

Schedule goldenSchedule()
{
    ReminderRule desk = fixedRule(QStringLiteral("desk-break"), {QTime(10, 30), QTime(15, 0)});
    desk.name = QStringLiteral("Desk break");
    ReminderRule posture = intervalRule(QStringLiteral("posture"), QTime(9, 0), QTime(17, 30), 60);
    posture.name = QStringLiteral("Posture check");
    posture.weekdays = Weekdays::of({Qt::Monday, Qt::Wednesday, Qt::Friday});
    ReminderRule weekend
        = fixedRule(QStringLiteral("weekend"), {QTime(9, 15)}, Weekdays::of({Qt::Saturday, Qt::Sunday}));
    weekend.name = QStringLiteral("Gentle morning");
    weekend.enabled = false;
    weekend.target = ReminderTarget::routine(QStringLiteral("gentle-morning"));

    Schedule schedule;
    schedule.rules = {desk, posture, weekend};
    schedule.lastHandled = QDateTime::fromString(QStringLiteral("2025-01-13T09:00:00Z"), Qt::ISODate);
    schedule.pausedUntil = QDateTime::fromString(QStringLiteral("2025-01-13T12:00:00Z"), Qt::ISODate);
    schedule.snooze = Schedule::Snooze{QStringLiteral("desk-break"),
                                       QDateTime::fromString(QStringLiteral("2025-01-13T09:30:00Z"), Qt::ISODate),
                                       QDateTime::fromString(QStringLiteral("2025-01-13T09:40:00Z"), Qt::ISODate)};
    return schedule;
}

struct BadSchedule {
    const char *name;
    QByteArray content;
    const char *where;
    const char *problem;
};

void PrintTo(const BadSchedule &bad, std::ostream *os)
{
    *os << bad.name;
}

QByteArray withRule(const QByteArray &rule)
{
    return R"({"format":"limber-schedule","version":1,"rules":[)" + rule + "]}";
}

QByteArray timesRule(const QByteArray &extra)
{
    return withRule(R"({"id":"r","name":"R","days":["mon"],"kind":"times","times":["10:30"],"target":"posture-check")"
                    + extra + "}");
}

QByteArray intervalRule(const QByteArray &fields)
{
    return withRule(R"({"id":"r","name":"R","days":["mon"],"kind":"interval","target":"posture-check",)" + fields
                    + "}");
}

QByteArray manyRules(int count)
{
    QByteArray rules;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            rules += ',';
        rules += R"({"id":"r)" + QByteArray::number(i)
            + R"(","name":"R","days":["mon"],"kind":"times","times":["10:30"],"target":"posture-check"})";
    }
    return withRule(rules);
}

QByteArray manyTimes(int count)
{
    QByteArray times;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            times += ',';
        times += '"' + QTime(i % 24, i / 24).toString(QStringLiteral("HH:mm")).toLatin1() + '"';
    }
    return withRule(R"({"id":"r","name":"R","days":["mon"],"kind":"times","times":[)" + times
                    + R"(],"target":"posture-check"})");
}

} // namespace

TEST(ScheduleFormat, WritesTheGoldenFile)
{
    EXPECT_EQ(ScheduleFormat::document(goldenSchedule()), readFile(dataDir + QStringLiteral("schedule.json")));
}

TEST(ScheduleFormat, ReadsTheGoldenFile)
{
    Result<Schedule> schedule = ScheduleFormat::read(dataDir + QStringLiteral("schedule.json"));
    ASSERT_TRUE(schedule.ok()) << schedule.error().message().toStdString();
    EXPECT_EQ(schedule.value(), goldenSchedule());
}

TEST(ScheduleFormat, StarterScheduleIsOffAndMatchesItsGoldenFile)
{
    const Schedule starter = ScheduleFormat::starter();
    ASSERT_EQ(starter.rules.size(), 2);
    for (const ReminderRule &rule : starter.rules)
        EXPECT_FALSE(rule.enabled) << rule.id.toStdString();
    EXPECT_EQ(starter.rules.at(0).times, (QList<QTime>{QTime(10, 30), QTime(15, 0)}));
    EXPECT_EQ(starter.rules.at(0).target, ReminderTarget::routine(QStringLiteral("desk-break")));
    EXPECT_EQ(starter.rules.at(1).kind, ReminderRule::Kind::Interval);
    EXPECT_EQ(starter.rules.at(1).target, ReminderTarget::postureCheck());
    EXPECT_EQ(ScheduleFormat::document(starter), readFile(dataDir + QStringLiteral("starter.json")));
}

TEST(ScheduleFormat, RoundTrips)
{
    for (const Schedule &schedule : {goldenSchedule(), ScheduleFormat::starter(), Schedule()}) {
        Result<Schedule> back = ScheduleFormat::parse(ScheduleFormat::document(schedule), QStringLiteral("x"));
        ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
        EXPECT_EQ(back.value(), schedule);
    }
}

TEST(ScheduleFormat, TimesAreSortedOnReading)
{
    Result<Schedule> schedule = ScheduleFormat::parse(
        withRule(
            R"({"id":"r","name":"R","days":["fri","mon"],"kind":"times","times":["15:00","08:05"],"target":"routine","routine":"desk-break"})"),
        QStringLiteral("x"));
    ASSERT_TRUE(schedule.ok()) << schedule.error().message().toStdString();
    EXPECT_EQ(schedule.value().rules.at(0).times, (QList<QTime>{QTime(8, 5), QTime(15, 0)}));
    EXPECT_EQ(schedule.value().rules.at(0).weekdays, Weekdays::of({Qt::Monday, Qt::Friday}));
}

TEST(ScheduleFormat, ParsesTimesStrictly)
{
    EXPECT_EQ(ScheduleFormat::parseTime(QStringLiteral("00:00")), QTime(0, 0));
    EXPECT_EQ(ScheduleFormat::parseTime(QStringLiteral("23:59")), QTime(23, 59));
    for (const char *bad : {"24:00", "25:61", "9:30", "09:3", "09:30:00", "", "ab:cd", " 09:30"})
        EXPECT_FALSE(ScheduleFormat::parseTime(QString::fromLatin1(bad)).has_value()) << bad;
}

class BadScheduleFile : public testing::TestWithParam<BadSchedule>
{
protected:
    QTemporaryDir m_dir;
};

TEST_P(BadScheduleFile, IsRefusedWithAClearMessage)
{
    const BadSchedule &bad = GetParam();
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("schedule.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bad.content);
    file.close();

    Result<Schedule> schedule = ScheduleFormat::read(path);
    ASSERT_FALSE(schedule.ok());
    EXPECT_EQ(schedule.error().file, path);
    EXPECT_EQ(schedule.error().where, QString::fromUtf8(bad.where));
    EXPECT_TRUE(schedule.error().problem.contains(QString::fromUtf8(bad.problem)))
        << schedule.error().problem.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadScheduleFile,
    testing::Values(
        BadSchedule{"broken", R"({"format":"limber-schedule" "version":1})", "line 1, column 30", "not valid JSON"},
        BadSchedule{"truncated", R"({"format":"limber-schedule","version":1,"rules":[{"id":"r","na)",
                    "line 1, column 63", "ends too soon"},
        BadSchedule{"empty", "  \n", "", "the file is empty"},
        BadSchedule{"huge", QByteArray(1024 * 1024 + 1, ' '), "", "larger than"},
        BadSchedule{"notAnObject", "[1,2]", "", "expected a JSON object"},
        BadSchedule{"wrongFormat", R"({"format":"limber-routines","version":1,"rules":[]})", "format",
                    "not a \"limber-schedule\" file"},
        BadSchedule{"newerVersion", R"({"format":"limber-schedule","version":2,"rules":[]})", "version",
                    "made by a newer Limber"},
        BadSchedule{"noRules", R"({"format":"limber-schedule","version":1})", "rules", "this field is required"},
        BadSchedule{"tooManyRules", manyRules(51), "rules", "at most 50"},
        BadSchedule{
            "badWeekday",
            withRule(
                R"({"id":"r","name":"R","days":["mon","funday"],"kind":"times","times":["10:30"],"target":"posture-check"})"),
            "rules[0].days[1]", "\"funday\" is not a day of the week"},
        BadSchedule{
            "weekdayTwice",
            withRule(
                R"({"id":"r","name":"R","days":["mon","mon"],"kind":"times","times":["10:30"],"target":"posture-check"})"),
            "rules[0].days[1]", "listed twice"},
        BadSchedule{
            "badTime",
            withRule(
                R"({"id":"r","name":"R","days":["mon"],"kind":"times","times":["10:30","25:61"],"target":"posture-check"})"),
            "rules[0].times[1]", "\"25:61\" is not a time of day"},
        BadSchedule{
            "timeTwice",
            withRule(
                R"({"id":"r","name":"R","days":["mon"],"kind":"times","times":["10:30","10:30"],"target":"posture-check"})"),
            "rules[0].times[1]", "listed twice"},
        BadSchedule{
            "noTimes",
            withRule(R"({"id":"r","name":"R","days":["mon"],"kind":"times","times":[],"target":"posture-check"})"),
            "rules[0].times", "at least one time"},
        BadSchedule{"tooManyTimes", manyTimes(25), "rules[0].times", "at most 24"},
        BadSchedule{"intervalTooShort", intervalRule(R"("everyMinutes":4,"from":"09:00","to":"17:00")"),
                    "rules[0].everyMinutes", "4 is out of range; it must be from 5 to 720"},
        BadSchedule{"intervalTooLong", intervalRule(R"("everyMinutes":721,"from":"09:00","to":"17:00")"),
                    "rules[0].everyMinutes", "721 is out of range"},
        BadSchedule{"intervalNotWhole", intervalRule(R"("everyMinutes":7.5,"from":"09:00","to":"17:00")"),
                    "rules[0].everyMinutes", "expected a whole number"},
        BadSchedule{"windowBackwards", intervalRule(R"("everyMinutes":60,"from":"17:30","to":"09:00")"), "rules[0].to",
                    "the window ends (09:00) before it starts (17:30)"},
        BadSchedule{"windowBadTime", intervalRule(R"("everyMinutes":60,"from":"9am","to":"17:00")"), "rules[0].from",
                    "\"9am\" is not a time of day"},
        BadSchedule{"badKind",
                    withRule(R"({"id":"r","name":"R","days":["mon"],"kind":"hourly","target":"posture-check"})"),
                    "rules[0].kind", "\"times\" or \"interval\""},
        BadSchedule{"badTarget", timesRule(R"(,"extra":1)").replace("posture-check", "nap"), "rules[0].target",
                    "\"routine\" or \"posture-check\""},
        BadSchedule{"routineMissing", timesRule({}).replace(R"("posture-check")", R"("routine")"), "rules[0].routine",
                    "this field is required"},
        BadSchedule{"badRoutineId", timesRule({}).replace(R"("posture-check")", R"("routine","routine":"../../etc")"),
                    "rules[0].routine", "lowercase letters"},
        BadSchedule{"badId", timesRule({}).replace(R"("id":"r")", R"("id":"R R")"), "rules[0].id", "lowercase letters"},
        BadSchedule{
            "duplicateId",
            withRule(
                R"({"id":"r","name":"R","days":["mon"],"kind":"times","times":["10:30"],"target":"posture-check"},)"
                R"({"id":"r","name":"S","days":["mon"],"kind":"times","times":["11:30"],"target":"posture-check"})"),
            "rules[1].id", "used twice"},
        BadSchedule{"emptyName", timesRule({}).replace(R"("name":"R")", R"("name":"  ")"), "rules[0].name",
                    "must not be empty"},
        BadSchedule{"enabledNotBool", timesRule(R"(,"enabled":"yes")"), "rules[0].enabled", "true or false"},
        BadSchedule{"badMoment",
                    R"({"format":"limber-schedule","version":1,"rules":[],"state":{"lastHandled":"2025-01-13 09:00"}})",
                    "state.lastHandled", "offset from UTC"},
        BadSchedule{
            "momentWithoutOffset",
            R"({"format":"limber-schedule","version":1,"rules":[],"state":{"pausedUntil":"2025-01-13T09:00:00"}})",
            "state.pausedUntil", "offset from UTC"},
        BadSchedule{
            "snoozeUnknownRule",
            R"({"format":"limber-schedule","version":1,"rules":[],"state":{"snooze":{"rule":"x","scheduled":"2025-01-13T09:00:00Z","until":"2025-01-13T09:05:00Z"}}})",
            "state.snooze.rule", "no rule with the id"}),
    [](const testing::TestParamInfo<BadSchedule> &param) { return std::string(param.param.name); });

TEST(ScheduleFormat, MissingFileIsReported)
{
    Result<Schedule> schedule = ScheduleFormat::read(QStringLiteral("/nonexistent/schedule.json"));
    ASSERT_FALSE(schedule.ok());
    EXPECT_TRUE(schedule.error().problem.contains(QStringLiteral("does not exist")));
}
