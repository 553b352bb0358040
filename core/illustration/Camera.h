#pragma once

#include "Point3.h"

#include <QPointF>

namespace Limber {

// Where the figure is seen from: an orthographic view turned `yaw` degrees about the vertical
// axis and tilted `pitch` degrees down. Yaw 0 looks at the figure's right side (a figure facing
// +x faces right on the page), 90 at its front and -90 at its back.
class Camera final
{
public:
    Camera() = default;
    explicit Camera(double yawDegrees, double pitchDegrees = 0);

    static Camera side() { return Camera(0); }
    static Camera front() { return Camera(90); }
    static Camera back() { return Camera(-90); }

    [[nodiscard]] double yaw() const { return m_yaw; }
    [[nodiscard]] double pitch() const { return m_pitch; }

    // The point on the page, in centimetres with y pointing up (the painter flips it).
    [[nodiscard]] QPointF project(const Point3 &p) const;
    // How near the point is to the viewer: larger is nearer, so it is drawn later.
    [[nodiscard]] double nearness(const Point3 &p) const;
    // The unit vector from the figure toward the viewer.
    [[nodiscard]] Point3 towardViewer() const;

    friend bool operator==(const Camera &, const Camera &) = default;

private:
    double m_yaw = 0;
    double m_pitch = 0;
};

} // namespace Limber
