#pragma once

#include "WakeUpTimer.h"

#include <QTimer>

namespace Limber {

// The real wake-up: a single-shot QTimer. Very coarse by default (second precision is plenty for
// reminders and lets the system batch wake-ups). A wait longer than QTimer can take is cut short;
// the service then finds nothing due and arms again.
class QtWakeUpTimer final : public WakeUpTimer
{
    Q_OBJECT

public:
    explicit QtWakeUpTimer(Qt::TimerType type = Qt::VeryCoarseTimer, QObject *parent = nullptr);

    void arm(qint64 msFromNow) override;
    void cancel() override;
    [[nodiscard]] bool isArmed() const override;

private:
    QTimer m_timer;
};

} // namespace Limber
