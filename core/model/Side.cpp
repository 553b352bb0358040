#include "Side.h"

namespace Limber {

QString sideId(Side side)
{
    switch (side) {
    case Side::None:
        return QStringLiteral("none");
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    }
    return QStringLiteral("none");
}

std::optional<Side> sideFromId(const QString &id)
{
    for (const Side side : {Side::None, Side::Left, Side::Right}) {
        if (sideId(side) == id)
            return side;
    }
    return std::nullopt;
}

} // namespace Limber
