#pragma once

#include "session/Clock.h"

#include <QtGlobal>

#include <algorithm>
#include <chrono>

namespace Limber {

// A clock that moves only when a test says so: sessions are driven without sleeping.
class FakeClock final : public Clock
{
public:
    // A start far from zero, so that a mix-up of positions and clock times shows.
    explicit FakeClock(std::chrono::milliseconds start = std::chrono::milliseconds(7'000'000))
        : m_now(start)
    { }

    [[nodiscard]] std::chrono::milliseconds now() const override { return m_now; }
    [[nodiscard]] qint64 nowMs() const { return m_now.count(); }

    void advance(std::chrono::milliseconds by) { m_now += by; }
    void advanceMs(qint64 ms) { m_now += std::chrono::milliseconds(ms); }
    // Never backwards: a monotonic clock does not go back.
    void setMs(qint64 ms) { m_now = std::max(m_now, std::chrono::milliseconds(ms)); }

private:
    std::chrono::milliseconds m_now;
};

} // namespace Limber
