#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Limber {

// The points of the pictogram's skeleton. "Nose" is where the face points, so that a tucked
// chin and a lifted head read differently; "Neck" is the base of the neck (top of the spine)
// and "Pelvis" the centre between the hips (bottom of the spine).
enum class Joint {
    Head,
    Nose,
    Neck,
    Pelvis,
    LeftShoulder,
    RightShoulder,
    LeftElbow,
    RightElbow,
    LeftHand,
    RightHand,
    LeftHip,
    RightHip,
    LeftKnee,
    RightKnee,
    LeftAnkle,
    RightAnkle,
    LeftToe,
    RightToe,
};

inline constexpr int jointCount = int(Joint::RightToe) + 1;

// Every joint, in declaration order.
const std::array<Joint, jointCount> &allJoints();

// Stable ids used in poses.json: "head", "leftShoulder", "rightToe"...
QString jointId(Joint joint);
std::optional<Joint> jointFromId(const QString &id);

// -1 for the left side, +1 for the right side, 0 for the joints on the midline.
int jointSide(Joint joint);

// The same joint on the other side (midline joints map to themselves).
Joint mirroredJoint(Joint joint);

} // namespace Limber
