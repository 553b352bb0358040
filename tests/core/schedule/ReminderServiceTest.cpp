// The reminder service against a fake wall clock, a fake monotonic clock and fake wake-up timers:
// one timer armed for the next moment, sleep, clock jumps, zone changes, snooze, skip and pause.
#include "schedule/ReminderService.h"
#include "ReminderRig.h"
#include "ScheduleFixtures.h"
#include "schedule/ReminderPlanner.h"

#include <gtest/gtest.h>

using namespace Limber;
using namespace Limber::Fixtures;
using namespace std::chrono_literals;

namespace {

// The shared rig, recording what the service says.
class Rig : public ReminderRig
{
public:
    explicit Rig(const QDateTime &start)
        : ReminderRig(start)
    {
        QObject::connect(service.get(), &ReminderService::reminderDue, service.get(),
                         [this](const Reminder &reminder) { due.append(reminder); });
        QObject::connect(service.get(), &ReminderService::missed, service.get(),
                         [this](const QList<Reminder> &list) { missed += list; });
        QObject::connect(service.get(), &ReminderService::nextChanged, service.get(),
                         [this](const QDateTime &next) { nexts.append(next); });
        QObject::connect(service.get(), &ReminderService::scheduleChanged, service.get(), [this] { ++saves; });
    }

    [[nodiscard]] QStringList dueTimes() const { return times(due); }

    QList<Reminder> due;
    QList<Reminder> missed;
    QList<QDateTime> nexts;
    int saves = 0;
};

const QTime t1030(10, 30);
const QTime t1500(15, 0);

QList<ReminderRule> deskBreak()
{
    return {fixedRule(QStringLiteral("desk"), {t1030, t1500})};
}

} // namespace

TEST(ReminderService, ArmsOneTimerForTheNextReminder)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0)); // Monday
    rig.start(deskBreak());
    ASSERT_TRUE(rig.timer->isArmed());
    EXPECT_EQ(rig.timer->deadline() - rig.mono.nowMs(), 30 * 60'000);
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 10, 30));
    ASSERT_FALSE(rig.nexts.isEmpty());
    EXPECT_EQ(rig.nexts.constLast(), at(berlin(), 2025, 1, 13, 10, 30));

    rig.runMinutes(31);
    ASSERT_EQ(rig.due.size(), 1);
    EXPECT_EQ(rig.due.at(0).ruleId, QStringLiteral("desk"));
    EXPECT_EQ(rig.due.at(0).target, ReminderTarget::routine(QStringLiteral("desk-break")));
    EXPECT_FALSE(rig.due.at(0).catchUp);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T10:30:00+01:00")});
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 15, 0));
}

TEST(ReminderService, AWeekOfRemindersWithAtMostOneWakeUpAMinute)
{
    Rig rig(at(berlin(), 2025, 1, 13, 0, 0));
    rig.start({fixedRule(QStringLiteral("desk"), {t1030, t1500}),
               intervalRule(QStringLiteral("posture"), QTime(9, 0), QTime(17, 30), 60)});
    rig.runMinutes(7 * 24 * 60);
    // 5 days x (2 + 9) reminders, each once, none late.
    EXPECT_EQ(rig.due.size(), 55);
    EXPECT_TRUE(rig.missed.isEmpty());
    for (const Reminder &reminder : std::as_const(rig.due))
        EXPECT_FALSE(reminder.catchUp);
    EXPECT_LE(rig.wakeUps, 7 * 24 * 60 + 55);
}

TEST(ReminderService, NothingEnabledArmsNothing)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    QList<ReminderRule> rules = deskBreak();
    rules[0].enabled = false;
    rig.start(rules);
    EXPECT_FALSE(rig.timer->isArmed());
    EXPECT_FALSE(rig.watchdog->isArmed());
    EXPECT_FALSE(rig.service->next().isValid());
}

