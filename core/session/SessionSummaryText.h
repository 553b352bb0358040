#pragma once

#include "SessionSummary.h"

#include <QCoreApplication>
#include <QString>

namespace Limber {

// What the page at the end of a session says, decided here so that it is the same wherever it is
// shown and tested without a window: honest about what happened (finished, or stopped early with
// what was done), kind about it, and closing with the article's advice. The words keep the
// session window's translation context, where they were before they moved here.
class SessionSummaryText final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::SessionWindow)

public:
    QString heading; // "Well done!", "Session finished", "Stopped after 40 seconds"
    QString outcome; // "You did 2 of 4 exercises, and part of 1 more. Every bit counts."
    QString time; // "Time spent: 5 min 48 s, paused 20 s"
    QString closing; // a few minutes daily, consistency, see a professional if pain persists

    static SessionSummaryText of(const SessionSummary &summary);

    // One exercise's line: "Completed", "Partly done", "Skipped", and a mark to show beside it.
    static QString status(ExerciseStatus status);
    static QString mark(ExerciseStatus status); // "✓", "◐", "○"

private:
    static QString headingFor(const SessionSummary &summary);
    static QString outcomeFor(const SessionSummary &summary);
};

} // namespace Limber
