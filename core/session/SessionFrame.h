#pragma once

#include "SessionEngine.h"
#include "model/Side.h"

#include <QCoreApplication>
#include <QString>

namespace Limber {

class Catalog;

// Everything a session screen shows at one moment, worked out from the engine (and the catalog
// for the illustration's key positions), so the view only draws and tests need no window.
struct SessionFrame {
    SessionEngine::State state = SessionEngine::State::Idle;
    // What to do now in a word or two: "Hold", "Inhale", "Switch sides"; or what the session is
    // doing: "Ready when you are", "Paused", "Get back in position", "Done".
    QString action;
    QString heading; // "Cobra · 2 of 4"; empty without exercises
    QString exerciseId;
    QString exerciseName;
    QString detail; // "Hold 2 of 4 · Set 1 of 2 · Left side"
    QString nextUp; // during rests: "Next up: Cobra. Hold 18 seconds, 4 times."
    Side side = Side::None;

    // The illustration: show `fromPosition` moving to `toPosition`, `motion` of the way there.
    QString fromPosition;
    QString toPosition;
    double motion = 1.0;

    qint64 stepLengthMs = 0;
    qint64 stepRemainingMs = 0;
    int secondsShown = 0; // the big countdown: whole seconds left, rounded up
    double stepProgress = 0.0; // 0 at the step's start (and before the session starts), 1 at its end
    // Breath-paced and tempo reps count each phase, so the number paces the breath: Inhale 3-2-1,
    // Exhale 3-2-1; Pull 2-1, Squeeze 1, Lower 2-1. Elsewhere the phase is the whole step.
    bool pacedByPhase = false;
    qint64 phaseRemainingMs = 0;
    double phaseProgress = 0.0;
    // What the big countdown says: the time left in the step, or in the phase of a paced rep
    // ("29", "1:29", "3"), the routine's length before the start, the 3-2-1 while resuming, a check
    // mark at the end. The ring fills with the same time.
    QString ringText;
    double ringProgress = 0.0;
    int countdownSecondsLeft = 0; // the 3-2-1 while resuming
    bool waitingForUser = false; // self-paced: the person marks reps or the set done
    int repsMarked = 0;

    int exerciseNumber = 0; // 1-based
    int exerciseCount = 0;
    qint64 routineRemainingMs = 0;
    QString timeLeft; // "12:30 left"
    double routineProgress = 0.0;

    bool active = false; // running, paused or counting down: steps can be skipped, gone back to
    bool extendable = false; // "+10 s" applies to the step playing now
    bool countsReps = false; // a self-paced step is playing: the person counts each rep

    static SessionFrame at(const SessionEngine &engine, const Catalog &catalog);
    // The heading's words: "Cobra · 2 of 4".
    static QString headingFor(const QString &exerciseName, int number, int count);
};

// The words of the session screen, in one translation context.
class SessionWords final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::SessionWords)

public:
    static QString action(StepKind kind);
    // The big countdown: the whole seconds left, rounded up: "29" under a minute, "1:29" from
    // one minute on.
    static QString countdown(qint64 ms);
    // Minutes and seconds as on a clock, the seconds rounded up: "0:45", "12:05", "1:02:03".
    static QString clockTime(qint64 ms);
};

} // namespace Limber
