#pragma once

#include <QString>

#include <optional>

namespace Limber {

// Which side of a per-side exercise: the side a session step works, and the side a figure shows.
// None for exercises done on both sides at once. All reps are done on the left, then the right.
enum class Side { None, Left, Right };

// "none", "left", "right".
QString sideId(Side side);
std::optional<Side> sideFromId(const QString &id);

} // namespace Limber
