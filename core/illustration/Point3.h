#pragma once

#include <cmath>

namespace Limber {

// A point (or direction) in the figure's world, in centimetres: x forward (the way a side-view
// figure faces), y up from the floor, z toward the figure's right.
struct Point3 {
    double x = 0;
    double y = 0;
    double z = 0;

    friend Point3 operator+(const Point3 &a, const Point3 &b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Point3 operator-(const Point3 &a, const Point3 &b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Point3 operator*(const Point3 &a, double k) { return {a.x * k, a.y * k, a.z * k}; }
    friend bool operator==(const Point3 &, const Point3 &) = default;

    [[nodiscard]] double dot(const Point3 &o) const { return x * o.x + y * o.y + z * o.z; }
    [[nodiscard]] Point3 cross(const Point3 &o) const
    {
        return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
    }
    [[nodiscard]] double length() const { return std::sqrt(dot(*this)); }
    // The unit vector in this direction, or (0, 0, 0) for a null vector.
    [[nodiscard]] Point3 normalized() const
    {
        const double l = length();
        return l > 1e-9 ? *this * (1.0 / l) : Point3{};
    }
    // a at t = 0, b at t = 1 (exactly), a straight line between.
    static Point3 lerp(const Point3 &a, const Point3 &b, double t) { return a * (1.0 - t) + b * t; }
};

} // namespace Limber
