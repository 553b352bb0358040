#include "ReminderPlanner.h"

#include <algorithm>

namespace Limber {

namespace {

constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 msPerDay = 24 * msPerHour;

int offsetAt(const QTimeZone &zone, qint64 msSinceEpoch)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

// The days a rule set can still produce an occurrence on, so the searches below stop.
bool anyActive(const QList<ReminderRule> &rules)
{
    return std::any_of(rules.cbegin(), rules.cend(), [](const ReminderRule &rule) {
        return rule.enabled && !rule.weekdays.isEmpty() && !rule.timesOfDay().isEmpty();
    });
}

bool earlier(const Reminder &a, const Reminder &b)
{
    return a.scheduled < b.scheduled;
}

} // namespace

QDateTime ReminderPlanner::resolve(QDate date, QTime time, const QTimeZone &zone)
{
    // The local time as if it were UTC; a moment u shows this local time when u + offset(u) == local.
    const qint64 local = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    // Offsets in force a day either side cover both sides of any transition near this time.
    const int before = offsetAt(zone, local - msPerDay);
    const int after = offsetAt(zone, local + msPerDay);

    std::optional<qint64> found;
    for (const int offset : {before, after}) {
        const qint64 candidate = local - qint64(offset) * 1000;
        if (offsetAt(zone, candidate) == offset && (!found || candidate < *found))
            found = candidate; // in a repeated hour, the first of the two moments
    }
    if (found)
        return QDateTime::fromMSecsSinceEpoch(*found, zone);

    // A gap: the clocks jumped over this time. The first valid minute after it is the moment of
    // the jump, which lies between the two readings of the local time.
    qint64 low = local - qint64(after) * 1000; // still before the jump
    qint64 high = local - qint64(before) * 1000; // already after it
    if (low > high)
        std::swap(low, high);
    const int offsetBefore = offsetAt(zone, low);
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (offsetAt(zone, middle) == offsetBefore)
            low = middle;
        else
            high = middle;
    }
    // Round up to a whole minute (transitions are on whole minutes in practice).
    const qint64 minute = 60'000;
    const qint64 moment = ((high + minute - 1) / minute) * minute;
    return QDateTime::fromMSecsSinceEpoch(moment, zone);
}

QList<Reminder> ReminderPlanner::onDay(const QList<ReminderRule> &rules, QDate date, const QTimeZone &zone)
{
    QList<Reminder> list;
    for (const ReminderRule &rule : rules) {
        if (!rule.enabled || !rule.weekdays.contains(date.dayOfWeek()))
            continue;
        QDateTime previous;
        for (const QTime &time : rule.timesOfDay()) {
            const QDateTime moment = resolve(date, time, zone);
            if (moment == previous)
                continue; // several times in one skipped hour come once
            previous = moment;
            list.append(Reminder{rule.id, rule.name, rule.target, moment, false, false});
        }
    }
    std::stable_sort(list.begin(), list.end(), earlier);
    return list;
}

QList<Reminder> ReminderPlanner::next(const QList<ReminderRule> &rules, const QDateTime &after, const QTimeZone &zone,
                                      int count)
{
    QList<Reminder> found;
    if (count <= 0 || !after.isValid() || !anyActive(rules))
        return found;
    // Start a day early: a time late in the previous day can be pushed past midnight by a gap.
    QDate day = after.toTimeZone(zone).date().addDays(-1);
    // Every active rule fires at least once a week, so a few weeks are plenty even with gaps.
    const QDate last = day.addDays(8 * (count + 1));
    int extraDays = -1;
    for (; day <= last && extraDays != 0; day = day.addDays(1)) {
        for (const Reminder &reminder : onDay(rules, day, zone)) {
            if (reminder.scheduled > after)
                found.append(reminder);
        }
        if (extraDays > 0)
            --extraDays;
        else if (extraDays < 0 && found.size() >= count)
            extraDays = 1; // one more day, for times a gap pushed into it
    }
    std::stable_sort(found.begin(), found.end(), earlier);
    if (found.size() > count)
        found.resize(count);
    return found;
}

QList<Reminder> ReminderPlanner::between(const QList<ReminderRule> &rules, const QDateTime &after,
                                         const QDateTime &until, const QTimeZone &zone, int maxCount)
{
    QList<Reminder> found;
    if (maxCount <= 0 || !after.isValid() || !until.isValid() || until <= after || !anyActive(rules))
        return found;
    const QDate first = after.toTimeZone(zone).date().addDays(-1);
    int extraDays = -1;
    // Backwards from the end, so that a long absence stops as soon as enough are found.
    for (QDate day = until.toTimeZone(zone).date(); day >= first && extraDays != 0; day = day.addDays(-1)) {
        const QList<Reminder> today = onDay(rules, day, zone);
        for (auto it = today.crbegin(); it != today.crend(); ++it) {
            if (it->scheduled > after && it->scheduled <= until)
                found.append(*it);
        }
        if (extraDays > 0)
            --extraDays;
        else if (extraDays < 0 && found.size() >= maxCount)
            extraDays = 1;
    }
    std::stable_sort(found.begin(), found.end(), earlier);
    if (found.size() > maxCount)
        found.remove(0, found.size() - maxCount);
    return found;
}

QDateTime ReminderPlanner::heldBackThrough(const Schedule &schedule)
{
    QDateTime through = schedule.lastHandled;
    auto raise = [&through](const QDateTime &moment) {
        if (moment.isValid() && (!through.isValid() || moment > through))
            through = moment;
    };
    raise(schedule.skippedThrough);
    if (schedule.pausedUntil.isValid())
        raise(schedule.pausedUntil.addMSecs(-1));
    return through;
}

std::optional<Reminder> ReminderPlanner::snoozedReminder(const Schedule &schedule, const QTimeZone &zone)
{
    if (!schedule.snooze)
        return std::nullopt;
    const ReminderRule *rule = schedule.findRule(schedule.snooze->ruleId);
    if (!rule)
        return std::nullopt;
    return Reminder{rule->id, rule->name, rule->target, schedule.snooze->scheduled.toTimeZone(zone), false, true};
}

QList<Reminder> ReminderPlanner::upcoming(const Schedule &schedule, const QDateTime &after, const QTimeZone &zone,
                                          int count)
{
    const QDateTime held = heldBackThrough(schedule);
    const QDateTime from = held.isValid() && held > after ? held : after;
    QList<Reminder> list = next(schedule.rules, from, zone, count);
    if (const std::optional<Reminder> snoozed = snoozedReminder(schedule, zone)) {
        if (schedule.snooze->until > after) {
            Reminder again = *snoozed;
            // Listed at the moment it comes again.
            again.scheduled = schedule.snooze->until.toTimeZone(zone);
            list.append(again);
            std::stable_sort(list.begin(), list.end(), earlier);
            if (list.size() > count)
                list.resize(count);
        }
    }
    return list;
}

QDateTime ReminderPlanner::startOfNextDay(const QDateTime &moment, const QTimeZone &zone)
{
    return resolve(moment.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone);
}

} // namespace Limber
