#include "QtWakeUpTimer.h"

#include <algorithm>

namespace Limber {

namespace {

constexpr qint64 longestWaitMs = 6 * 3'600'000; // well inside QTimer's int milliseconds

} // namespace

QtWakeUpTimer::QtWakeUpTimer(Qt::TimerType type, QObject *parent)
    : WakeUpTimer(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(type);
    connect(&m_timer, &QTimer::timeout, this, &WakeUpTimer::fired);
}

void QtWakeUpTimer::arm(qint64 msFromNow)
{
    m_timer.start(int(std::clamp<qint64>(msFromNow, 0, longestWaitMs)));
}

void QtWakeUpTimer::cancel()
{
    m_timer.stop();
}

bool QtWakeUpTimer::isArmed() const
{
    return m_timer.isActive();
}

} // namespace Limber