TEST(ReminderService, SleepAcrossSeveralRemindersGivesOneCatchUpAndRecordsTheOlderAsMissed)
{
    Rig rig(at(berlin(), 2025, 1, 13, 8, 50));
    rig.start({intervalRule(QStringLiteral("posture"), QTime(9, 0), QTime(17, 30), 60)});
    rig.runMinutes(15); // 09:00 on time
    ASSERT_EQ(rig.due.size(), 1);
    // Asleep from 09:05 to 13:20: 10:00, 11:00 are older than two hours; 12:00 and 13:00 are within.
    rig.sleepMinutes(4 * 60 + 15);
    EXPECT_EQ(rig.due.size(), 1); // nothing while asleep
    rig.runMinutes(2); // the watchdog notices within a minute
    ASSERT_EQ(rig.due.size(), 2);
    EXPECT_TRUE(rig.due.at(1).catchUp);
    EXPECT_EQ(times({rig.due.at(1)}), QStringList{QStringLiteral("2025-01-13T13:00:00+01:00")});
    EXPECT_EQ(times(rig.missed),
              (QStringList{QStringLiteral("2025-01-13T10:00:00+01:00"), QStringLiteral("2025-01-13T11:00:00+01:00")}));
    // And then back to normal: 14:00 on time.
    rig.runMinutes(60);
    ASSERT_EQ(rig.due.size(), 3);
    EXPECT_FALSE(rig.due.at(2).catchUp);
    EXPECT_EQ(times({rig.due.at(2)}), QStringList{QStringLiteral("2025-01-13T14:00:00+01:00")});
}

TEST(ReminderService, SleepLongerThanTheGraceWindowGivesNoCatchUp)
{
    Rig rig(at(berlin(), 2025, 1, 13, 8, 0));
    rig.start(deskBreak());
    rig.sleepMinutes(10 * 60); // until 18:00: 10:30 and 15:00 missed, 15:00 is 3 hours ago
    rig.runMinutes(2);
    EXPECT_TRUE(rig.due.isEmpty());
    EXPECT_EQ(times(rig.missed),
              (QStringList{QStringLiteral("2025-01-13T10:30:00+01:00"), QStringLiteral("2025-01-13T15:00:00+01:00")}));
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 14, 10, 30));
}

TEST(ReminderService, GraceWindowCanBeChanged)
{
    Rig rig(at(berlin(), 2025, 1, 13, 8, 0));
    rig.service->setGraceWindow(8h);
    rig.start(deskBreak());
    rig.sleepMinutes(11 * 60); // until 19:00: 15:00 is within eight hours, 10:30 is not
    rig.runMinutes(2);
    ASSERT_EQ(rig.due.size(), 1);
    EXPECT_TRUE(rig.due.at(0).catchUp);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
    EXPECT_EQ(times(rig.missed), QStringList{QStringLiteral("2025-01-13T10:30:00+01:00")});
}

TEST(ReminderService, ALongAbsenceBetweenRunsIsCaughtUpOnceFromTheSavedState)
{
    // Limber last handled Friday 17:30; it starts again on Monday at 09:20.
    Schedule schedule;
    schedule.rules = {intervalRule(QStringLiteral("posture"), QTime(9, 0), QTime(17, 30), 60)};
    schedule.lastHandled = at(berlin(), 2025, 1, 10, 17, 30);
    Rig rig(at(berlin(), 2025, 1, 13, 9, 20));
    rig.service->setSchedule(schedule);
    rig.service->start();
    ASSERT_EQ(rig.due.size(), 1);
    EXPECT_TRUE(rig.due.at(0).catchUp);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T09:00:00+01:00")});
    EXPECT_TRUE(rig.missed.isEmpty());
    EXPECT_EQ(rig.service->schedule().lastHandled, at(berlin(), 2025, 1, 13, 9, 20));
    EXPECT_GE(rig.saves, 1);
}

TEST(ReminderService, MissedIsCappedAfterAVeryLongAbsence)
{
    Schedule schedule;
    schedule.rules = {intervalRule(QStringLiteral("p"), QTime(0, 0), QTime(23, 55), 5, Weekdays::everyDay())};
    schedule.lastHandled = at(berlin(), 2024, 1, 1, 0, 0);
    Rig rig(at(berlin(), 2025, 1, 13, 9, 2));
    rig.service->setSchedule(schedule);
    rig.service->start();
    EXPECT_EQ(rig.missed.size(), ReminderService::maxMissedListed);
    ASSERT_EQ(rig.due.size(), 1);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T09:00:00+01:00")});
}

