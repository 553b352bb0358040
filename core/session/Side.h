#pragma once

#include <QString>

namespace Limber {

// Which side a per-side step works. All reps are done on the left, then on the right.
enum class Side { None, Left, Right };

// "none", "left", "right".
QString sideId(Side side);

} // namespace Limber
