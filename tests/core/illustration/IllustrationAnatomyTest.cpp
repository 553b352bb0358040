// The figures must be anatomically plausible and show what the article describes, since people
// copy what they see: wrists under shoulders and knees under hips on all fours, Cat rounded with
// the chin tucked and Cow arched with the head lifted, bones that keep their length.
#include "BundledContent.h"
#include "QtGTest.h"

#include "illustration/IllustrationFormat.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

const Pose &pose(const char *exercise, const char *position)
{
    static const Pose none;
    const IllustrationSpec *spec = art().find(QString::fromLatin1(exercise));
    EXPECT_NE(spec, nullptr) << exercise;
    const KeyPosition *key = spec ? spec->position(QString::fromLatin1(position)) : nullptr;
    EXPECT_NE(key, nullptr) << exercise << " " << position;
    return key ? key->pose : none;
}

double bone(const Pose &p, Joint a, Joint b)
{
    return (p.point(a) - p.point(b)).length();
}

void expectOnAllFours(const Pose &p)
{
    for (const auto &[shoulder, hand] :
         {std::pair{Joint::LeftShoulder, Joint::LeftHand}, std::pair{Joint::RightShoulder, Joint::RightHand}}) {
        EXPECT_NEAR(p.point(hand).x, p.point(shoulder).x, 3.0) << "wrist under shoulder";
        EXPECT_NEAR(p.point(hand).z, p.point(shoulder).z, 3.0) << "wrist under shoulder";
        EXPECT_LE(p.point(hand).y, 5.0) << "hand on the floor";
    }
    for (const auto &[hip, knee] :
         {std::pair{Joint::LeftHip, Joint::LeftKnee}, std::pair{Joint::RightHip, Joint::RightKnee}}) {
        EXPECT_NEAR(p.point(knee).x, p.point(hip).x, 3.0) << "knee under hip";
        EXPECT_LE(p.point(knee).y, 8.0) << "knee on the floor";
    }
}

} // namespace

TEST(IllustrationAnatomy, AllFoursHasWristsUnderShouldersAndKneesUnderHips)
{
    expectOnAllFours(pose("cat-cow", "cow"));
    expectOnAllFours(pose("cat-cow", "cat"));
    expectOnAllFours(pose("thread-the-needle", "all-fours"));
}

TEST(IllustrationAnatomy, CatIsRoundedWithChinTuckedAndCowArchedWithHeadLifted)
{
    const Pose &cat = pose("cat-cow", "cat");
    const Pose &cow = pose("cat-cow", "cow");
    EXPECT_GE(cat.spineCurve(), 0.15) << "cat: the back rounds up";
    EXPECT_LE(cow.spineCurve(), -0.15) << "cow: the back sinks";
    // The back's highest point: well above the shoulders in Cat, below them in Cow.
    EXPECT_GT(cat.spinePoint(0.5).y, cat.point(Joint::Neck).y + 8);
    EXPECT_LT(cow.spinePoint(0.5).y, cow.point(Joint::Neck).y - 8);
    // The head: below the shoulders (chin tucked) in Cat, above them (lifted) in Cow.
    EXPECT_LT(cat.point(Joint::Head).y, cat.point(Joint::LeftShoulder).y - 5);
    EXPECT_GT(cow.point(Joint::Head).y, cow.point(Joint::LeftShoulder).y + 10);
    EXPECT_LT(cat.point(Joint::Nose).y, cat.point(Joint::Head).y) << "cat: the face turns down";
    EXPECT_GT(cow.point(Joint::Nose).y, cow.point(Joint::Head).y) << "cow: the face turns up";
}

TEST(IllustrationAnatomy, EveryFigureStaysOnOrAboveTheFloor)
{
    for (const IllustrationSpec &spec : art().specs()) {
        for (const KeyPosition &key : spec.positions) {
            SCOPED_TRACE(QString(spec.exerciseId + QLatin1Char('/') + key.name).toStdString());
            for (const Joint joint : allJoints()) {
                EXPECT_GE(key.pose.point(joint).y, 0.0) << jointId(joint).toStdString();
            }
            EXPECT_GE(key.pose.point(Joint::Head).y, IllustrationSpec::headRadius - 1)
                << "the head rests on the floor at most";
        }
    }
}

