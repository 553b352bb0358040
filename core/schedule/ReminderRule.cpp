#include "ReminderRule.h"

namespace Limber {

QList<QTime> ReminderRule::timesOfDay() const
{
    if (kind == Kind::FixedTimes)
        return times;
    QList<QTime> list;
    if (!windowStart.isValid() || !windowEnd.isValid() || intervalMinutes < minIntervalMinutes)
        return list;
    const int start = windowStart.msecsSinceStartOfDay() / 60'000;
    const int end = windowEnd.msecsSinceStartOfDay() / 60'000;
    for (int minute = start; minute <= end; minute += intervalMinutes)
        list.append(QTime(minute / 60, minute % 60));
    return list;
}

} // namespace Limber
