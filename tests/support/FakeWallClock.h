#pragma once

#include "schedule/WallClock.h"

#include <QDateTime>
#include <QTimeZone>

namespace Limber {

// A wall clock that moves only when a test says so: forwards, backwards (the user sets the
// clock), or into another time zone (the user travels). now() is the moment shown in zone().
class FakeWallClock final : public WallClock
{
public:
    explicit FakeWallClock(const QDateTime &start, const QTimeZone &zone)
        : m_now(start.toUTC())
        , m_zone(zone)
    { }

    [[nodiscard]] QDateTime now() const override { return m_now.toTimeZone(m_zone); }
    [[nodiscard]] QTimeZone zone() const override { return m_zone; }

    void set(const QDateTime &moment) { m_now = moment.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceMinutes(qint64 minutes) { m_now = m_now.addSecs(minutes * 60); }
    void jumpBackMinutes(qint64 minutes) { m_now = m_now.addSecs(-minutes * 60); }
    void setZone(const QTimeZone &zone) { m_zone = zone; }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace Limber