TEST(IllustrationAnatomy, BonesKeepTheirLengthBetweenKeyPositions)
{
    const std::pair<Joint, Joint> bones[] = {
        {Joint::LeftShoulder, Joint::LeftElbow}, {Joint::RightShoulder, Joint::RightElbow},
        {Joint::LeftElbow, Joint::LeftHand},     {Joint::RightElbow, Joint::RightHand},
        {Joint::LeftHip, Joint::LeftKnee},       {Joint::RightHip, Joint::RightKnee},
        {Joint::LeftKnee, Joint::LeftAnkle},     {Joint::RightKnee, Joint::RightAnkle},
    };
    for (const IllustrationSpec &spec : art().specs()) {
        for (const auto &[a, b] : bones) {
            SCOPED_TRACE(
                QString(spec.exerciseId + QLatin1Char(' ') + jointId(a) + QLatin1Char('-') + jointId(b)).toStdString());
            double shortest = 1e9;
            double longest = 0;
            for (const KeyPosition &key : spec.positions) {
                shortest = std::min(shortest, bone(key.pose, a, b));
                longest = std::max(longest, bone(key.pose, a, b));
            }
            EXPECT_GE(shortest, 18.0);
            EXPECT_LE(longest, 50.0);
            EXPECT_LE(longest - shortest, 0.15 * longest) << "a bone may not stretch or shrink between positions";
        }
    }
}

TEST(IllustrationAnatomy, ProneExercisesLieFaceDownWithThePelvisOnTheFloor)
{
    for (const char *exercise : {"superman", "cobra"}) {
        for (const char *position : {"down", "lifted"}) {
            SCOPED_TRACE(std::string(exercise) + "/" + position);
            const Pose &p = pose(exercise, position);
            EXPECT_LE(p.point(Joint::Pelvis).y, 14.0) << "pelvis on the floor";
            EXPECT_LT(p.forward().y, 0.0) << "the chest faces the floor";
        }
        const Pose &down = pose(exercise, "down");
        EXPECT_LE(down.point(Joint::Neck).y, 14.0) << "lying flat";
        EXPECT_GE(pose(exercise, "lifted").point(Joint::Neck).y, 24.0) << "chest lifted";
    }
    // Superman lifts the arms and legs too; Cobra keeps the hands planted under the shoulders.
    EXPECT_GT(pose("superman", "lifted").point(Joint::LeftHand).y, 25.0);
    EXPECT_GT(pose("superman", "lifted").point(Joint::LeftAnkle).y, 15.0);
    const Pose &cobra = pose("cobra", "down");
    EXPECT_NEAR(cobra.point(Joint::RightHand).x, cobra.point(Joint::RightShoulder).x, 5.0);
    EXPECT_EQ(cobra.point(Joint::RightHand), pose("cobra", "lifted").point(Joint::RightHand));
}

TEST(IllustrationAnatomy, WallAngelsSlideFromLowToHigh)
{
    const Pose &low = pose("wall-angels", "low");
    const Pose &high = pose("wall-angels", "high");
    const double headTop = low.point(Joint::Head).y + IllustrationSpec::headRadius;
    for (const Joint hand : {Joint::LeftHand, Joint::RightHand}) {
        EXPECT_LT(low.point(hand).y, headTop);
        EXPECT_GT(high.point(hand).y, headTop + 15);
    }
    EXPECT_LT(low.point(Joint::LeftElbow).y, low.point(Joint::LeftShoulder).y);
    EXPECT_GT(high.point(Joint::LeftElbow).y, high.point(Joint::LeftShoulder).y);
    // The back stays against the wall: shoulders and pelvis are level with each other front to back.
    EXPECT_NEAR(low.point(Joint::LeftShoulder).x, low.point(Joint::Pelvis).x, 6.0);
}

