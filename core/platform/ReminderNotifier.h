#pragma once

#include "schedule/Reminder.h"

#include <QObject>
#include <QString>

namespace Limber {

// What a reminder says on the desktop. The controller writes the words; notifiers show them.
struct ReminderNotice {
    Reminder reminder;
    QString title; // e.g. "Desk break" or "Posture check"
    QString body; // e.g. "Time for your desk break: 6 minutes, no floor needed."
    bool canStart = true; // a routine: offer Start. A posture check: no Start action.

    // The snooze every notice offers (and the tray's Snooze), in minutes.
    static constexpr int snoozeMinutes = 10;

    friend bool operator==(const ReminderNotice &, const ReminderNotice &) = default;
};

// Shows reminders on the desktop and reports what the user answered. Each platform implements it
// at the edge (on Linux, the freedesktop notification service over D-Bus; where there is none but
// a tray is, the tray's own message balloon).
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Shows the notice, replacing the one this notifier showed before (at most one at a time).
    virtual void show(const ReminderNotice &notice) = 0;
    // Takes the shown notice away, if any.
    virtual void withdraw() = 0;

Q_SIGNALS:
    // The "Start" action, or the notice clicked (a routine only).
    void startRequested(const Limber::Reminder &reminder);
    void snoozeRequested(const Limber::Reminder &reminder, int minutes);
    // Closed by the user without an answer.
    void dismissed(const Limber::Reminder &reminder);
};

} // namespace Limber
