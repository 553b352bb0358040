// The planner: weekdays, windows, year ends and daylight-saving changes in several zones.
#include "schedule/ReminderPlanner.h"
#include "ScheduleFixtures.h"

#include <gtest/gtest.h>

using namespace Limber;
using namespace Limber::Fixtures;

namespace {

QStringList nextTimes(const QList<ReminderRule> &rules, const QDateTime &after, int count)
{
    return times(ReminderPlanner::next(rules, after, after.timeZone(), count));
}

const QTime t1030(10, 30);
const QTime t1500(15, 0);

} // namespace

TEST(ReminderPlanner, FixedTimesOnWeekdaysSkipTheWeekend)
{
    // Friday 2025-01-10, 14:00 in Berlin.
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("desk"), {t1030, t1500})};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 1, 10, 14, 0), 4),
              (QStringList{QStringLiteral("2025-01-10T15:00:00+01:00"), QStringLiteral("2025-01-13T10:30:00+01:00"),
                           QStringLiteral("2025-01-13T15:00:00+01:00"), QStringLiteral("2025-01-14T10:30:00+01:00")}));
}

TEST(ReminderPlanner, NextIsStrictlyAfterTheMoment)
{
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("desk"), {t1030, t1500})};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 1, 13, 10, 30), 1),
              QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
}

TEST(ReminderPlanner, ChosenWeekdaysOnly)
{
    const QList<ReminderRule> rules{
        fixedRule(QStringLiteral("w"), {QTime(8, 0)}, Weekdays::of({Qt::Saturday, Qt::Wednesday}))};
    // Monday 2025-01-13.
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 1, 13, 0, 0), 3),
              (QStringList{QStringLiteral("2025-01-15T08:00:00+01:00"), QStringLiteral("2025-01-18T08:00:00+01:00"),
                           QStringLiteral("2025-01-22T08:00:00+01:00")}));
}

TEST(ReminderPlanner, IntervalWindowIncludesItsEndAndRestartsEachDay)
{
    const QList<ReminderRule> rules{intervalRule(QStringLiteral("p"), QTime(9, 0), QTime(11, 0), 60)};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 1, 13, 8, 0), 5),
              (QStringList{QStringLiteral("2025-01-13T09:00:00+01:00"), QStringLiteral("2025-01-13T10:00:00+01:00"),
                           QStringLiteral("2025-01-13T11:00:00+01:00"), QStringLiteral("2025-01-14T09:00:00+01:00"),
                           QStringLiteral("2025-01-14T10:00:00+01:00")}));
}

TEST(ReminderPlanner, IntervalStopsBeforeAWindowEndItDoesNotReach)
{
    // Every 60 minutes from 09:00 to 17:30: the last is 17:00.
    ReminderRule rule = intervalRule(QStringLiteral("p"), QTime(9, 0), QTime(17, 30), 60);
    const QList<QTime> list = rule.timesOfDay();
    ASSERT_EQ(list.size(), 9);
    EXPECT_EQ(list.constFirst(), QTime(9, 0));
    EXPECT_EQ(list.constLast(), QTime(17, 0));
    // Every 45 minutes from 09:00 to 10:30: 09:00, 09:45, 10:30.
    rule = intervalRule(QStringLiteral("p"), QTime(9, 0), QTime(10, 30), 45);
    EXPECT_EQ(rule.timesOfDay(), (QList<QTime>{QTime(9, 0), QTime(9, 45), QTime(10, 30)}));
}

TEST(ReminderPlanner, WindowOfOneMinuteGivesOneReminder)
{
    const ReminderRule rule = intervalRule(QStringLiteral("p"), QTime(12, 0), QTime(12, 0), 30);
    EXPECT_EQ(rule.timesOfDay(), QList<QTime>{QTime(12, 0)});
}

TEST(ReminderPlanner, YearEndAndLeapDay)
{
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("d"), {QTime(23, 59), QTime(0, 0)}, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2024, 12, 31, 12, 0), 3),
              (QStringList{QStringLiteral("2024-12-31T23:59:00+01:00"), QStringLiteral("2025-01-01T00:00:00+01:00"),
                           QStringLiteral("2025-01-01T23:59:00+01:00")}));
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2024, 2, 28, 23, 59), 2),
              (QStringList{QStringLiteral("2024-02-29T00:00:00+01:00"), QStringLiteral("2024-02-29T23:59:00+01:00")}));
}

TEST(ReminderPlanner, FridayOnlyRuleAcrossTheYearEnd)
{
    // 2025-12-31 is a Wednesday; the next Friday is 2026-01-02.
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("f"), {QTime(9, 0)}, Weekdays::of({Qt::Friday}))};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 12, 31, 9, 0), 2),
              (QStringList{QStringLiteral("2026-01-02T09:00:00+01:00"), QStringLiteral("2026-01-09T09:00:00+01:00")}));
}

