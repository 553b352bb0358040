#pragma once

#include "FakeWakeUpTimer.h"
#include "FakeWallClock.h"
#include "schedule/ReminderService.h"

#include <QList>

#include <algorithm>
#include <memory>

namespace Limber {

// The real reminder service on fake clocks: a wall clock and a monotonic clock that move only
// when the test says, and wake-up timers that fire when the clocks pass them. Nothing waits.
class ReminderRig
{
public:
    explicit ReminderRig(const QDateTime &start)
        : wall(start, start.timeZone())
    {
        auto reminderTimer = std::make_unique<FakeWakeUpTimer>(mono);
        auto watchdogTimer = std::make_unique<FakeWakeUpTimer>(mono);
        timer = reminderTimer.get();
        watchdog = watchdogTimer.get();
        service = std::make_unique<ReminderService>(wall, mono, std::move(reminderTimer), std::move(watchdogTimer));
    }

    void start(const QList<ReminderRule> &rules)
    {
        Schedule schedule;
        schedule.rules = rules;
        service->setSchedule(schedule);
        service->start();
    }

    // The machine is awake for `minutes`: both clocks move and the timers fire when due.
    void runMinutes(qint64 minutes)
    {
        const qint64 end = mono.nowMs() + minutes * 60'000;
        for (;;) {
            FakeWakeUpTimer *first = nullptr;
            for (FakeWakeUpTimer *t : {timer, watchdog}) {
                if (t->isArmed() && t->deadline() <= end && (!first || t->deadline() < first->deadline()))
                    first = t;
            }
            if (!first)
                break;
            const qint64 step = std::max<qint64>(0, first->deadline() - mono.nowMs());
            mono.advanceMs(step);
            wall.advanceMs(step);
            first->fireIfDue();
            ++wakeUps;
        }
        const qint64 rest = end - mono.nowMs();
        mono.advanceMs(rest);
        wall.advanceMs(rest);
    }

    // The machine sleeps: the wall clock moves, the monotonic clock and the timers do not.
    void sleepMinutes(qint64 minutes) { wall.advanceMinutes(minutes); }

    FakeWallClock wall;
    FakeClock mono;
    FakeWakeUpTimer *timer = nullptr; // the reminder's, owned by the service
    FakeWakeUpTimer *watchdog = nullptr;
    std::unique_ptr<ReminderService> service;
    int wakeUps = 0; // timers fired so far
};

} // namespace Limber
