#include "ReminderService.h"

#include "ReminderPlanner.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <utility>

namespace Limber {

namespace {

qint64 ms(std::chrono::milliseconds duration)
{
    return duration.count();
}

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

QDateTime sooner(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return b < a ? b : a;
}

} // namespace

ReminderService::ReminderService(const WallClock &wallClock, const Clock &monotonicClock,
                                 std::unique_ptr<WakeUpTimer> reminderTimer, std::unique_ptr<WakeUpTimer> watchdogTimer,
                                 QObject *parent)
    : QObject(parent)
    , m_wall(wallClock)
    , m_monotonic(monotonicClock)
    , m_reminderTimer(std::move(reminderTimer))
    , m_watchdogTimer(std::move(watchdogTimer))
{
    connect(m_reminderTimer.get(), &WakeUpTimer::fired, this, &ReminderService::onReminderTimer);
    connect(m_watchdogTimer.get(), &WakeUpTimer::fired, this, &ReminderService::onWatchdogTimer);
}

ReminderService::~ReminderService() = default;

void ReminderService::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    if (m_running)
        evaluate();
}

void ReminderService::setRules(const QList<ReminderRule> &rules)
{
    const QDateTime now = m_wall.now();
    m_schedule.rules = rules;
    m_schedule.lastHandled = later(m_schedule.lastHandled, now);
    if (m_schedule.snooze && !m_schedule.findRule(m_schedule.snooze->ruleId))
        m_schedule.snooze.reset();
    changed();
    if (m_running)
        evaluate();
    else if (std::exchange(m_dirty, false))
        Q_EMIT scheduleChanged();
}

void ReminderService::start()
{
    m_running = true;
    evaluate();
}

void ReminderService::stop()
{
    m_running = false;
    m_reminderTimer->cancel();
    m_watchdogTimer->cancel();
}

QList<Reminder> ReminderService::upcoming(int count) const
{
    return ReminderPlanner::upcoming(m_schedule, m_wall.now(), m_wall.zone(), count);
}

bool ReminderService::snooze(const Reminder &reminder, int minutes)
{
    if (minutes < 1 || minutes > maxSnoozeMinutes || !m_schedule.findRule(reminder.ruleId))
        return false;
    const QDateTime now = m_wall.now();
    m_schedule.snooze
        = Schedule::Snooze{reminder.ruleId, reminder.scheduled.toUTC(), now.addSecs(minutes * 60).toUTC()};
    changed();
    if (m_running)
        evaluate();
    return true;
}

std::optional<Reminder> ReminderService::skipNext()
{
    const QDateTime now = m_wall.now();
    const QTimeZone zone = m_wall.zone();
    const QList<Reminder> coming = ReminderPlanner::upcoming(m_schedule, now, zone, 1);
    if (coming.isEmpty())
        return std::nullopt;
    const Reminder skipped = coming.constFirst();
    if (skipped.snoozed) {
        m_schedule.snooze.reset();
    } else {
        m_schedule.skippedThrough = skipped.scheduled.toUTC();
    }
    changed();
    if (m_running)
        evaluate();
    return skipped;
}

void ReminderService::pauseFor(std::chrono::minutes duration)
{
    const QDateTime now = m_wall.now();
    m_schedule.pausedUntil = now.addSecs(std::max<qint64>(duration.count(), 1) * 60).toUTC();
    m_schedule.snooze.reset();
    changed();
    if (m_running)
        evaluate();
}

void ReminderService::pauseUntilTomorrow()
{
    m_schedule.pausedUntil = ReminderPlanner::startOfNextDay(m_wall.now(), m_wall.zone()).toUTC();
    m_schedule.snooze.reset();
    changed();
    if (m_running)
        evaluate();
}

void ReminderService::resume()
{
    if (!m_schedule.pausedUntil.isValid())
        return;
    // What the pause dropped stays dropped.
    m_schedule.lastHandled = later(m_schedule.lastHandled, m_wall.now().toUTC());
    m_schedule.pausedUntil = QDateTime();
    changed();
    if (m_running)
        evaluate();
}

bool ReminderService::isPaused() const
{
    return m_schedule.pausedUntil.isValid() && m_wall.now() < m_schedule.pausedUntil;
}

void ReminderService::changed()
{
    m_dirty = true;
}