TEST(ReminderPlanner, DisabledRulesAndEmptyWeekdaysGiveNothing)
{
    ReminderRule off = fixedRule(QStringLiteral("off"), {t1030});
    off.enabled = false;
    const ReminderRule noDays = fixedRule(QStringLiteral("none"), {t1030}, Weekdays());
    EXPECT_TRUE(ReminderPlanner::next({off, noDays}, at(berlin(), 2025, 1, 13, 8, 0), berlin(), 5).isEmpty());
}

TEST(ReminderPlanner, TwoRulesAtTheSameMomentGiveTwoRemindersInRuleOrder)
{
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("b"), {t1030}), fixedRule(QStringLiteral("a"), {t1030})};
    const QList<Reminder> list = ReminderPlanner::next(rules, at(berlin(), 2025, 1, 13, 8, 0), berlin(), 2);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).ruleId, QStringLiteral("b"));
    EXPECT_EQ(list.at(1).ruleId, QStringLiteral("a"));
    EXPECT_EQ(list.at(0).scheduled, list.at(1).scheduled);
}

// --- Daylight saving -------------------------------------------------------------------------

TEST(ReminderPlannerDst, BerlinSkippedHourComesAtTheFirstValidMinute)
{
    // 2025-03-30 (Sunday): 02:00 CET jumps to 03:00 CEST.
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("n"), {QTime(2, 30)}, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 3, 29, 12, 0), 3),
              (QStringList{QStringLiteral("2025-03-30T03:00:00+02:00"), QStringLiteral("2025-03-31T02:30:00+02:00"),
                           QStringLiteral("2025-04-01T02:30:00+02:00")}));
}

TEST(ReminderPlannerDst, BerlinTimesInTheGapComeOnceAndTheNextOneStillComes)
{
    // Every 30 minutes from 01:00 to 04:00: 02:00 and 02:30 do not exist, so both come at 03:00,
    // once, and 03:00 itself is the same moment.
    const QList<ReminderRule> rules{
        intervalRule(QStringLiteral("p"), QTime(1, 0), QTime(4, 0), 30, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 3, 30, 0, 0), 5),
              (QStringList{QStringLiteral("2025-03-30T01:00:00+01:00"), QStringLiteral("2025-03-30T01:30:00+01:00"),
                           QStringLiteral("2025-03-30T03:00:00+02:00"), QStringLiteral("2025-03-30T03:30:00+02:00"),
                           QStringLiteral("2025-03-30T04:00:00+02:00")}));
}

TEST(ReminderPlannerDst, BerlinRepeatedHourFiresOnce)
{
    // 2025-10-26 (Sunday): 03:00 CEST goes back to 02:00 CET; 02:30 happens twice.
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("n"), {QTime(2, 30)}, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 10, 25, 12, 0), 2),
              (QStringList{QStringLiteral("2025-10-26T02:30:00+02:00"), QStringLiteral("2025-10-27T02:30:00+01:00")}));
    // Asked from between the two 02:30s, the second one is not offered.
    const QDateTime between = QDateTime::fromString(QStringLiteral("2025-10-26T02:45:00+02:00"), Qt::ISODate);
    EXPECT_EQ(times(ReminderPlanner::next(rules, between, berlin(), 1)),
              QStringList{QStringLiteral("2025-10-27T02:30:00+01:00")});
}

