#pragma once

#include <QString>

#include <optional>

namespace Limber {

// Which side of a per-side exercise a figure shows. None for exercises done on both sides at once.
enum class FigureSide { None, Left, Right };

// "none", "left", "right".
QString figureSideId(FigureSide side);
std::optional<FigureSide> figureSideFromId(const QString &id);

} // namespace Limber
