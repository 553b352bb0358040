#include "FigureSide.h"

namespace Limber {

QString figureSideId(FigureSide side)
{
    switch (side) {
    case FigureSide::Left:
        return QStringLiteral("left");
    case FigureSide::Right:
        return QStringLiteral("right");
    case FigureSide::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<FigureSide> figureSideFromId(const QString &id)
{
    for (const FigureSide side : {FigureSide::None, FigureSide::Left, FigureSide::Right}) {
        if (figureSideId(side) == id)
            return side;
    }
    return std::nullopt;
}

} // namespace Limber
