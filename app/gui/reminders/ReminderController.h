#pragma once

#include "platform/ReminderNotifier.h"
#include "schedule/Reminder.h"
#include "schedule/ReminderRule.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace Limber {

class Library;
class ReminderService;
class ScheduleStore;

// Connects the waiting reminder service to the desktop. It saves the schedule whenever the
// service changes it, turns a due reminder into a notice for the notifier, and turns the user's
// answers (start, snooze, pause, skip) back into calls on the service or a request to start a
// routine. It knows nothing of windows: the app connects its signals to the main window and the
// tray.
class ReminderController final : public QObject
{
    Q_OBJECT

public:
    // All three must outlive the controller.
    ReminderController(const Library &library, ScheduleStore &store, ReminderService &service,
                       QObject *parent = nullptr);

    // Where notices go (not owned; may be null, then reminders only reach the tray's status).
    void setNotifier(ReminderNotifier *notifier);

    // The words for a reminder, in the user's language.
    [[nodiscard]] ReminderNotice noticeFor(const Reminder &reminder) const;

    // The reminder last shown and not yet answered, if any.
    [[nodiscard]] std::optional<Reminder> pending() const { return m_pending; }

    // What the tray and the Reminders tab show about the next reminder: its moment (invalid when
    // none) and the rule's name.
    [[nodiscard]] QDateTime nextMoment() const;
    [[nodiscard]] QString nextName() const;
    // True when at least one rule is on: then closing the window keeps Limber in the tray.
    [[nodiscard]] bool hasActiveRules() const;

    // For the Reminders tab: the rules, what comes next, and the pause.
    [[nodiscard]] QList<ReminderRule> rules() const;
    void setRules(const QList<ReminderRule> &rules);
    [[nodiscard]] QList<Reminder> upcoming(int count) const;
    [[nodiscard]] QDateTime pausedUntil() const;

    // The user's answers, from the tray or the window.
    void startPending();
    // As the notice's Snooze does (the tray offers it while a reminder waits for an answer).
    void snoozePending(int minutes = ReminderNotice::snoozeMinutes);
    void pauseForAnHour();
    void pauseUntilTomorrow();
    void resume();
    void skipNext();

Q_SIGNALS:
    // A reminder asked to start this routine (by id).
    void startRoutineRequested(const QString &routineId);
    // A reminder was just given (also when there is no notifier): the tray may say so.
    void reminderShown(const Limber::ReminderNotice &notice);
    // The next reminder, the pause, the rules or the reminder waiting for an answer changed:
    // refresh what shows them.
    void statusChanged();
    // Saving the schedule failed; `message` names the file and the problem. Said once per problem.
    void saveFailed(const QString &message);

private:
    void onDue(const Reminder &reminder);
    void onScheduleChanged();
    void onStartRequested(const Reminder &reminder);
    void onSnoozeRequested(const Reminder &reminder, int minutes);
    void answered(const Reminder &reminder);

    const Library &m_library;
    ScheduleStore &m_store;
    ReminderService &m_service;
    QPointer<ReminderNotifier> m_notifier;
    std::optional<Reminder> m_pending;
    int m_missedSinceNotice = 0;
    QString m_lastSaveProblem;
};

} // namespace Limber