TEST(IllustrationAnatomy, ScapularRetractionsSqueezeTheBladesTogether)
{
    const Pose &relaxed = pose("scapular-retractions", "relaxed");
    const Pose &squeezed = pose("scapular-retractions", "squeezed");
    EXPECT_DOUBLE_EQ(relaxed.retraction(), 0.0);
    EXPECT_DOUBLE_EQ(squeezed.retraction(), 1.0);
    EXPECT_LT(squeezed.point(Joint::LeftShoulder).x, relaxed.point(Joint::LeftShoulder).x) << "shoulders draw back";
    const IllustrationSpec *spec = art().find(QStringLiteral("scapular-retractions"));
    ASSERT_NE(spec, nullptr);
    EXPECT_TRUE(spec->shoulderBlades);
    EXPECT_GT(spec->camera.towardViewer().dot(relaxed.back()), 0.5) << "seen from behind";
}

TEST(IllustrationAnatomy, RowsHingeAtTheHipsAndPullTheHandsToTheBody)
{
    const Pose &reached = pose("rows", "reached");
    const Pose &pulled = pose("rows", "pulled");
    const Point3 spine = reached.point(Joint::Neck) - reached.point(Joint::Pelvis);
    const double lean = std::atan2(spine.x, spine.y) * 180 / 3.14159265;
    EXPECT_GT(lean, 20.0) << "bent forward at the hips";
    EXPECT_LT(lean, 60.0) << "only slightly, not to horizontal";
    EXPECT_GT(pulled.point(Joint::RightHand).y, reached.point(Joint::RightHand).y + 10) << "pulled up";
    EXPECT_LT(pulled.point(Joint::RightElbow).x, pulled.point(Joint::RightShoulder).x) << "elbow drawn back";
}

TEST(IllustrationAnatomy, ThreadTheNeedleReachesUnderTheOtherArm)
{
    const IllustrationSpec *spec = art().find(QStringLiteral("thread-the-needle"));
    ASSERT_NE(spec, nullptr);
    const bool right = spec->authoredSide == Side::Right;
    const Joint threading = right ? Joint::RightHand : Joint::LeftHand;
    const Joint planted = right ? Joint::LeftHand : Joint::RightHand;
    const Joint loweredShoulder = right ? Joint::RightShoulder : Joint::LeftShoulder;
    const Pose &start = pose("thread-the-needle", "all-fours");
    const Pose &threaded = pose("thread-the-needle", "threaded");
    // The threading hand crosses the midline past the planted hand, along the floor.
    const double side = right ? -1.0 : 1.0;
    EXPECT_GT(side * threaded.point(threading).z, side * threaded.point(planted).z + 20);
    EXPECT_LE(threaded.point(threading).y, 6.0);
    EXPECT_EQ(threaded.point(planted), start.point(planted)) << "the other hand stays planted";
    EXPECT_LT(threaded.point(loweredShoulder).y, start.point(loweredShoulder).y - 30) << "shoulder toward the floor";
    EXPECT_LT(threaded.point(Joint::Head).y, 20.0) << "head toward the floor";
    EXPECT_NEAR(threaded.point(Joint::LeftKnee).x, threaded.point(Joint::LeftHip).x, 3.0) << "hips stay over knees";
}

TEST(IllustrationAnatomy, PostureCorrectionGoesFromSlouchedToStackedUp)
{
    const Pose &slouched = pose("posture-correction", "slouched");
    const Pose &neutral = pose("posture-correction", "neutral");
    EXPECT_GT(slouched.spineCurve(), 0.15) << "rounded back";
    EXPECT_LT(std::abs(neutral.spineCurve()), 0.08) << "neutral spine";
    const auto headForward = [](const Pose &p) { return p.point(Joint::Head).x - p.point(Joint::Pelvis).x; };
    EXPECT_GT(headForward(slouched), headForward(neutral) + 15) << "forward head posture";
    EXPECT_GT(neutral.point(Joint::Head).y, slouched.point(Joint::Head).y + 8) << "sitting tall";
}
