#pragma once

#include "Joint.h"
#include "Point3.h"

#include <array>

namespace Limber {

// One still position of the figure: where each joint is (centimetres, see Point3), how the
// spine bends between pelvis and neck, and how far the shoulder blades are drawn together.
//
// spineCurve bends the spine in the plane of the back: positive rounds it (the back bulges
// away from the chest, as in Cat), negative arches it (the belly sinks, as in Cow); it is the
// bulge in the middle of the spine as a fraction of the pelvis-to-neck distance.
// retraction is 0 for relaxed shoulder blades and 1 for blades squeezed together.
class Pose final
{
public:
    Pose() = default;

    [[nodiscard]] const Point3 &point(Joint joint) const { return m_joints[std::size_t(joint)]; }
    void setPoint(Joint joint, const Point3 &point) { m_joints[std::size_t(joint)] = point; }

    [[nodiscard]] double spineCurve() const { return m_spineCurve; }
    void setSpineCurve(double curve) { m_spineCurve = curve; }

    [[nodiscard]] double retraction() const { return m_retraction; }
    void setRetraction(double retraction) { m_retraction = retraction; }

    // The figure's forward and back directions (unit vectors), from its shoulders and spine.
    [[nodiscard]] Point3 forward() const;
    [[nodiscard]] Point3 back() const { return forward() * -1.0; }

    // A point on the (curved) spine: 0 at the pelvis, 1 at the neck.
    [[nodiscard]] Point3 spinePoint(double s) const;

    // The same pose seen in a mirror: left and right swap (z changes sign).
    [[nodiscard]] Pose mirrored() const;

    friend bool operator==(const Pose &, const Pose &) = default;

private:
    std::array<Point3, jointCount> m_joints{};
    double m_spineCurve = 0;
    double m_retraction = 0;
};

} // namespace Limber
