#include "ReminderText.h"

#include "ScheduleFormat.h"

#include <QLocale>
#include <QTimeZone>

namespace Limber {

namespace {

// The days of the week in the order the user's locale starts its week.
QList<int> localeWeek()
{
    const int first = QLocale().firstDayOfWeek();
    QList<int> week;
    for (int offset = 0; offset < 7; ++offset)
        week.append((first - 1 + offset) % 7 + 1);
    return week;
}

constexpr int timesListed = 5; // more than this many fixed times are summed up as a count

} // namespace

QString ReminderText::time(QTime time)
{
    return ScheduleFormat::timeText(time);
}

QString ReminderText::list(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return parts.first();
    return tr("%1 and %2").arg(parts.first(parts.size() - 1).join(tr(", ")), parts.last());
}

QString ReminderText::days(const Weekdays &days)
{
    if (days.isEmpty())
        return tr("no days");
    if (days == Weekdays::everyDay())
        return tr("every day");
    if (days == Weekdays::of({6, 7}))
        return tr("weekends");
    const QLocale locale;
    const QList<int> chosen = days.days();
    if (chosen.size() == 1)
        return tr("every %1").arg(locale.dayName(chosen.first(), QLocale::LongFormat));

    // One unbroken run of three days or more reads as "Monday to Friday".
    const QList<int> week = localeWeek();
    QList<int> ordered;
    for (const int day : week) {
        if (days.contains(day))
            ordered.append(day);
    }
    const qsizetype first = week.indexOf(ordered.first());
    const qsizetype last = week.indexOf(ordered.last());
    if (ordered.size() >= 3 && last - first + 1 == ordered.size())
        return tr("%1 to %2")
            .arg(locale.dayName(ordered.first(), QLocale::LongFormat),
                 locale.dayName(ordered.last(), QLocale::LongFormat));

    QStringList names;
    for (const int day : ordered)
        names.append(locale.dayName(day, QLocale::ShortFormat));
    return list(names);
}

QString ReminderText::when(const ReminderRule &rule)
{
    if (rule.kind == ReminderRule::Kind::Interval) {
        return tr("Every %n minutes from %1 to %2", nullptr, rule.intervalMinutes)
            .arg(time(rule.windowStart), time(rule.windowEnd));
    }
    if (rule.times.isEmpty())
        return tr("No times");
    if (rule.times.size() > timesListed) {
        return tr("%n times a day from %1 to %2", nullptr, int(rule.times.size()))
            .arg(time(rule.times.first()), time(rule.times.last()));
    }
    QStringList times;
    for (const QTime &each : rule.times)
        times.append(time(each));
    return list(times);
}

QString ReminderText::summary(const ReminderRule &rule)
{
    return tr("%1, %2", "when a reminder comes, then on which days").arg(when(rule), days(rule.weekdays));
}

QString ReminderText::moment(const QDateTime &moment, const QDateTime &now)
{
    const QDateTime local = moment.toTimeZone(now.timeZone());
    const qint64 days = now.date().daysTo(local.date());
    if (days == 0)
        return tr("Today %1").arg(time(local.time()));
    if (days == 1)
        return tr("Tomorrow %1").arg(time(local.time()));
    return tr("%1 %2", "a date, then a time of day")
        .arg(QLocale().toString(local.date(), tr("ddd d MMM", "a date in Qt's date format: Mon 25 Nov")),
             time(local.time()));
}

} // namespace Limber
