#pragma once

#include "FakeClock.h"
#include "schedule/WakeUpTimer.h"

namespace Limber {

// A wake-up timer on a FakeClock: it fires when the test moves the clock past its deadline and
// calls fireIfDue(), so nothing waits for real time.
class FakeWakeUpTimer final : public WakeUpTimer
{
    Q_OBJECT

public:
    explicit FakeWakeUpTimer(const FakeClock &clock)
        : m_clock(clock)
    { }

    void arm(qint64 msFromNow) override
    {
        m_deadline = m_clock.nowMs() + std::max<qint64>(0, msFromNow);
        m_armed = true;
        ++m_armCount;
    }
    void cancel() override { m_armed = false; }
    [[nodiscard]] bool isArmed() const override { return m_armed; }

    [[nodiscard]] qint64 deadline() const { return m_deadline; }
    [[nodiscard]] int armCount() const { return m_armCount; }

    bool fireIfDue()
    {
        if (!m_armed || m_clock.nowMs() < m_deadline)
            return false;
        m_armed = false;
        Q_EMIT fired();
        return true;
    }

private:
    const FakeClock &m_clock;
    qint64 m_deadline = 0;
    bool m_armed = false;
    int m_armCount = 0;
};

} // namespace Limber
