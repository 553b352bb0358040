#pragma once

#include "QtGTest.h"
#include "report/ReminderReport.h"
#include "schedule/Reminder.h"
#include "schedule/ReminderRule.h"
#include "schedule/ScheduleStore.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QTimeZone>

#include <ostream>

namespace Limber {

inline void PrintTo(const QDateTime &moment, std::ostream *os)
{
    *os << moment.toString(Qt::ISODate).toStdString() << " [" << moment.timeZone().id().toStdString() << ']';
}

inline void PrintTo(const Reminder &reminder, std::ostream *os)
{
    *os << reminder.ruleId.toStdString() << '@' << ReminderReport::timeWithOffset(reminder.scheduled).toStdString()
        << (reminder.catchUp ? " catch-up" : "") << (reminder.snoozed ? " snoozed" : "");
}

namespace Fixtures {

inline QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

inline QTimeZone berlin()
{
    return zone("Europe/Berlin");
}

// A moment given as local date and time in a zone (must not be in a gap or an overlap).
inline QDateTime at(const QTimeZone &tz, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), tz);
}

inline ReminderRule fixedRule(const QString &id, QList<QTime> times, Weekdays days = Weekdays::mondayToFriday())
{
    ReminderRule rule;
    rule.id = id;
    rule.name = id;
    rule.kind = ReminderRule::Kind::FixedTimes;
    rule.times = std::move(times);
    rule.weekdays = days;
    rule.target = ReminderTarget::routine(QStringLiteral("desk-break"));
    return rule;
}

inline ReminderRule intervalRule(const QString &id, QTime from, QTime to, int minutes,
                                 Weekdays days = Weekdays::mondayToFriday())
{
    ReminderRule rule;
    rule.id = id;
    rule.name = id;
    rule.kind = ReminderRule::Kind::Interval;
    rule.windowStart = from;
    rule.windowEnd = to;
    rule.intervalMinutes = minutes;
    rule.weekdays = days;
    rule.target = ReminderTarget::postureCheck();
    return rule;
}

// "2025-03-31T10:30:00+02:00" for each reminder, for compact expectations.
inline QStringList times(const QList<Reminder> &reminders)
{
    QStringList list;
    for (const Reminder &reminder : reminders)
        list.append(ReminderReport::timeWithOffset(reminder.scheduled));
    return list;
}

// The schedule saved in `dir`, read back through the real store and format (which must read it).
inline Schedule savedSchedule(const QString &dir)
{
    ScheduleStore reader(dir);
    EXPECT_FALSE(reader.load().has_value());
    return reader.schedule();
}

} // namespace Fixtures
} // namespace Limber
