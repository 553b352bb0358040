#pragma once

#include "model/ConcreteDose.h"
#include "model/Side.h"

#include <QCoreApplication>
#include <QString>

namespace Limber {

// The spoken words of cues: whole words rather than the "45 s" of printed doses, since a speech
// engine reads them aloud ("Child's Pose. Hold 45 seconds, 4 times.").
class CueText final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CueText)

public:
    // "45 seconds", "90 seconds", "2 minutes", "2 minutes 30 seconds".
    static QString duration(int seconds);
    // "Hold 45 seconds, 4 times.", "13 reps.", "For 2 minutes. Each side."
    static QString dose(const ConcreteDose &dose);
    // "Child's Pose. Hold 45 seconds, 4 times."
    static QString announce(const QString &exerciseName, const ConcreteDose &dose);

    static QString getReady(const QString &announcement);
    static QString nextUp(const QString &announcement);
    static QString side(Side side); // "Left side." / "Right side." / empty
    static QString hold(int rep, int reps);
    static QString squeeze(int rep, int reps);
    static QString rep(int rep, int reps, const QString &firstPhase);
    // The start of a timed block: its length, then what to do first (a tempo's first phase or
    // the exercise's prompt) where there is one: "30 seconds. Sit or stand tall."
    static QString timedBlock(int seconds, const QString &whatToDo = {});
    static QString selfPaced(int reps);
    static QString release();
    static QString halfway();
    static QString count(int secondsLeft);
    static QString switchSides();
    static QString setRest(int nextSet, int sets);
    static QString done();
};

} // namespace Limber
