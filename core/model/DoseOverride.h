#pragma once

#include <optional>

namespace Limber {

// A user's own numbers for one routine item. Each set field replaces what the level would pick.
struct DoseOverride {
    std::optional<int> reps;
    std::optional<int> holdSeconds;
    std::optional<int> durationSeconds;
    std::optional<int> sets;
    std::optional<int> releaseSeconds;
    std::optional<int> restBetweenSetsSeconds;

    [[nodiscard]] bool isEmpty() const
    {
        return !reps && !holdSeconds && !durationSeconds && !sets && !releaseSeconds && !restBetweenSetsSeconds;
    }

    friend bool operator==(const DoseOverride &, const DoseOverride &) = default;
};

} // namespace Limber
