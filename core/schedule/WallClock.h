#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Limber {

// The wall clock with the user's time zone, for reminders (a session's holds and reps use the
// monotonic Clock instead). It may jump: the user sets the time, NTP corrects it, the machine
// wakes from sleep, the user travels to another zone. The reminder service notices such jumps by
// comparing it with the monotonic clock.
class WallClock
{
public:
    virtual ~WallClock() = default;

    // The current moment, expressed in zone().
    [[nodiscard]] virtual QDateTime now() const = 0;
    // The user's time zone, in which reminder rules ("10:30 on weekdays") are read.
    [[nodiscard]] virtual QTimeZone zone() const = 0;

protected:
    WallClock() = default;
    WallClock(const WallClock &) = default;
    WallClock &operator=(const WallClock &) = default;
};

} // namespace Limber
