#pragma once

#include "Clock.h"

namespace Limber {

// The real monotonic clock (std::chrono::steady_clock): unaffected by wall-clock changes.
class SteadyClock final : public Clock
{
public:
    SteadyClock() = default;

    [[nodiscard]] std::chrono::milliseconds now() const override;
};

} // namespace Limber
