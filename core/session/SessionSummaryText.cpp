#include "SessionSummaryText.h"

#include "model/DoseText.h"

namespace Limber {

SessionSummaryText SessionSummaryText::of(const SessionSummary &summary)
{
    SessionSummaryText text;
    text.heading = headingFor(summary);
    text.outcome = outcomeFor(summary);
    const int active = int(summary.activeMs / 1000);
    const int paused = int(summary.pausedMs / 1000);
    text.time = paused > 0 ? tr("Time spent: %1, paused %2").arg(DoseText::duration(active), DoseText::duration(paused))
                           : tr("Time spent: %1").arg(DoseText::duration(active));
    text.closing = tr("A few minutes every day is what helps most, and doing it regularly matters more than doing a "
                      "lot. If your pain persists or gets worse, see a healthcare professional.");
    return text;
}

QString SessionSummaryText::headingFor(const SessionSummary &summary)
{
    const int all = int(summary.exercises.size());
    if (summary.reachedEnd)
        return all > 0 && summary.count(ExerciseStatus::Completed) == all ? tr("Well done!") : tr("Session finished");
    if (summary.activeMs < 1000)
        return tr("Session stopped");
    // In round words: "Stopped after 40 seconds", "Stopped after 6 minutes".
    const int seconds = int(summary.activeMs / 1000);
    if (seconds < 60)
        return tr("Stopped after %n seconds", nullptr, seconds);
    return tr("Stopped after %n minutes", nullptr, (seconds + 30) / 60);
}

QString SessionSummaryText::outcomeFor(const SessionSummary &summary)
{
    const int all = int(summary.exercises.size());
    const int completed = summary.count(ExerciseStatus::Completed);
    const int partly = summary.count(ExerciseStatus::PartlyDone);
    if (completed + partly == 0)
        return tr("No exercise was done this time. That is all right: come back whenever you are ready.");
    if (completed == all)
        return tr("You did every exercise of %1, from start to end.").arg(summary.routineName);

    QString done;
    if (all == 1)
        done = tr("You did part of %1.").arg(summary.exercises.first().name);
    else if (completed == 0)
        done = tr("You did part of %1 of %2 exercises.").arg(partly).arg(all);
    else if (partly == 0)
        done = tr("You did %1 of %2 exercises.").arg(completed).arg(all);
    else
        done = tr("You did %1 of %2 exercises, and part of %n more.", nullptr, partly).arg(completed).arg(all);
    // Stopping early is no failure: what was done still helps.
    return summary.reachedEnd ? done : done + QLatin1Char(' ') + tr("Every bit counts.");
}

QString SessionSummaryText::status(ExerciseStatus status)
{
    switch (status) {
    case ExerciseStatus::Completed:
        return tr("Completed");
    case ExerciseStatus::PartlyDone:
        return tr("Partly done");
    case ExerciseStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString SessionSummaryText::mark(ExerciseStatus status)
{
    switch (status) {
    case ExerciseStatus::Completed:
        return QStringLiteral("✓");
    case ExerciseStatus::PartlyDone:
        return QStringLiteral("◐");
    case ExerciseStatus::Skipped:
        return QStringLiteral("○");
    }
    return {};
}

} // namespace Limber
