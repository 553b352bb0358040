#include "PoseInterpolation.h"

#include <algorithm>
#include <cmath>

namespace Limber::PoseInterpolation {

namespace {

double lerp(double a, double b, double t)
{
    return a * (1.0 - t) + b * t;
}

// Puts the middle joint of a two-bone limb where both bones keep their (interpolated) lengths,
// as close as possible to where a straight-line blend put it.
Point3 solveMiddle(const Point3 &root, const Point3 &end, const Point3 &hint, double upper, double lower)
{
    const Point3 axis = end - root;
    const double distance = axis.length();
    if (distance < 1e-6 || upper < 1e-6 || lower < 1e-6)
        return hint;
    const Point3 along = axis * (1.0 / distance);
    if (distance >= upper + lower) // out of reach: the limb is straight
        return root + along * (upper * distance / (upper + lower));
    // The middle joint lies on a circle around the root-to-end line.
    const double a = (upper * upper - lower * lower + distance * distance) / (2.0 * distance);
    const double radius = std::sqrt(std::max(0.0, upper * upper - a * a));
    const Point3 centre = root + along * a;
    const Point3 offset = hint - centre;
    const Point3 sideways = (offset - along * offset.dot(along)).normalized();
    if (sideways.length() < 0.5) // the blend put it on the line: keep the blend
        return hint;
    return centre + sideways * radius;
}

struct Limb {
    Joint root;
    Joint middle;
    Joint end;
};

constexpr Limb limbs[] = {
    {Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand},
    {Joint::RightShoulder, Joint::RightElbow, Joint::RightHand},
    {Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle},
    {Joint::RightHip, Joint::RightKnee, Joint::RightAnkle},
};

double distance(const Pose &pose, Joint a, Joint b)
{
    return (pose.point(a) - pose.point(b)).length();
}

} // namespace

Pose interpolate(const Pose &from, const Pose &to, double t)
{
    if (t <= 0)
        return from;
    if (t >= 1)
        return to;
    Pose pose;
    for (const Joint joint : allJoints())
        pose.setPoint(joint, Point3::lerp(from.point(joint), to.point(joint), t));
    pose.setSpineCurve(lerp(from.spineCurve(), to.spineCurve(), t));
    pose.setRetraction(lerp(from.retraction(), to.retraction(), t));

    for (const Limb &limb : limbs) {
        const double upper = lerp(distance(from, limb.root, limb.middle), distance(to, limb.root, limb.middle), t);
        const double lower = lerp(distance(from, limb.middle, limb.end), distance(to, limb.middle, limb.end), t);
        // A knee or elbow that stays put (on the floor) stays exactly put while its bones fit.
        const bool fits = std::abs(distance(pose, limb.root, limb.middle) - upper) < 0.02 * upper
            && std::abs(distance(pose, limb.middle, limb.end) - lower) < 0.02 * lower;
        if (from.point(limb.middle) == to.point(limb.middle) && fits)
            continue;
        pose.setPoint(limb.middle,
                      solveMiddle(pose.point(limb.root), pose.point(limb.end), pose.point(limb.middle), upper, lower));
    }
    return pose;
}

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

} // namespace Limber::PoseInterpolation
