#include "Camera.h"

#include <numbers>

namespace Limber {

namespace {

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

Camera::Camera(double yawDegrees, double pitchDegrees)
    : m_yaw(yawDegrees)
    , m_pitch(pitchDegrees)
{ }

QPointF Camera::project(const Point3 &p) const
{
    const double yaw = radians(m_yaw);
    const double pitch = radians(m_pitch);
    const double across = p.x * std::cos(yaw) - p.z * std::sin(yaw);
    const double toward = p.x * std::sin(yaw) + p.z * std::cos(yaw);
    // Looking down, what is nearer sits lower on the page.
    return {across, p.y * std::cos(pitch) - toward * std::sin(pitch)};
}

double Camera::nearness(const Point3 &p) const
{
    return towardViewer().dot(p);
}

Point3 Camera::towardViewer() const
{
    const double yaw = radians(m_yaw);
    const double pitch = radians(m_pitch);
    return Point3{std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch)};
}

} // namespace Limber
