#include "Prop.h"

#include <array>

namespace Limber {

namespace {

constexpr std::array kinds{Prop::Kind::Wall,     Prop::Kind::Corner, Prop::Kind::Chair,
                           Prop::Kind::Dumbbell, Prop::Kind::Band,   Prop::Kind::Roller};

} // namespace

QString propKindId(Prop::Kind kind)
{
    switch (kind) {
    case Prop::Kind::Wall:
        return QStringLiteral("wall");
    case Prop::Kind::Corner:
        return QStringLiteral("corner");
    case Prop::Kind::Chair:
        return QStringLiteral("chair");
    case Prop::Kind::Dumbbell:
        return QStringLiteral("dumbbell");
    case Prop::Kind::Band:
        return QStringLiteral("band");
    case Prop::Kind::Roller:
        return QStringLiteral("roller");
    }
    return {};
}

std::optional<Prop::Kind> propKindFromId(const QString &id)
{
    for (const Prop::Kind kind : kinds) {
        if (propKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

} // namespace Limber
