#pragma once

#include "ReminderTarget.h"
#include "Weekdays.h"

#include <QList>
#include <QString>
#include <QTime>

namespace Limber {

// One line of the reminder schedule. Either fixed times on chosen weekdays ("10:30 and 15:00,
// Monday to Friday") or every N minutes inside a daily window on chosen weekdays ("every 60
// minutes from 09:00 to 17:30, Monday to Friday"). Times are local wall-clock times in the
// user's time zone, to the minute; ReminderPlanner turns them into moments.
struct ReminderRule {
    enum class Kind { FixedTimes, Interval };

    // Limits for files and the editor; ScheduleFormat refuses anything beyond them.
    static constexpr int maxTimes = 24;
    static constexpr int minIntervalMinutes = 5;
    static constexpr int maxIntervalMinutes = 720;

    QString id; // a-z, 0-9 and '-', unique in the schedule
    QString name;
    bool enabled = true;
    Kind kind = Kind::FixedTimes;
    Weekdays weekdays = Weekdays::mondayToFriday();
    QList<QTime> times; // FixedTimes: sorted, whole minutes, no duplicates
    QTime windowStart; // Interval: first occurrence of the day
    QTime windowEnd; // Interval: last possible occurrence (inclusive), not before windowStart
    int intervalMinutes = 60; // Interval
    ReminderTarget target = ReminderTarget::postureCheck();

    // The local times of day this rule names, in order: the fixed times, or start, start + N,
    // ... up to the window's end.
    [[nodiscard]] QList<QTime> timesOfDay() const;

    friend bool operator==(const ReminderRule &, const ReminderRule &) = default;
};

} // namespace Limber
