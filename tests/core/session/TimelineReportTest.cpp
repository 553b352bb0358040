#include "SessionFixtures.h"

#include "report/TimelineReport.h"
#include "session/TimelineBuilder.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <iostream>

using namespace Limber;
using namespace Limber::Test;

TEST(TimelineReport, JsonHasVersionStepsCuesAndTotal)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(builtInRoutines().at(1), Level::Standard);
    const QJsonObject json = TimelineReport::toJson(timeline);
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("limber-plan"));
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("level")).toString(), QStringLiteral("standard"));
    EXPECT_EQ(json.value(QStringLiteral("routine")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("desk-break"));
    EXPECT_EQ(json.value(QStringLiteral("totalMs")).toInteger(), timeline.totalMs);

    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), timeline.steps.size());
    qint64 sum = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        EXPECT_EQ(step.value(QStringLiteral("index")).toInt(), i);
        EXPECT_EQ(step.value(QStringLiteral("kind")).toString(), stepKindId(timeline.steps.at(i).kind));
        EXPECT_EQ(step.value(QStringLiteral("startMs")).toInteger(), sum);
        sum += step.value(QStringLiteral("lengthMs")).toInteger();
        for (const char *key :
             {"exercise", "exerciseIndex", "side", "rep", "reps", "set", "sets", "openEnded", "phases", "cues"})
            EXPECT_TRUE(step.contains(QLatin1String(key))) << key;
        const QJsonArray cues = step.value(QStringLiteral("cues")).toArray();
        ASSERT_EQ(cues.size(), timeline.steps.at(i).cues.size());
        for (const QJsonValue &value : cues) {
            const QJsonObject cue = value.toObject();
            for (const char *key : {"id", "offsetMs", "tone", "text", "priority"})
                EXPECT_TRUE(cue.contains(QLatin1String(key))) << key;
        }
    }
    EXPECT_EQ(sum, timeline.totalMs);
    EXPECT_TRUE(steps.last().toObject().value(QStringLiteral("exercise")).isNull());

    const QJsonDocument document = QJsonDocument::fromJson(TimelineReport::toJsonDocument(timeline));
    EXPECT_EQ(document.object(), json);
}

TEST(TimelineReport, TextListsStepsCuesAndTotal)
{
    const TimelineBuilder builder(bundledCatalog());
    const Timeline timeline = builder.build(routineOf({QStringLiteral("childs-pose")}, 15, Level::Standard));
    const QString text = TimelineReport::toText(timeline);
    EXPECT_TRUE(text.contains(QStringLiteral("get-ready childs-pose"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("hold childs-pose rep 1/4"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Child's Pose. Hold 45 seconds, 4 times.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Total: 3:20.000 (200000 ms)"))) << text.toStdString();
    EXPECT_EQ(TimelineReport::formatMs(65250), QStringLiteral("1:05.250"));
}

// For a person to read the plans: --gtest_also_run_disabled_tests --gtest_filter=*Print*
TEST(TimelineReport, DISABLED_PrintBuiltInPlans)
{
    const TimelineBuilder builder(bundledCatalog());
    for (const Routine &routine : builtInRoutines())
        std::cout << TimelineReport::toText(builder.build(routine)).toStdString() << '\n';
}
