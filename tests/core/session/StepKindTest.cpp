// Step kinds and their ids: every kind has one, and the id leads back to the kind.
#include "QtGTest.h"

#include "session/StepKind.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace Limber;

TEST(StepKind, EveryKindsIdLeadsBackToIt)
{
    // The kinds are numbered from 0 without gaps: walk them until a value has no id.
    QSet<QString> ids;
    int kinds = 0;
    for (int value = 0; value < 256; ++value) {
        const auto kind = StepKind(value);
        const QString id = stepKindId(kind);
        if (id.isEmpty())
            break;
        ++kinds;
        ids.insert(id);
        const std::optional<StepKind> back = stepKindFromId(id);
        ASSERT_TRUE(back.has_value()) << id.toStdString();
        EXPECT_EQ(*back, kind) << id.toStdString();
    }
    EXPECT_GT(kinds, int(StepKind::Done)) << "the walk reached Done";
    EXPECT_EQ(ids.size(), kinds) << "ids are unique";
}

TEST(StepKind, IdsAreStable)
{
    EXPECT_EQ(stepKindId(StepKind::GetReady), QStringLiteral("get-ready"));
    EXPECT_EQ(stepKindId(StepKind::SelfPacedReps), QStringLiteral("self-paced-reps"));
    EXPECT_EQ(stepKindId(StepKind::Done), QStringLiteral("done"));
    EXPECT_EQ(stepKindFromId(QStringLiteral("rest-between")), StepKind::RestBetween);
    EXPECT_EQ(stepKindFromId(QStringLiteral("Hold")), std::nullopt);
    EXPECT_EQ(stepKindFromId(QString()), std::nullopt);
}
