#include "Pose.h"

namespace Limber {

Point3 Pose::forward() const
{
    const Point3 up = point(Joint::Neck) - point(Joint::Pelvis);
    Point3 right
        = (point(Joint::RightShoulder) - point(Joint::LeftShoulder)) + (point(Joint::RightHip) - point(Joint::LeftHip));
    // The chest faces the cross product of the spine and the left-to-right line.
    Point3 front = up.cross(right);
    if (front.length() < 1e-6) // shoulders in line with the spine: assume the usual side view
        front = up.cross(Point3{0, 0, 1});
    return front.normalized();
}

Point3 Pose::spinePoint(double s) const
{
    const Point3 a = point(Joint::Pelvis);
    const Point3 b = point(Joint::Neck);
    // A quadratic Bezier whose control point sits off the chord toward the back; its middle is
    // spineCurve * chord length away from the chord.
    const double chord = (b - a).length();
    const Point3 control = Point3::lerp(a, b, 0.5) + back() * (2.0 * m_spineCurve * chord);
    const double u = 1.0 - s;
    return a * (u * u) + control * (2.0 * u * s) + b * (s * s);
}

Pose Pose::mirrored() const
{
    Pose result = *this;
    for (const Joint joint : allJoints()) {
        const Point3 p = point(mirroredJoint(joint));
        result.setPoint(joint, {p.x, p.y, -p.z});
    }
    return result;
}

} // namespace Limber
