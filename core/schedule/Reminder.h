#pragma once

#include "ReminderTarget.h"

#include <QDateTime>
#include <QString>

namespace Limber {

// One occurrence of a rule: what the planner lists and what the service delivers.
struct Reminder {
    QString ruleId;
    QString ruleName;
    ReminderTarget target;
    QDateTime scheduled; // the moment, expressed in the user's time zone
    bool catchUp = false; // delivered late, standing in for what was missed during sleep or absence
    bool snoozed = false; // delivered again after a snooze

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

} // namespace Limber
