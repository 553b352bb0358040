#include "SystemWallClock.h"

namespace Limber {

QDateTime SystemWallClock::now() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

QTimeZone SystemWallClock::zone() const
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (zone.isValid())
        return zone;
    // A TZ value Qt cannot resolve to a zone: keep at least today's offset from UTC.
    return QTimeZone(QDateTime::currentDateTime().offsetFromUtc());
}

} // namespace Limber
