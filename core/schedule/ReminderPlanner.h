#pragma once

#include "Reminder.h"
#include "Schedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Limber {

// Pure functions from rules to moments. Rules name local wall-clock times; the planner reads them
// in the given time zone, day by day, so reminders follow the user's clock across daylight-saving
// changes:
//  - a time that does not exist that day (it falls in the hour skipped when clocks go forward)
//    comes at the first valid minute after it: 02:30 on the spring-forward night in Berlin
//    comes at 03:00 CEST; several times in the gap come once, at that minute;
//  - a time that exists twice (it falls in the hour repeated when clocks go back) comes once, at
//    its first occurrence: 02:30 on the fall-back night in Berlin comes at 02:30 CEST, not again
//    at 02:30 CET.
// Interval rules give start, start + N, start + 2N, ... up to and including the window's end,
// counted afresh each day in local time. Disabled rules and rules with no weekdays give nothing.
// Two rules at the same moment give two reminders, in the order of the rules.
class ReminderPlanner final
{
public:
    ReminderPlanner() = delete;

    // The moment a local date and time of day stands for in `zone`, by the rules above.
    [[nodiscard]] static QDateTime resolve(QDate date, QTime time, const QTimeZone &zone);

    // The first `count` occurrences strictly after `after`, in time order, expressed in `zone`.
    [[nodiscard]] static QList<Reminder> next(const QList<ReminderRule> &rules, const QDateTime &after,
                                              const QTimeZone &zone, int count);

    // Occurrences with after < moment <= until, in time order. When there are more than
    // `maxCount`, the latest `maxCount` (older ones are not looked for, so a long absence costs
    // little).
    [[nodiscard]] static QList<Reminder> between(const QList<ReminderRule> &rules, const QDateTime &after,
                                                 const QDateTime &until, const QTimeZone &zone, int maxCount);

    // What is still to come for a saved schedule, as the service would deliver it: the snoozed
    // reminder (if due after `after`), and the rules' occurrences after `after` that a pause or a
    // skip does not drop. At most `count`, in time order.
    [[nodiscard]] static QList<Reminder> upcoming(const Schedule &schedule, const QDateTime &after,
                                                  const QTimeZone &zone, int count);

    // Occurrences at or before this moment are not delivered (lastHandled, pause, skip), for
    // moments after `now`. Invalid if nothing holds them back.
    [[nodiscard]] static QDateTime heldBackThrough(const Schedule &schedule);

    // The start of the next local day after `moment` (tomorrow 00:00, or the first valid minute
    // after it if midnight is skipped that night): where "pause until tomorrow" ends.
    [[nodiscard]] static QDateTime startOfNextDay(const QDateTime &moment, const QTimeZone &zone);

    // The reminder the snooze in `schedule` will deliver, if its rule still exists.
    [[nodiscard]] static std::optional<Reminder> snoozedReminder(const Schedule &schedule, const QTimeZone &zone);

private:
    static QList<Reminder> onDay(const QList<ReminderRule> &rules, QDate date, const QTimeZone &zone);
};

} // namespace Limber
