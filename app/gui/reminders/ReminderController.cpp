#include "ReminderController.h"

#include "model/Durations.h"
#include "schedule/ReminderService.h"
#include "schedule/ScheduleStore.h"
#include "storage/Library.h"

#include <QLocale>

#include <algorithm>
#include <chrono>

namespace Limber {

ReminderController::ReminderController(const Library &library, ScheduleStore &store, ReminderService &service,
                                       QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_store(store)
    , m_service(service)
{
    connect(&m_service, &ReminderService::reminderDue, this, &ReminderController::onDue);
    connect(&m_service, &ReminderService::missed, this,
            [this](const QList<Reminder> &missed) { m_missedSinceNotice += int(missed.size()); });
    connect(&m_service, &ReminderService::scheduleChanged, this, &ReminderController::onScheduleChanged);
    connect(&m_service, &ReminderService::nextChanged, this, &ReminderController::statusChanged);
}

void ReminderController::setNotifier(ReminderNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (!notifier)
        return;
    connect(notifier, &ReminderNotifier::startRequested, this, &ReminderController::onStartRequested);
    connect(notifier, &ReminderNotifier::snoozeRequested, this, &ReminderController::onSnoozeRequested);
    connect(notifier, &ReminderNotifier::dismissed, this, &ReminderController::answered);
}

ReminderNotice ReminderController::noticeFor(const Reminder &reminder) const
{
    ReminderNotice notice;
    notice.reminder = reminder;
    notice.title = reminder.ruleName.isEmpty() ? ReminderTarget::postureCheckTitle() : reminder.ruleName;

    QString body;
    if (!reminder.target.isRoutine()) {
        notice.canStart = false;
        body = ReminderTarget::postureCheckPrompt();
    } else if (const Routine *routine = m_library.routines().find(reminder.target.routineId);
               routine && routine->isPlayable()) {
        const int seconds = routineSeconds(*routine, m_library.catalog(), routine->level);
        const int minutes = std::max(1, (seconds + 30) / 60);
        body = tr("Time for “%1”: about %n minute(s).", nullptr, minutes).arg(routine->name);
    } else {
        notice.canStart = false;
        body = tr("The routine this reminder starts is no longer there. Open Limber to choose another one.");
    }

    // The locale's short time, to the minute (some locales' short format carries seconds).
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QString at = QLocale().toString(reminder.scheduled.time(), timeFormat);
    if (reminder.catchUp) {
        const QString away = m_missedSinceNotice > 0
            ? tr("You were away at %1, and %n earlier reminder(s) passed too.", nullptr, m_missedSinceNotice).arg(at)
            : tr("You were away at %1.").arg(at);
        body = tr("%1 %2").arg(away, body);
    } else if (reminder.snoozed) {
        body = tr("Snoozed from %1. %2").arg(at, body);
    }
    notice.body = body;
    return notice;
}

QDateTime ReminderController::nextMoment() const
{
    return m_service.next();
}

QString ReminderController::nextName() const
{
    const QList<Reminder> next = m_service.upcoming(1);
    return next.isEmpty() ? QString() : next.constFirst().ruleName;
}

bool ReminderController::hasActiveRules() const
{
    const QList<ReminderRule> &rules = m_service.schedule().rules;
    return std::any_of(rules.cbegin(), rules.cend(),
                       [](const ReminderRule &rule) { return rule.enabled && !rule.weekdays.isEmpty(); });
}

QList<ReminderRule> ReminderController::rules() const
{
    return m_service.schedule().rules;
}

void ReminderController::setRules(const QList<ReminderRule> &rules)
{
    m_service.setRules(rules);
}

QList<Reminder> ReminderController::upcoming(int count) const
{
    return m_service.upcoming(count);
}

QDateTime ReminderController::pausedUntil() const
{
    return m_service.isPaused() ? m_service.pausedUntil() : QDateTime();
}

void ReminderController::onDue(const Reminder &reminder)
{
    const ReminderNotice notice = noticeFor(reminder);
    m_missedSinceNotice = 0;
    m_pending = reminder;
    if (m_notifier)
        m_notifier->show(notice);
    Q_EMIT reminderShown(notice);
    Q_EMIT statusChanged();
}

void ReminderController::onScheduleChanged()
{
    const MaybeError problem = m_store.save(m_service.schedule());
    if (!problem) {
        m_lastSaveProblem.clear();
    } else if (const QString message = problem->message(); message != m_lastSaveProblem) {
        m_lastSaveProblem = message;
        Q_EMIT saveFailed(message);
    }
    Q_EMIT statusChanged();
}

void ReminderController::answered(const Reminder &reminder)
{
    if (m_pending != reminder)
        return;
    m_pending.reset();
    Q_EMIT statusChanged(); // the tray's Snooze goes
}

void ReminderController::onStartRequested(const Reminder &reminder)
{
    answered(reminder);
    if (reminder.target.isRoutine() && m_library.routines().find(reminder.target.routineId))
        Q_EMIT startRoutineRequested(reminder.target.routineId);
}

void ReminderController::onSnoozeRequested(const Reminder &reminder, int minutes)
{
    answered(reminder);
    m_service.snooze(reminder, minutes);
}

void ReminderController::startPending()
{
    if (const std::optional<Reminder> reminder = m_pending) {
        if (m_notifier)
            m_notifier->withdraw();
        onStartRequested(*reminder);
    }
}

void ReminderController::snoozePending(int minutes)
{
    if (const std::optional<Reminder> reminder = m_pending) {
        if (m_notifier)
            m_notifier->withdraw();
        onSnoozeRequested(*reminder, minutes);
    }
}

void ReminderController::pauseForAnHour()
{
    m_service.pauseFor(std::chrono::minutes(60));
}

void ReminderController::pauseUntilTomorrow()
{
    m_service.pauseUntilTomorrow();
}

void ReminderController::resume()
{
    m_service.resume();
}

void ReminderController::skipNext()
{
    m_service.skipNext();
}

} // namespace Limber