TEST(ReminderPlannerDst, BerlinIntervalThroughTheRepeatedHour)
{
    const QList<ReminderRule> rules{
        intervalRule(QStringLiteral("p"), QTime(1, 30), QTime(3, 30), 30, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(rules, at(berlin(), 2025, 10, 26, 0, 0), 5),
              (QStringList{QStringLiteral("2025-10-26T01:30:00+02:00"), QStringLiteral("2025-10-26T02:00:00+02:00"),
                           QStringLiteral("2025-10-26T02:30:00+02:00"), QStringLiteral("2025-10-26T03:00:00+01:00"),
                           QStringLiteral("2025-10-26T03:30:00+01:00")}));
}

TEST(ReminderPlannerDst, NewYorkSkippedAndRepeatedHours)
{
    const QTimeZone ny = zone("America/New_York");
    const QList<ReminderRule> rules{fixedRule(QStringLiteral("n"), {QTime(2, 15), QTime(1, 30)}, Weekdays::everyDay())};
    // 2025-03-09: 02:00 EST jumps to 03:00 EDT, so 02:15 comes at 03:00.
    EXPECT_EQ(nextTimes(rules, at(ny, 2025, 3, 9, 0, 0), 3),
              (QStringList{QStringLiteral("2025-03-09T01:30:00-05:00"), QStringLiteral("2025-03-09T03:00:00-04:00"),
                           QStringLiteral("2025-03-10T01:30:00-04:00")}));
    // 2025-11-02: 02:00 EDT goes back to 01:00 EST; 01:30 comes once, the first time.
    EXPECT_EQ(nextTimes(rules, at(ny, 2025, 11, 2, 0, 0), 3),
              (QStringList{QStringLiteral("2025-11-02T01:30:00-04:00"), QStringLiteral("2025-11-02T02:15:00-05:00"),
                           QStringLiteral("2025-11-03T01:30:00-05:00")}));
}

TEST(ReminderPlannerDst, LordHoweHalfHourShift)
{
    const QTimeZone lordHowe = zone("Australia/Lord_Howe");
    ASSERT_TRUE(lordHowe.isValid());
    // 2025-10-05: 02:00 (+10:30) jumps to 02:30 (+11:00); 02:15 comes at 02:30.
    const QList<ReminderRule> spring{fixedRule(QStringLiteral("s"), {QTime(2, 15)}, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(spring, at(lordHowe, 2025, 10, 4, 12, 0), 2),
              (QStringList{QStringLiteral("2025-10-05T02:30:00+11:00"), QStringLiteral("2025-10-06T02:15:00+11:00")}));
    // 2025-04-06: 02:00 (+11:00) goes back to 01:30 (+10:30); 01:45 comes once, at +11:00.
    const QList<ReminderRule> autumn{fixedRule(QStringLiteral("a"), {QTime(1, 45)}, Weekdays::everyDay())};
    EXPECT_EQ(nextTimes(autumn, at(lordHowe, 2025, 4, 5, 12, 0), 2),
              (QStringList{QStringLiteral("2025-04-06T01:45:00+11:00"), QStringLiteral("2025-04-07T01:45:00+10:30")}));
}

TEST(ReminderPlannerDst, ResolveKeepsOrdinaryTimes)
{
    const QDateTime moment = ReminderPlanner::resolve(QDate(2025, 7, 1), QTime(10, 30), berlin());
    EXPECT_EQ(ReminderReport::timeWithOffset(moment), QStringLiteral("2025-07-01T10:30:00+02:00"));
    const QDateTime utc = ReminderPlanner::resolve(QDate(2025, 7, 1), QTime(10, 30), QTimeZone::utc());
    EXPECT_EQ(ReminderReport::timeWithOffset(utc), QStringLiteral("2025-07-01T10:30:00Z"));
}

TEST(ReminderPlannerDst, MidnightSkippedInSantiago)
{
    // America/Santiago moves its clocks at midnight: 2024-09-08 00:00 (-04) is 01:00 (-03).
    const QTimeZone santiago = zone("America/Santiago");
    const QDateTime start = ReminderPlanner::startOfNextDay(at(santiago, 2024, 9, 7, 15, 0), santiago);
    EXPECT_EQ(ReminderReport::timeWithOffset(start), QStringLiteral("2024-09-08T01:00:00-03:00"));
}

TEST(ReminderPlanner, BetweenKeepsTheLatest)
{
    const QList<ReminderRule> rules{intervalRule(QStringLiteral("p"), QTime(9, 0), QTime(17, 0), 60)};
    const QList<Reminder> list = ReminderPlanner::between(rules, at(berlin(), 2025, 1, 6, 0, 0),
                                                          at(berlin(), 2025, 1, 10, 12, 0), berlin(), 3);
    EXPECT_EQ(times(list),
              (QStringList{QStringLiteral("2025-01-10T10:00:00+01:00"), QStringLiteral("2025-01-10T11:00:00+01:00"),
                           QStringLiteral("2025-01-10T12:00:00+01:00")}));
}

TEST(ReminderPlanner, UpcomingHonoursPauseSkipAndSnooze)
{
    Schedule schedule;
    schedule.rules = {fixedRule(QStringLiteral("desk"), {t1030, t1500})};
    const QDateTime monday8 = at(berlin(), 2025, 1, 13, 8, 0);
    schedule.pausedUntil = at(berlin(), 2025, 1, 13, 11, 0);
    EXPECT_EQ(times(ReminderPlanner::upcoming(schedule, monday8, berlin(), 1)),
              QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
    schedule.pausedUntil = QDateTime();
    schedule.skippedThrough = at(berlin(), 2025, 1, 13, 10, 30);
    EXPECT_EQ(times(ReminderPlanner::upcoming(schedule, monday8, berlin(), 1)),
              QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
    schedule.snooze
        = Schedule::Snooze{QStringLiteral("desk"), at(berlin(), 2025, 1, 10, 15, 0), at(berlin(), 2025, 1, 13, 9, 0)};
    const QList<Reminder> list = ReminderPlanner::upcoming(schedule, monday8, berlin(), 2);
    ASSERT_EQ(list.size(), 2);
    EXPECT_TRUE(list.at(0).snoozed);
    EXPECT_EQ(times(list),
              (QStringList{QStringLiteral("2025-01-13T09:00:00+01:00"), QStringLiteral("2025-01-13T15:00:00+01:00")}));
}
