#pragma once

#include <chrono>

namespace Limber {

// A monotonic clock. The session engine asks it for the time instead of counting timer ticks,
// so tests can drive a session with a fake clock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since an arbitrary fixed point; never goes backwards.
    [[nodiscard]] virtual std::chrono::milliseconds now() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

} // namespace Limber
