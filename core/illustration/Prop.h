#pragma once

#include "Joint.h"
#include "Point3.h"

#include <QList>
#include <QString>

#include <optional>

namespace Limber {

// Equipment or surroundings drawn with the figure (the floor is always drawn and is not a prop).
struct Prop {
    enum class Kind {
        Wall, // a wall of `height` standing on the floor line through `points` (y is ignored)
        Corner, // two walls meeting: points[0] to the corner points[1] to points[2]
        Chair, // a chair whose seat top is centred on `from`, facing +x
        Dumbbell, // held in `joint`, its handle along `axis`
        Band, // a resistance band from `joint` to `toJoint`, or to the anchor `to`
        Roller, // a foam roller centred on `from`, of `radius` and `length`, along `axis`
    };

    Kind kind = Kind::Wall;
    QList<Point3> points;
    double height = 0;
    Point3 from;
    Point3 to;
    std::optional<Joint> joint;
    std::optional<Joint> toJoint;
    Point3 axis{0, 0, 1};
    double radius = 0;
    double length = 0;

    friend bool operator==(const Prop &, const Prop &) = default;
};

// "wall", "corner", "chair", "dumbbell", "band", "roller".
QString propKindId(Prop::Kind kind);
std::optional<Prop::Kind> propKindFromId(const QString &id);

} // namespace Limber