TEST(ReminderService, ClockSetBackwardsDoesNotRepeatAReminder)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    rig.start(deskBreak());
    rig.runMinutes(35); // 10:30 delivered, now 10:35
    ASSERT_EQ(rig.due.size(), 1);
    rig.wall.jumpBackMinutes(60); // 09:35
    rig.runMinutes(2);
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 15, 0));
    rig.runMinutes(6 * 60); // to 15:37 on the wall
    EXPECT_EQ(rig.dueTimes(),
              (QStringList{QStringLiteral("2025-01-13T10:30:00+01:00"), QStringLiteral("2025-01-13T15:00:00+01:00")}));
    EXPECT_TRUE(rig.missed.isEmpty());
}

TEST(ReminderService, ClockSetForwardPastAReminderDeliversItOnceAsACatchUp)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    rig.start(deskBreak());
    rig.runMinutes(5);
    rig.wall.advanceMinutes(40); // 10:45 on the wall, the timer still waits 25 minutes
    rig.runMinutes(1);
    ASSERT_EQ(rig.due.size(), 1);
    EXPECT_TRUE(rig.due.at(0).catchUp);
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 15, 0));
    rig.runMinutes(60);
    EXPECT_EQ(rig.due.size(), 1);
}

TEST(ReminderService, ClockWrongByMoreThanADayIsNotTrustedForever)
{
    // The saved state says a reminder was handled next week: the clock was wrong then.
    Schedule schedule;
    schedule.rules = deskBreak();
    schedule.lastHandled = at(berlin(), 2025, 1, 20, 10, 30);
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    rig.service->setSchedule(schedule);
    rig.service->start();
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 10, 30));
}

TEST(ReminderService, TimeZoneChangeReplansInTheNewZone)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    rig.start(deskBreak());
    rig.runMinutes(35); // 10:30 Berlin delivered
    // The user flies to New York: it is 04:35 there; 10:30 New York time is next.
    rig.wall.setZone(zone("America/New_York"));
    rig.runMinutes(1);
    EXPECT_EQ(ReminderReport::timeWithOffset(rig.service->next()), QStringLiteral("2025-01-13T10:30:00-05:00"));
    EXPECT_EQ(rig.nexts.constLast(), rig.service->next());
    rig.runMinutes(6 * 60);
    EXPECT_EQ(rig.dueTimes(),
              (QStringList{QStringLiteral("2025-01-13T10:30:00+01:00"), QStringLiteral("2025-01-13T10:30:00-05:00")}));
}

TEST(ReminderService, TimeZoneChangeEastwardsGivesNoBurst)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 40));
    rig.start(deskBreak());
    // To Tokyo: it is 18:40 there; 10:30 and 15:00 Tokyo time lie before the last handled moment.
    rig.wall.setZone(zone("Asia/Tokyo"));
    rig.runMinutes(2);
    EXPECT_TRUE(rig.due.isEmpty());
    EXPECT_TRUE(rig.missed.isEmpty());
    EXPECT_EQ(ReminderReport::timeWithOffset(rig.service->next()), QStringLiteral("2025-01-14T10:30:00+09:00"));
}

TEST(ReminderService, AcrossTheSpringForwardNight)
{
    // Every day at 02:30 in Berlin; 2025-03-30 has no 02:30.
    Rig rig(at(berlin(), 2025, 3, 29, 12, 0));
    rig.start({fixedRule(QStringLiteral("n"), {QTime(2, 30)}, Weekdays::everyDay())});
    rig.runMinutes(2 * 24 * 60);
    EXPECT_EQ(rig.dueTimes(),
              (QStringList{QStringLiteral("2025-03-30T03:00:00+02:00"), QStringLiteral("2025-03-31T02:30:00+02:00")}));
}

