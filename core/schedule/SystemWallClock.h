#pragma once

#include "WallClock.h"

namespace Limber {

// The system's wall clock and time zone. The zone is looked up on every call, so a change of the
// system zone (or of `TZ`, which Qt honours) is seen by the next watchdog check.
class SystemWallClock final : public WallClock
{
public:
    SystemWallClock() = default;

    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] QTimeZone zone() const override;
};

} // namespace Limber
