#include "IllustrationSpec.h"

namespace Limber {

QStringList IllustrationSpec::keyPositionNames() const
{
    QStringList names;
    for (const KeyPosition &keyPosition : positions)
        names.append(keyPosition.name);
    return names;
}

const KeyPosition *IllustrationSpec::position(const QString &name) const
{
    for (const KeyPosition &keyPosition : positions) {
        if (keyPosition.name == name)
            return &keyPosition;
    }
    return nullptr;
}

bool IllustrationSpec::mirroredFor(Side side) const
{
    return perSide && side != Side::None && authoredSide != Side::None && side != authoredSide;
}

QRectF IllustrationSpec::frame() const
{
    QRectF box;
    const auto add = [&box](const QPointF &p, double margin) {
        const QRectF around(p.x() - margin, p.y() - margin, 2 * margin, 2 * margin);
        box = box.isNull() ? around : box.united(around);
    };
    for (const KeyPosition &keyPosition : positions) {
        for (const Joint joint : allJoints()) {
            const bool head = joint == Joint::Head;
            add(camera.project(keyPosition.pose.point(joint)), head ? headRadius + 4 : 8);
        }
        for (const MotionArrow &arrow : keyPosition.arrows) {
            add(camera.project(arrow.from), 4);
            add(camera.project(arrow.to), 4);
        }
    }
    for (const Prop &prop : props) {
        if (prop.kind == Prop::Kind::Roller) {
            add(camera.project(prop.from + prop.axis.normalized() * (prop.length / 2)), prop.radius + 2);
            add(camera.project(prop.from - prop.axis.normalized() * (prop.length / 2)), prop.radius + 2);
        } else if (prop.kind == Prop::Kind::Chair) {
            add(camera.project(prop.from + Point3{-24, 48, 0}), 2);
            add(camera.project(prop.from + Point3{24, 0, 0}), 2);
        } else if (prop.kind == Prop::Kind::Band && !prop.toJoint) {
            add(camera.project(prop.to), 3);
        }
    }
    // Room for the floor, and for the floor line to run a little past the figure.
    const QPointF floorPoint(box.center().x(), 0);
    add(floorPoint, 6);
    return box.adjusted(-10, -4, 10, 6);
}

} // namespace Limber
