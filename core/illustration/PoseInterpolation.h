#pragma once

#include "Pose.h"

namespace Limber::PoseInterpolation {

// The pose a fraction t (0 to 1) of the way from `from` to `to`: exactly `from` at 0 and `to`
// at 1. Joints move in straight lines, so what stays put (hands and knees on the floor) stays
// put; then each arm and leg is straightened out or bent so that it keeps its length, with the
// elbow or knee on the side it is on in the key positions.
Pose interpolate(const Pose &from, const Pose &to, double t);

// Slow in, slow out: maps 0..1 to 0..1 with a gentle start and stop, for animation.
double easeInOut(double t);

} // namespace Limber::PoseInterpolation
