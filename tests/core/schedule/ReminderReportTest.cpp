// `limber reminders`: JSON and text lists, and the iCalendar export.
#include "report/ReminderReport.h"
#include "ScheduleFixtures.h"
#include "TestFiles.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ScheduleFormat.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Limber;
using namespace Limber::Fixtures;

namespace {

const QString dataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/schedule/");

Schedule enabledStarter()
{
    Schedule schedule = ScheduleFormat::starter();
    for (ReminderRule &rule : schedule.rules)
        rule.enabled = true;
    return schedule;
}

const QHash<QString, QString> names{{QStringLiteral("desk-break"), QStringLiteral("Desk break")}};

QList<Reminder> mondayMorning()
{
    return ReminderPlanner::next(enabledStarter().rules, at(berlin(), 2025, 1, 13, 9, 30), berlin(), 3);
}

} // namespace

TEST(ReminderReport, JsonMatchesTheGoldenFile)
{
    EXPECT_EQ(ReminderReport::toJsonDocument(mondayMorning(), names),
              readFile(dataDir + QStringLiteral("reminders.json")));
}

TEST(ReminderReport, JsonCarriesTimeWithOffsetRuleAndRoutine)
{
    const QJsonObject root = ReminderReport::toJson(mondayMorning(), names);
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("limber-reminders"));
    const QJsonArray list = root.value(QStringLiteral("reminders")).toArray();
    ASSERT_EQ(list.size(), 3);
    const QJsonObject desk = list.at(1).toObject();
    EXPECT_EQ(desk.value(QStringLiteral("time")).toString(), QStringLiteral("2025-01-13T10:30:00+01:00"));
    EXPECT_EQ(desk.value(QStringLiteral("rule")).toString(), QStringLiteral("desk-break"));
    EXPECT_EQ(desk.value(QStringLiteral("routine")).toString(), QStringLiteral("desk-break"));
    EXPECT_EQ(desk.value(QStringLiteral("routineName")).toString(), QStringLiteral("Desk break"));
    EXPECT_EQ(list.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("posture-check"));
}

TEST(ReminderReport, TextHasOneLinePerReminder)
{
    const QString text = ReminderReport::toText(mondayMorning(), names);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("2025-01-13T10:00:00+01:00"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Posture check")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("Desk break: Desk break (routine)"))) << lines.at(1).toStdString();
    EXPECT_FALSE(ReminderReport::toText({}, names).isEmpty());
}

TEST(ReminderReport, UnknownRoutineIsShownById)
{
    Reminder reminder{QStringLiteral("r"), QStringLiteral("R"), ReminderTarget::routine(QStringLiteral("mine")),
                      at(berlin(), 2025, 1, 13, 9, 0)};
    EXPECT_TRUE(ReminderReport::toText({reminder}, {}).contains(QStringLiteral("mine (routine)")));
}

TEST(ReminderReport, ParsesFromMoments)
{
    const QTimeZone ny = zone("America/New_York");
    EXPECT_EQ(ReminderReport::timeWithOffset(*ReminderReport::parseMoment(QStringLiteral("2025-03-09T02:30"), ny)),
              QStringLiteral("2025-03-09T03:00:00-04:00"));
    EXPECT_EQ(ReminderReport::timeWithOffset(*ReminderReport::parseMoment(QStringLiteral("2025-01-13T10:00:00Z"), ny)),
              QStringLiteral("2025-01-13T05:00:00-05:00"));
    EXPECT_EQ(ReminderReport::timeWithOffset(*ReminderReport::parseMoment(QStringLiteral("2025-01-13"), ny)),
              QStringLiteral("2025-01-13T00:00:00-05:00"));
    EXPECT_FALSE(ReminderReport::parseMoment(QStringLiteral("next tuesday"), ny).has_value());
}

TEST(ReminderReport, IcsMatchesTheGoldenFile)
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-01-15T08:00:00Z"), Qt::ISODate);
    EXPECT_EQ(ReminderReport::toIcs(enabledStarter(), names, berlin(), now),
              readFile(dataDir + QStringLiteral("reminders.ics")));
}

TEST(ReminderReport, IcsIsWellFormed)
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-01-15T08:00:00Z"), Qt::ISODate);
    Schedule schedule = enabledStarter();
    schedule.rules[0].name
        = QStringLiteral("Pause, étirement; et « dos » — une longue pause pour le haut du dos, vraiment longue");
    schedule.rules.append(fixedRule(QStringLiteral("off"), {QTime(7, 0)}));
    schedule.rules.last().enabled = false;
    const QByteArray ics = ReminderReport::toIcs(schedule, names, berlin(), now);

    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("\r\n"), ics.count('\n')); // CRLF only
    for (const QByteArray &line : ics.split('\n'))
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets plus the CR
    EXPECT_TRUE(QString::fromUtf8(ics).isValidUtf16());
    // Unfolded, the escaped summary is whole.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    EXPECT_TRUE(unfolded.contains("SUMMARY:Pause\\, étirement\\; et « dos » — une longue pause"));
    // 2 fixed times + 9 posture checks (09:00 ... 17:00), none for the rule that is off.
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 11);
    EXPECT_EQ(unfolded.count("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"), 11);
    EXPECT_TRUE(unfolded.contains("DTSTART;TZID=Europe/Berlin:20250115T103000\r\n"));
    EXPECT_TRUE(unfolded.contains("DTSTAMP:20250115T080000Z\r\n"));
    EXPECT_TRUE(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
    EXPECT_TRUE(
        unfolded.contains("BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"));
    EXPECT_FALSE(unfolded.contains("UID:off-"));
    // UIDs are unique.
    static const QRegularExpression uid(QStringLiteral("UID:([^\\r]+)"));
    QSet<QString> uids;
    auto it = uid.globalMatch(QString::fromUtf8(unfolded));
    while (it.hasNext())
        uids.insert(it.next().captured(1));
    EXPECT_EQ(uids.size(), 11);
}

TEST(ReminderReport, IcsStartsOnTheFirstChosenDay)
{
    // A Saturday stamp: the weekday rules start on Monday.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-01-18T08:00:00Z"), Qt::ISODate);
    QByteArray ics = ReminderReport::toIcs(enabledStarter(), names, zone("Australia/Lord_Howe"), now);
    ics.replace("\r\n ", "");
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Australia/Lord_Howe:20250120T103000\r\n"));
    EXPECT_TRUE(ics.contains("TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1030\r\n"));
}
