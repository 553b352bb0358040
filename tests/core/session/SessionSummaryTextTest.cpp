// What the page at the end of a session says: finished, stopped early, nothing done.
#include "session/SessionSummaryText.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

// A summary of four exercises with these outcomes.
SessionSummary summaryOf(const QList<ExerciseStatus> &statuses, bool reachedEnd, qint64 activeMs, qint64 pausedMs = 0)
{
    SessionSummary summary;
    summary.routineId = QStringLiteral("desk-break");
    summary.routineName = QStringLiteral("Desk break");
    summary.reachedEnd = reachedEnd;
    summary.activeMs = activeMs;
    summary.pausedMs = pausedMs;
    const QStringList names{QStringLiteral("Scapular Retractions"), QStringLiteral("Corner Stretch"),
                            QStringLiteral("Wall Angels"), QStringLiteral("Posture Correction")};
    for (int i = 0; i < statuses.size(); ++i)
        summary.exercises.append({i, names.at(i).toLower(), names.at(i), statuses.at(i)});
    return summary;
}

constexpr ExerciseStatus done = ExerciseStatus::Completed;
constexpr ExerciseStatus part = ExerciseStatus::PartlyDone;
constexpr ExerciseStatus none = ExerciseStatus::Skipped;

} // namespace

TEST(SessionSummaryText, FinishedEverythingIsPraised)
{
    const SessionSummaryText text = SessionSummaryText::of(summaryOf({done, done, done, done}, true, 348000, 20000));
    EXPECT_EQ(text.heading, QStringLiteral("Well done!"));
    EXPECT_EQ(text.outcome, QStringLiteral("You did every exercise of Desk break, from start to end."));
    EXPECT_EQ(text.time, QStringLiteral("Time spent: 5 min 48 s, paused 20 s"));
    EXPECT_TRUE(text.closing.contains(QStringLiteral("A few minutes every day"))) << text.closing.toStdString();
    EXPECT_TRUE(text.closing.contains(QStringLiteral("regularly"))) << text.closing.toStdString();
    EXPECT_TRUE(text.closing.contains(QStringLiteral("healthcare professional"))) << text.closing.toStdString();
}

TEST(SessionSummaryText, ReachingTheEndWithSkipsIsNotCalledWellDone)
{
    const SessionSummaryText text = SessionSummaryText::of(summaryOf({done, part, none, done}, true, 200000));
    EXPECT_EQ(text.heading, QStringLiteral("Session finished"));
    EXPECT_EQ(text.outcome, QStringLiteral("You did 2 of 4 exercises, and part of 1 more."));
    EXPECT_EQ(text.time, QStringLiteral("Time spent: 3 min 20 s"));
}

TEST(SessionSummaryText, StoppedEarlySaysWhatWasDoneKindly)
{
    SessionSummaryText text = SessionSummaryText::of(summaryOf({done, done, none, none}, false, 130000));
    EXPECT_EQ(text.heading, QStringLiteral("Stopped after 2 minutes"));
    EXPECT_EQ(text.outcome, QStringLiteral("You did 2 of 4 exercises. Every bit counts."));

    text = SessionSummaryText::of(summaryOf({part, none, none, none}, false, 40000));
    EXPECT_EQ(text.heading, QStringLiteral("Stopped after 40 seconds"));
    EXPECT_EQ(text.outcome, QStringLiteral("You did part of 1 of 4 exercises. Every bit counts."));
    EXPECT_EQ(text.time, QStringLiteral("Time spent: 40 s"));

    text = SessionSummaryText::of(summaryOf({done, part, part, none}, false, 389000)); // 6 min 29 s
    EXPECT_EQ(text.heading, QStringLiteral("Stopped after 6 minutes"));
    EXPECT_EQ(text.outcome, QStringLiteral("You did 1 of 4 exercises, and part of 2 more. Every bit counts."));
}

TEST(SessionSummaryText, NothingDoneIsSaidWithoutBlame)
{
    for (const bool reachedEnd : {false, true}) {
        const SessionSummaryText text = SessionSummaryText::of(summaryOf({none, none, none, none}, reachedEnd, 3000));
        EXPECT_NE(text.heading, QStringLiteral("Well done!"));
        EXPECT_EQ(
            text.outcome,
            QStringLiteral("No exercise was done this time. That is all right: come back whenever you are ready."));
        EXPECT_FALSE(text.outcome.contains(QStringLiteral("Every bit counts")));
    }
    EXPECT_EQ(SessionSummaryText::of(summaryOf({none, none, none, none}, false, 3000)).heading,
              QStringLiteral("Stopped after 3 seconds"));
    EXPECT_EQ(SessionSummaryText::of(summaryOf({none, none, none, none}, false, 400)).heading,
              QStringLiteral("Session stopped"));
    EXPECT_EQ(SessionSummaryText::of(summaryOf({none, none, none, none}, true, 3000)).heading,
              QStringLiteral("Session finished"));
}

TEST(SessionSummaryText, OneExerciseIsNamed)
{
    const SessionSummaryText text = SessionSummaryText::of(summaryOf({part}, false, 12000));
    EXPECT_EQ(text.outcome, QStringLiteral("You did part of Scapular Retractions. Every bit counts."));
    EXPECT_EQ(text.heading, QStringLiteral("Stopped after 12 seconds"));
}

TEST(SessionSummaryText, EachExerciseHasAStatusAndAMark)
{
    EXPECT_EQ(SessionSummaryText::status(done), QStringLiteral("Completed"));
    EXPECT_EQ(SessionSummaryText::status(part), QStringLiteral("Partly done"));
    EXPECT_EQ(SessionSummaryText::status(none), QStringLiteral("Skipped"));
    EXPECT_EQ(SessionSummaryText::mark(done), QStringLiteral("✓"));
    EXPECT_EQ(SessionSummaryText::mark(part), QStringLiteral("◐"));
    EXPECT_EQ(SessionSummaryText::mark(none), QStringLiteral("○"));
}
