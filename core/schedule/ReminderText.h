#pragma once

#include "ReminderRule.h"
#include "Weekdays.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Limber {

// Reminder rules and moments in words, for the Reminders tab and its dialog. Times of day are
// 24-hour "HH:MM" as in the schedule file; day and month names follow the user's locale.
class ReminderText final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::ReminderText)

public:
    ReminderText() = delete;

    // "09:30".
    [[nodiscard]] static QString time(QTime time);
    // "a", "a and b", "a, b and c".
    [[nodiscard]] static QString list(const QStringList &parts);
    // The days, to follow a comma: "every day", "Monday to Friday", "weekends", "every Monday",
    // "Mon, Wed and Fri", "no days".
    [[nodiscard]] static QString days(const Weekdays &days);
    // When a rule reminds, without its days: "10:30 and 15:00" or "Every 60 minutes from 09:00
    // to 17:30".
    [[nodiscard]] static QString when(const ReminderRule &rule);
    // when() and days() together: "10:30 and 15:00, Monday to Friday".
    [[nodiscard]] static QString summary(const ReminderRule &rule);
    // A moment seen from `now` (both read in now's time zone): "Today 15:00", "Tomorrow 10:30",
    // "Mon 25 Nov 10:30".
    [[nodiscard]] static QString moment(const QDateTime &moment, const QDateTime &now);
};

} // namespace Limber