TEST(ReminderService, AcrossTheFallBackNightOnce)
{
    Rig rig(at(berlin(), 2025, 10, 25, 12, 0));
    rig.start({fixedRule(QStringLiteral("n"), {QTime(2, 30)}, Weekdays::everyDay())});
    rig.runMinutes(2 * 24 * 60);
    EXPECT_EQ(rig.dueTimes(),
              (QStringList{QStringLiteral("2025-10-26T02:30:00+02:00"), QStringLiteral("2025-10-27T02:30:00+01:00")}));
}

TEST(ReminderService, SnoozeBringsTheReminderBack)
{
    Rig real(at(berlin(), 2025, 1, 13, 10, 29));
    real.start(deskBreak());
    real.runMinutes(2);
    ASSERT_EQ(real.due.size(), 1);
    Reminder unknown = real.due.constFirst();
    unknown.ruleId = QStringLiteral("gone");
    EXPECT_FALSE(real.service->snooze(unknown, 5));
    const Reminder first = real.due.constFirst();
    ASSERT_TRUE(real.service->snooze(first, 10));
    EXPECT_EQ(real.service->next(), at(berlin(), 2025, 1, 13, 10, 41));
    real.runMinutes(9);
    EXPECT_EQ(real.due.size(), 1);
    real.runMinutes(2);
    ASSERT_EQ(real.due.size(), 2);
    EXPECT_TRUE(real.due.at(1).snoozed);
    EXPECT_EQ(real.due.at(1).scheduled, first.scheduled);
    EXPECT_FALSE(real.service->schedule().snooze.has_value());
    // Snooze again, for 30 minutes, then 5.
    ASSERT_TRUE(real.service->snooze(real.due.at(1), 30));
    real.runMinutes(31);
    ASSERT_EQ(real.due.size(), 3);
    ASSERT_TRUE(real.service->snooze(real.due.at(2), 5));
    real.runMinutes(6);
    EXPECT_EQ(real.due.size(), 4);
    EXPECT_FALSE(real.service->snooze(first, 0));
    EXPECT_FALSE(real.service->snooze(first, ReminderService::maxSnoozeMinutes + 1));
}

TEST(ReminderService, SkipDropsTheNextReminderOnly)
{
    Rig rig(at(berlin(), 2025, 1, 13, 9, 0));
    rig.start(deskBreak());
    const std::optional<Reminder> skipped = rig.service->skipNext();
    ASSERT_TRUE(skipped.has_value());
    EXPECT_EQ(skipped->scheduled, at(berlin(), 2025, 1, 13, 10, 30));
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 15, 0));
    rig.runMinutes(6 * 60 + 30);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
    EXPECT_TRUE(rig.missed.isEmpty());
    EXPECT_FALSE(rig.service->schedule().skippedThrough.isValid());
}

TEST(ReminderService, PauseForAnHour)
{
    Rig rig(at(berlin(), 2025, 1, 13, 8, 50));
    rig.start({intervalRule(QStringLiteral("p"), QTime(9, 0), QTime(17, 30), 30)});
    rig.service->pauseFor(60min); // until 09:50: 09:00 and 09:30 are dropped
    EXPECT_TRUE(rig.service->isPaused());
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 13, 10, 0));
    rig.runMinutes(75); // 10:05
    EXPECT_FALSE(rig.service->isPaused());
    EXPECT_FALSE(rig.service->pausedUntil().isValid());
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T10:00:00+01:00")});
    EXPECT_TRUE(rig.missed.isEmpty());
}

TEST(ReminderService, PauseUntilTomorrowEndsAtLocalMidnight)
{
    Rig rig(at(berlin(), 2025, 1, 13, 11, 0));
    rig.start({fixedRule(QStringLiteral("d"), {QTime(0, 0), t1500}, Weekdays::everyDay())});
    rig.service->pauseUntilTomorrow();
    EXPECT_EQ(rig.service->pausedUntil(), at(berlin(), 2025, 1, 14, 0, 0));
    // A reminder exactly at the end of the pause still comes.
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 14, 0, 0));
    rig.runMinutes(14 * 60);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-14T00:00:00+01:00")});
}

