#pragma once

#include "Reminder.h"
#include "Schedule.h"
#include "WakeUpTimer.h"
#include "WallClock.h"
#include "session/Clock.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimeZone>

#include <chrono>
#include <memory>
#include <optional>

namespace Limber {

// Waits for the next reminder and says when it is due. One wake-up timer is armed for the next
// moment (never polled). Because timers run on monotonic time, which stops while the machine
// sleeps and knows nothing of the wall clock, a watchdog wakes at most once a minute and compares
// the wall clock with the monotonic clock; after sleep, a wall-clock jump (forwards or backwards)
// or a change of time zone it plans again. (Platform signals for resume or a time change can call
// check() directly.)
//
// Delivery:
//  - occurrences due on time (within onTimeTolerance) each give reminderDue();
//  - after sleep or a long absence, the occurrences missed within the grace window (default two
//    hours) give exactly one catch-up reminder, the latest of them, marked catchUp; older ones go
//    to missed() (at most maxMissedListed, the latest). Never a burst;
//  - the clock set backwards does not repeat what was already delivered (lastHandled is kept),
//    unless it lies more than a day ahead of the clock, which then is taken to have been wrong.
// Snooze brings a delivered reminder back after 5, 10 or 30 minutes (any 1 to 120); skip drops
// the next reminder; pause drops everything until a moment: an hour from now, or the start of
// tomorrow (00:00 local time). Pausing cancels a pending snooze; resume() ends a pause early
// without delivering what it dropped.
//
// The service owns the schedule while it runs. Whenever the schedule (rules or state) changes it
// emits scheduleChanged(); the app saves schedule() then (ScheduleStore::save).
class ReminderService final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes defaultGraceWindow{120};
    static constexpr std::chrono::seconds onTimeTolerance{90};
    static constexpr std::chrono::seconds watchdogInterval{60};
    static constexpr std::chrono::seconds jumpTolerance{5};
    static constexpr std::chrono::hours trustedFuture{24};
    static constexpr int maxMissedListed = 100;
    static constexpr int maxSnoozeMinutes = 120;

    ReminderService(const WallClock &wallClock, const Clock &monotonicClock, std::unique_ptr<WakeUpTimer> reminderTimer,
                    std::unique_ptr<WakeUpTimer> watchdogTimer, QObject *parent = nullptr);
    ~ReminderService() override;

    void setGraceWindow(std::chrono::minutes grace) { m_grace = grace; }
    [[nodiscard]] std::chrono::minutes graceWindow() const { return m_grace; }

    // The whole schedule as loaded (rules and state); plans again if running. What was missed
    // while Limber was not running is caught up or reported as after sleep.
    void setSchedule(const Schedule &schedule);
    // New rules from the editor. Only what comes after now counts: changing rules never makes
    // past occurrences due.
    void setRules(const QList<ReminderRule> &rules);
    [[nodiscard]] const Schedule &schedule() const { return m_schedule; }

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The moment of the next reminder (a snoozed one included); invalid when there is none.
    [[nodiscard]] QDateTime next() const { return m_next; }
    // The next `count` reminders as they would come now (pause, skip and snooze applied).
    [[nodiscard]] QList<Reminder> upcoming(int count) const;

    // Brings `reminder` back `minutes` from now (5, 10 and 30 are offered). False if the minutes
    // are out of range or its rule no longer exists.
    bool snooze(const Reminder &reminder, int minutes);
    // Drops the next reminder (a pending snooze, if that comes first). Returns what was dropped.
    std::optional<Reminder> skipNext();
    void pauseFor(std::chrono::minutes duration);
    // Until the start of tomorrow in the user's time zone (00:00, or the first valid minute after
    // it when midnight is skipped by a daylight-saving change).
    void pauseUntilTomorrow();
    void resume();
    [[nodiscard]] bool isPaused() const;
    [[nodiscard]] QDateTime pausedUntil() const { return m_schedule.pausedUntil; }

    // The watchdog's check, now: plans again if the wall clock jumped against the monotonic clock,
    // the time zone changed, or the next moment has passed.
    void check();

Q_SIGNALS:
    void reminderDue(const Limber::Reminder &reminder);
    void nextChanged(const QDateTime &next);
    void missed(const QList<Limber::Reminder> &reminders);
    void scheduleChanged();

private:
    void evaluate();
    void plan(const QDateTime &now);
    void takeSample();
    void onReminderTimer();
    void onWatchdogTimer();
    void changed();

    const WallClock &m_wall;
    const Clock &m_monotonic;
    std::unique_ptr<WakeUpTimer> m_reminderTimer;
    std::unique_ptr<WakeUpTimer> m_watchdogTimer;
    Schedule m_schedule;
    std::chrono::minutes m_grace = defaultGraceWindow;
    bool m_running = false;
    bool m_dirty = false;
    QDateTime m_next;
    QDateTime m_wakeAt;
    // The last comparison of the two clocks, and the zone at that moment.
    QDateTime m_sampleWall;
    std::chrono::milliseconds m_sampleMonotonic{0};
    QTimeZone m_sampleZone;
};

} // namespace Limber
