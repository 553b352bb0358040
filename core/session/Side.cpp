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
    return {};
}

} // namespace Limber