TEST(ReminderService, ResumeEndsAPauseWithoutDeliveringWhatItDropped)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    rig.start(deskBreak());
    rig.service->pauseFor(120min);
    rig.runMinutes(60); // 11:00; 10:30 dropped
    rig.service->resume();
    EXPECT_FALSE(rig.service->isPaused());
    rig.runMinutes(5 * 60);
    EXPECT_EQ(rig.dueTimes(), QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
    EXPECT_TRUE(rig.missed.isEmpty());
}

TEST(ReminderService, PauseCancelsASnooze)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 29));
    rig.start(deskBreak());
    rig.runMinutes(2);
    ASSERT_TRUE(rig.service->snooze(rig.due.constFirst(), 5));
    rig.service->pauseFor(60min);
    rig.runMinutes(120);
    EXPECT_EQ(rig.due.size(), 1);
}

TEST(ReminderService, EditingRulesNeverMakesPastOccurrencesDue)
{
    Rig rig(at(berlin(), 2025, 1, 13, 16, 0));
    QList<ReminderRule> rules = deskBreak();
    rules[0].enabled = false;
    rig.start(rules);
    rig.runMinutes(60);
    rules[0].enabled = true;
    rig.service->setRules(rules);
    EXPECT_TRUE(rig.due.isEmpty());
    EXPECT_EQ(rig.service->next(), at(berlin(), 2025, 1, 14, 10, 30));
}

TEST(ReminderService, WatchdogWakesAtMostOnceAMinute)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 35));
    rig.start(deskBreak());
    const int before = rig.watchdog->armCount();
    rig.runMinutes(60);
    // One check a minute (plus the re-arm after the reminder timer's own evaluations).
    EXPECT_LE(rig.watchdog->armCount() - before, 61);
    EXPECT_GE(rig.watchdog->armCount() - before, 59);
    EXPECT_EQ(rig.watchdog->deadline() - rig.mono.nowMs() <= 60'000, true);
}

TEST(ReminderService, StopCancelsTheTimers)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 0));
    rig.start(deskBreak());
    rig.service->stop();
    EXPECT_FALSE(rig.timer->isArmed());
    EXPECT_FALSE(rig.watchdog->isArmed());
    rig.runMinutes(60);
    EXPECT_TRUE(rig.due.isEmpty());
}

TEST(ReminderService, ASnoozeThatEndsDuringSleepJoinsTheOneCatchUp)
{
    Rig rig(at(berlin(), 2025, 1, 13, 10, 29));
    rig.start(deskBreak());
    rig.runMinutes(2);
    ASSERT_TRUE(rig.service->snooze(rig.due.constFirst(), 30));
    // Asleep from 10:31 to 15:40: the snooze (11:01) is older than two hours, 15:00 is within.
    rig.sleepMinutes(5 * 60 + 9);
    rig.runMinutes(2);
    ASSERT_EQ(rig.due.size(), 2);
    EXPECT_TRUE(rig.due.at(1).catchUp);
    EXPECT_FALSE(rig.due.at(1).snoozed);
    EXPECT_EQ(times(rig.missed), QStringList{QStringLiteral("2025-01-13T10:30:00+01:00")});

    // A snooze that ends during a short sleep, with a reminder after it: still one prompt.
    Rig short_(at(berlin(), 2025, 1, 13, 14, 40));
    short_.start(deskBreak());
    short_.service->setRules(deskBreak());
    Reminder earlier = ReminderPlanner::next(deskBreak(), at(berlin(), 2025, 1, 13, 10, 0), berlin(), 1).constFirst();
    ASSERT_TRUE(short_.service->snooze(earlier, 10)); // due 14:50
    short_.sleepMinutes(30); // wakes 15:10: the snooze (14:50) and 15:00 are both late
    short_.runMinutes(2);
    ASSERT_EQ(short_.due.size(), 1);
    EXPECT_TRUE(short_.due.at(0).catchUp);
    EXPECT_EQ(short_.dueTimes(), QStringList{QStringLiteral("2025-01-13T15:00:00+01:00")});
    EXPECT_TRUE(short_.missed.isEmpty());
}
