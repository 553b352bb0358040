#include "session/CuePlan.h"
#include "session/CueTones.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

Step stepOf(StepKind kind, qint64 lengthMs, QList<Cue> cues)
{
    Step step;
    step.kind = kind;
    step.lengthMs = lengthMs;
    step.cues = std::move(cues);
    return step;
}

Cue cue(const char *id, qint64 offset, const QString &text, CuePriority priority, const QString &tone = {})
{
    return Cue{QString::fromLatin1(id), offset, tone, text, priority, CueAnchor::Start};
}

QStringList idsOf(const Step &step)
{
    QStringList ids;
    for (const Cue &c : step.cues)
        ids.append(c.id);
    return ids;
}

} // namespace

TEST(CuePlan, SoundingTimeIsToneThenTextAtSpeechRate)
{
    EXPECT_EQ(CuePlan::soundingMs(cue("a", 0, {}, CuePriority::Phase, CueTones::tick)), CuePlan::toneMs);
    EXPECT_EQ(CuePlan::soundingMs(cue("a", 0, QStringLiteral("3"), CuePriority::Count)), CuePlan::minSpeechMs);
    const QString text = QStringLiteral("Child's Pose. Hold 45 seconds, 4 times.");
    EXPECT_EQ(CuePlan::soundingMs(cue("a", 0, text, CuePriority::Announce, CueTones::start)),
              CuePlan::toneMs + CuePlan::msPerCharacter * text.size());
}

TEST(CuePlan, HigherPriorityWinsEvenWhenLater)
{
    Timeline timeline;
    // "Halfway" at 1000 would still be talking at 1200, when "Release" is due: Release wins.
    timeline.steps
        = {stepOf(StepKind::Hold, 5000,
                  {cue("halfway", 1000, QStringLiteral("Halfway, keep breathing slowly"), CuePriority::Halfway),
                   cue("release", 1200, QStringLiteral("Release."), CuePriority::Action, CueTones::release)})};
    timeline.layOut();
    ASSERT_TRUE(CuePlan::findCollision(timeline).has_value());
    CuePlan::resolveCollisions(timeline);
    EXPECT_EQ(idsOf(timeline.steps.at(0)), QStringList{QStringLiteral("release")});
    EXPECT_EQ(timeline.steps.at(0).cues.at(0).offsetMs, 1200) << "the winner is never moved";
    EXPECT_FALSE(CuePlan::findCollision(timeline).has_value());
}

TEST(CuePlan, EqualPriorityTheEarlierWins)
{
    Timeline timeline;
    timeline.steps = {stepOf(StepKind::BreathRep, 4000,
                             {cue("phase", 0, QStringLiteral("A long first phase name"), CuePriority::Phase),
                              cue("phase", 500, QStringLiteral("Second"), CuePriority::Phase),
                              cue("phase", 3000, QStringLiteral("Third"), CuePriority::Phase)})};
    timeline.layOut();
    CuePlan::resolveCollisions(timeline);
    ASSERT_EQ(timeline.steps.at(0).cues.size(), 2);
    EXPECT_EQ(timeline.steps.at(0).cues.at(0).offsetMs, 0);
    EXPECT_EQ(timeline.steps.at(0).cues.at(1).offsetMs, 3000);
}

TEST(CuePlan, CollisionsAcrossStepBoundariesCount)
{
    Timeline timeline;
    timeline.steps = {
        stepOf(StepKind::Hold, 1000, {cue("halfway", 800, QStringLiteral("Halfway."), CuePriority::Halfway)}),
        stepOf(StepKind::Release, 1000,
               {cue("release", 0, QStringLiteral("Release."), CuePriority::Action, CueTones::release)}),
    };
    timeline.layOut();
    const auto collision = CuePlan::findCollision(timeline);
    ASSERT_TRUE(collision.has_value());
    EXPECT_EQ(collision->firstStep, 0);
    EXPECT_EQ(collision->secondStep, 1);
    CuePlan::resolveCollisions(timeline);
    EXPECT_TRUE(timeline.steps.at(0).cues.isEmpty());
    EXPECT_EQ(timeline.steps.at(1).cues.size(), 1);
}

TEST(CuePlan, AWinnerThatLosesToAHigherCueFreesItsNeighbours)
{
    // Announce (0..3 s) beats the counts at 2 s and 3 s but not... the count at 4 s is clear.
    // The greedy order by priority keeps exactly the non-overlapping best set.
    Timeline timeline;
    const QString announce = QStringLiteral("Get ready. Child's Pose. Hold 45 seconds, 4 times.");
    timeline.steps = {stepOf(StepKind::GetReady, 5000,
                             {cue("get-ready", 0, announce, CuePriority::Announce),
                              cue("count-3", 2000, QStringLiteral("3"), CuePriority::Count, CueTones::tick),
                              cue("count-2", 3000, QStringLiteral("2"), CuePriority::Count, CueTones::tick),
                              cue("count-1", 4000, QStringLiteral("1"), CuePriority::Count, CueTones::tick)})};
    timeline.layOut();
    CuePlan::resolveCollisions(timeline);
    const qint64 announceEnds = CuePlan::soundingMs(timeline.steps.at(0).cues.at(0));
    for (const Cue &c : timeline.steps.at(0).cues) {
        if (c.id != QStringLiteral("get-ready")) {
            EXPECT_GE(c.offsetMs, announceEnds) << c.id.toStdString();
        }
    }
    EXPECT_TRUE(idsOf(timeline.steps.at(0)).contains(QStringLiteral("count-1")));
    EXPECT_FALSE(CuePlan::findCollision(timeline).has_value());
}

TEST(CuePlan, LongCueCoveringSeveralIsFound)
{
    Timeline timeline;
    timeline.steps = {stepOf(StepKind::TimedBlock, 10000,
                             {cue("a", 0, QString(60, QLatin1Char('x')), CuePriority::Action),
                              cue("b", 1000, QStringLiteral("b"), CuePriority::Tempo),
                              cue("c", 3000, QStringLiteral("c"), CuePriority::Tempo)})};
    timeline.layOut();
    const auto collision = CuePlan::findCollision(timeline);
    ASSERT_TRUE(collision.has_value());
    CuePlan::resolveCollisions(timeline);
    EXPECT_EQ(idsOf(timeline.steps.at(0)), QStringList{QStringLiteral("a")});
}
