#include "Joint.h"

namespace Limber {

namespace {

struct JointInfo {
    Joint joint;
    const char *id;
};

constexpr std::array<JointInfo, jointCount> infos{{
    {Joint::Head, "head"},
    {Joint::Nose, "nose"},
    {Joint::Neck, "neck"},
    {Joint::Pelvis, "pelvis"},
    {Joint::LeftShoulder, "leftShoulder"},
    {Joint::RightShoulder, "rightShoulder"},
    {Joint::LeftElbow, "leftElbow"},
    {Joint::RightElbow, "rightElbow"},
    {Joint::LeftHand, "leftHand"},
    {Joint::RightHand, "rightHand"},
    {Joint::LeftHip, "leftHip"},
    {Joint::RightHip, "rightHip"},
    {Joint::LeftKnee, "leftKnee"},
    {Joint::RightKnee, "rightKnee"},
    {Joint::LeftAnkle, "leftAnkle"},
    {Joint::RightAnkle, "rightAnkle"},
    {Joint::LeftToe, "leftToe"},
    {Joint::RightToe, "rightToe"},
}};

} // namespace

const std::array<Joint, jointCount> &allJoints()
{
    static const std::array<Joint, jointCount> joints = [] {
        std::array<Joint, jointCount> result{};
        for (int i = 0; i < jointCount; ++i)
            result[i] = infos[i].joint;
        return result;
    }();
    return joints;
}

QString jointId(Joint joint)
{
    return QLatin1String(infos[int(joint)].id);
}

std::optional<Joint> jointFromId(const QString &id)
{
    for (const JointInfo &info : infos) {
        if (id == QLatin1String(info.id))
            return info.joint;
    }
    return std::nullopt;
}

int jointSide(Joint joint)
{
    const int index = int(joint);
    if (index < int(Joint::LeftShoulder))
        return 0;
    return (index - int(Joint::LeftShoulder)) % 2 == 0 ? -1 : 1;
}

Joint mirroredJoint(Joint joint)
{
    const int side = jointSide(joint);
    if (side == 0)
        return joint;
    return Joint(int(joint) + (side < 0 ? 1 : -1));
}

} // namespace Limber