void ReminderService::evaluate()
{
    const QDateTime now = m_wall.now();
    const QTimeZone zone = m_wall.zone();
    Schedule &s = m_schedule;

    if (!s.lastHandled.isValid() || s.lastHandled > now.addSecs(qint64(trustedFuture.count()) * 3600)) {
        // A first run, or a record from a clock that was wrong: start from now.
        s.lastHandled = now.toUTC();
        changed();
    }
    if (s.pausedUntil.isValid() && s.pausedUntil <= now) {
        // The pause is over; what it dropped stays dropped.
        s.lastHandled = later(s.lastHandled, s.pausedUntil.addMSecs(-1));
        s.pausedUntil = QDateTime();
        changed();
    }
    if (s.skippedThrough.isValid() && s.skippedThrough <= now) {
        s.lastHandled = later(s.lastHandled, s.skippedThrough);
        s.skippedThrough = QDateTime();
        changed();
    }

    const QDateTime graceStart = now.addSecs(-qint64(m_grace.count()) * 60);
    const QDateTime onTimeStart = now.addSecs(-qint64(onTimeTolerance.count()));
    // What is due now, each with the moment it was due (a snooze's end, or the occurrence).
    struct Due {
        QDateTime at;
        Reminder reminder;
    };
    QList<Due> due;
    QList<Reminder> missedNow;

    if (s.snooze && s.snooze->until <= now) {
        const std::optional<Reminder> again = ReminderPlanner::snoozedReminder(s, zone);
        if (again && s.snooze->until > graceStart)
            due.append(Due{s.snooze->until, *again});
        else if (again)
            missedNow.append(*again);
        s.snooze.reset();
        changed();
    }

    const QDateTime held = ReminderPlanner::heldBackThrough(s);
    if (held < now) {
        // Within the grace window (all of it: the window bounds how many there are), and before
        // it (only the latest few, to report).
        const QList<Reminder> inGrace
            = ReminderPlanner::between(s.rules, later(held, graceStart), now, zone, std::numeric_limits<int>::max());
        const QList<Reminder> older = held < graceStart
            ? ReminderPlanner::between(s.rules, held, graceStart, zone, maxMissedListed)
            : QList<Reminder>();
        missedNow += older;
        for (const Reminder &reminder : inGrace)
            due.append(Due{reminder.scheduled, reminder});
        if (!inGrace.isEmpty() || !older.isEmpty()) {
            s.lastHandled = now.toUTC();
            changed();
        }
    }

    QList<Reminder> toDeliver;
    const bool allOnTime
        = std::all_of(due.cbegin(), due.cend(), [&onTimeStart](const Due &d) { return d.at >= onTimeStart; });
    if (allOnTime) {
        for (const Due &d : std::as_const(due))
            toDeliver.append(d.reminder);
    } else {
        // Late: one prompt, the latest, stands for everything due within the grace window.
        const auto latest
            = std::max_element(due.cbegin(), due.cend(), [](const Due &a, const Due &b) { return a.at < b.at; });
        Reminder catchUp = latest->reminder;
        catchUp.catchUp = true;
        toDeliver.append(catchUp);
    }
    if (missedNow.size() > maxMissedListed)
        missedNow.remove(0, missedNow.size() - maxMissedListed);

    plan(now);
    takeSample();
    if (std::exchange(m_dirty, false))
        Q_EMIT scheduleChanged();
    if (!missedNow.isEmpty())
        Q_EMIT missed(missedNow);
    for (const Reminder &reminder : std::as_const(toDeliver))
        Q_EMIT reminderDue(reminder);
}

void ReminderService::plan(const QDateTime &now)
{
    const QTimeZone zone = m_wall.zone();
    const QList<Reminder> coming = ReminderPlanner::upcoming(m_schedule, now, zone, 1);
    QDateTime next = coming.isEmpty() ? QDateTime() : coming.constFirst().scheduled;
    // The timer also wakes when a pause ends, so the state is cleared on time.
    m_wakeAt = sooner(next, m_schedule.pausedUntil);
    if (next != m_next || next.timeZone() != m_next.timeZone()) {
        m_next = next;
        Q_EMIT nextChanged(m_next);
    }
    if (!m_running)
        return;
    if (m_wakeAt.isValid())
        m_reminderTimer->arm(std::max<qint64>(0, now.msecsTo(m_wakeAt)));
    else
        m_reminderTimer->cancel();
    // Nothing to wait for, nothing to watch.
    if (m_wakeAt.isValid())
        m_watchdogTimer->arm(ms(watchdogInterval));
    else
        m_watchdogTimer->cancel();
}

void ReminderService::takeSample()
{
    m_sampleWall = m_wall.now();
    m_sampleMonotonic = m_monotonic.now();
    m_sampleZone = m_wall.zone();
}

void ReminderService::onReminderTimer()
{
    if (m_running)
        evaluate();
}

void ReminderService::onWatchdogTimer()
{
    if (m_running)
        check();
}

void ReminderService::check()
{
    if (!m_running)
        return;
    const QDateTime wallNow = m_wall.now();
    const qint64 monotonicElapsed = ms(m_monotonic.now() - m_sampleMonotonic);
    const qint64 wallElapsed = m_sampleWall.msecsTo(wallNow);
    const bool jumped = std::abs(wallElapsed - monotonicElapsed) > ms(jumpTolerance);
    const bool zoneChanged = m_wall.zone() != m_sampleZone;
    const bool overdue = m_wakeAt.isValid() && wallNow >= m_wakeAt;
    if (jumped || zoneChanged || overdue) {
        evaluate();
        return;
    }
    takeSample();
    if (m_wakeAt.isValid())
        m_watchdogTimer->arm(ms(watchdogInterval));
}

} // namespace Limber
