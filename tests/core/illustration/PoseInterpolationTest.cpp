// Motion between key positions: exact at the ends, smooth between, limbs keep their length and
// what is planted stays planted.
#include "BundledContent.h"
#include "QtGTest.h"

#include "illustration/IllustrationFormat.h"
#include "illustration/PoseInterpolation.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

double bone(const Pose &p, Joint a, Joint b)
{
    return (p.point(a) - p.point(b)).length();
}

} // namespace

TEST(PoseInterpolation, EndpointsAreTheKeyPoses)
{
    for (const IllustrationSpec &spec : art().specs()) {
        SCOPED_TRACE(spec.exerciseId.toStdString());
        ASSERT_GE(spec.positions.size(), 2);
        const Pose &a = spec.positions[0].pose;
        const Pose &b = spec.positions[1].pose;
        EXPECT_EQ(PoseInterpolation::interpolate(a, b, 0.0), a);
        EXPECT_EQ(PoseInterpolation::interpolate(a, b, 1.0), b);
        EXPECT_EQ(PoseInterpolation::interpolate(a, b, -0.5), a);
        EXPECT_EQ(PoseInterpolation::interpolate(a, b, 1.5), b);
    }
}

TEST(PoseInterpolation, HalfwayIsBetweenAndLimbsKeepTheirLength)
{
    const std::pair<Joint, Joint> bones[] = {
        {Joint::LeftShoulder, Joint::LeftElbow},   {Joint::LeftElbow, Joint::LeftHand},
        {Joint::RightShoulder, Joint::RightElbow}, {Joint::RightElbow, Joint::RightHand},
        {Joint::LeftHip, Joint::LeftKnee},         {Joint::LeftKnee, Joint::LeftAnkle},
    };
    for (const IllustrationSpec &spec : art().specs()) {
        SCOPED_TRACE(spec.exerciseId.toStdString());
        const Pose &a = spec.positions[0].pose;
        const Pose &b = spec.positions[1].pose;
        for (const double t : {0.25, 0.5, 0.75}) {
            const Pose mid = PoseInterpolation::interpolate(a, b, t);
            EXPECT_NEAR(mid.spineCurve(), a.spineCurve() * (1 - t) + b.spineCurve() * t, 1e-9);
            for (const auto &[from, to] : bones) {
                const double expected = bone(a, from, to) * (1 - t) + bone(b, from, to) * t;
                // Out of reach, a limb is straightened and may come up a little short.
                EXPECT_NEAR(bone(mid, from, to), expected, 0.12 * expected) << jointId(from).toStdString();
            }
        }
    }
}

TEST(PoseInterpolation, PlantedHandsAndKneesStayPut)
{
    const IllustrationSpec *spec = art().find(QStringLiteral("cat-cow"));
    ASSERT_NE(spec, nullptr);
    const Pose &cow = spec->position(QStringLiteral("cow"))->pose;
    const Pose &cat = spec->position(QStringLiteral("cat"))->pose;
    const Pose mid = PoseInterpolation::interpolate(cow, cat, 0.5);
    for (const Joint joint : {Joint::LeftHand, Joint::RightHand, Joint::LeftKnee, Joint::RightKnee}) {
        EXPECT_EQ(mid.point(joint), cow.point(joint)) << jointId(joint).toStdString();
    }
    EXPECT_NEAR(mid.spineCurve(), (cow.spineCurve() + cat.spineCurve()) / 2, 1e-9);
}

TEST(PoseInterpolation, EasingStartsAndEndsGently)
{
    EXPECT_DOUBLE_EQ(PoseInterpolation::easeInOut(0.0), 0.0);
    EXPECT_DOUBLE_EQ(PoseInterpolation::easeInOut(1.0), 1.0);
    EXPECT_DOUBLE_EQ(PoseInterpolation::easeInOut(0.5), 0.5);
    EXPECT_LT(PoseInterpolation::easeInOut(0.1), 0.1);
    EXPECT_GT(PoseInterpolation::easeInOut(0.9), 0.9);
    EXPECT_DOUBLE_EQ(PoseInterpolation::easeInOut(-1.0), 0.0);
    EXPECT_DOUBLE_EQ(PoseInterpolation::easeInOut(2.0), 1.0);
}

TEST(Pose, MirroringSwapsSidesAndTwiceIsTheSame)
{
    const Pose &threaded = art().find(QStringLiteral("thread-the-needle"))->position(QStringLiteral("threaded"))->pose;
    const Pose mirrored = threaded.mirrored();
    EXPECT_EQ(mirrored.mirrored(), threaded);
    const Point3 right = threaded.point(Joint::RightHand);
    EXPECT_EQ(mirrored.point(Joint::LeftHand), (Point3{right.x, right.y, -right.z}));
}

TEST(Pose, ForwardIsWhereTheChestFaces)
{
    const Pose &standing = art().find(QStringLiteral("rows"))->position(QStringLiteral("reached"))->pose;
    EXPECT_GT(standing.forward().x, 0.5);
    const Pose &cat = art().find(QStringLiteral("cat-cow"))->position(QStringLiteral("cat"))->pose;
    EXPECT_LT(cat.forward().y, -0.8) << "on all fours the chest faces the floor";
    EXPECT_GT(cat.back().y, 0.8);
}

TEST(Camera, SideFrontAndBackViews)
{
    const Point3 nose{10, 160, 0};
    const Point3 rightHand{0, 80, 20};
    EXPECT_EQ(Camera::side().project(nose), QPointF(10, 160));
    EXPECT_GT(Camera::side().nearness(rightHand), 0) << "the side view looks at the right side";
    EXPECT_GT(Camera::front().nearness(nose), 0);
    EXPECT_LT(Camera::back().nearness(nose), 0);
    // From the front the figure's right is on the left of the page; from behind, on the right.
    EXPECT_LT(Camera::front().project(rightHand).x(), -19);
    EXPECT_GT(Camera::back().project(rightHand).x(), 19);
    // Looking down, what is nearer sits lower.
    const Camera above(0, 30);
    EXPECT_LT(above.project({0, 0, 20}).y(), above.project({0, 0, -20}).y());
}
