#pragma once

#include <QObject>

namespace Limber {

// One wake-up at a time: arm() replaces any earlier one; fired() comes once, after at least
// `msFromNow` milliseconds of monotonic time (so, like every timer, not while the machine
// sleeps). The reminder service uses it instead of QTimer so tests run without waiting.
class WakeUpTimer : public QObject
{
    Q_OBJECT

public:
    ~WakeUpTimer() override = default;

    virtual void arm(qint64 msFromNow) = 0;
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isArmed() const = 0;

Q_SIGNALS:
    void fired();

protected:
    explicit WakeUpTimer(QObject *parent = nullptr)
        : QObject(parent)
    { }
};

} // namespace Limber
