#include "SessionFrame.h"

#include "CueText.h"
#include "SessionScreenWords.h"
#include "model/Catalog.h"

#include <QStringList>

#include <cmath>

namespace Limber {

QString SessionWords::action(StepKind kind)
{
    switch (kind) {
    case StepKind::GetReady:
        return tr("Get ready");
    case StepKind::Hold:
    case StepKind::SqueezeHold:
        return tr("Hold");
    case StepKind::Release:
        return tr("Release");
    case StepKind::BreathRep:
    case StepKind::TempoRep:
    case StepKind::SelfPacedReps:
        return tr("Move");
    case StepKind::TimedBlock:
        return tr("Keep going");
    case StepKind::SwitchSides:
        return tr("Switch sides");
    case StepKind::SetRest:
    case StepKind::RestBetween:
        return tr("Rest");
    case StepKind::Done:
        return tr("Done");
    }
    return {};
}

QString SessionWords::countdown(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 999) / 1000;
    return seconds < 60 ? QString::number(seconds) : clockTime(ms);
}

QString SessionWords::clockTime(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 999) / 1000;
    const QLatin1Char zero('0');
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

namespace {

// The frame a step shows: the start position for lead-ins and rests, the held (second) key
// position for holds, and the phases' own positions for reps and blocks.
void choosePositions(SessionFrame &frame, const Step &step, int phaseIndex, qint64 elapsedMs, const QStringList &keys)
{
    const QString first = keys.value(0);
    const QString held = keys.value(1, first);
    switch (step.kind) {
    case StepKind::Hold:
    case StepKind::SqueezeHold: {
        // Move into the hold over its first second, then stay.
        frame.fromPosition = first;
        frame.toPosition = held;
        frame.motion = std::clamp(double(elapsedMs) / 1000.0, 0.0, 1.0);
        return;
    }
    case StepKind::Release:
        frame.fromPosition = held;
        frame.toPosition = first;
        frame.motion = std::clamp(double(elapsedMs) / 1000.0, 0.0, 1.0);
        return;
    case StepKind::BreathRep:
    case StepKind::TempoRep:
    case StepKind::TimedBlock:
    case StepKind::SelfPacedReps:
        if (phaseIndex >= 0 && phaseIndex < step.phases.size()) {
            const StepPhase &phase = step.phases.at(phaseIndex);
            const StepPhase &previous = step.phases.at((phaseIndex + step.phases.size() - 1) % step.phases.size());
            frame.fromPosition = previous.keyPosition.isEmpty() ? first : previous.keyPosition;
            frame.toPosition = phase.keyPosition.isEmpty() ? held : phase.keyPosition;
            const qint64 into = elapsedMs - phase.offsetMs;
            frame.motion = phase.lengthMs > 0 ? std::clamp(double(into) / double(phase.lengthMs), 0.0, 1.0) : 1.0;
            return;
        }
        frame.fromPosition = first;
        frame.toPosition = held;
        frame.motion = 1.0;
        return;
    case StepKind::GetReady:
    case StepKind::SwitchSides:
    case StepKind::SetRest:
    case StepKind::RestBetween:
    case StepKind::Done:
        break;
    }
    frame.fromPosition = first;
    frame.toPosition = first;
    frame.motion = 1.0;
}

// What the step playing now shows (before the start, the first step).
void describeStep(SessionFrame &frame, const SessionEngine &engine, const Catalog &catalog)
{
    const Timeline &timeline = engine.timeline();
    frame.exerciseCount = int(timeline.exercises.size());
    frame.routineRemainingMs = engine.remainingMs();
    frame.routineProgress
        = timeline.totalMs > 0 ? std::clamp(double(engine.positionMs()) / double(timeline.totalMs), 0.0, 1.0) : 0.0;
    frame.countdownSecondsLeft = engine.countdownSecondsLeft();
    frame.waitingForUser = engine.isWaitingForUser();
    frame.repsMarked = engine.repsMarked();

    const Step *step = engine.currentStep();
    if (!step && !timeline.steps.isEmpty())
        step = &timeline.steps.first(); // not started yet: show the first step
    if (!step)
        return;

    const SessionExercise *exercise = engine.currentExercise();
    if (!exercise && step->exerciseIndex >= 0 && step->exerciseIndex < timeline.exercises.size())
        exercise = &timeline.exercises.at(step->exerciseIndex);
    if (exercise) {
        frame.exerciseId = exercise->id;
        frame.exerciseName = exercise->name;
        frame.exerciseNumber = int(timeline.exercises.indexOf(*exercise)) + 1;
    }
    frame.side = step->side;
    frame.stepLengthMs = step->lengthMs;
    const qint64 elapsed = engine.state() == SessionEngine::State::Idle ? 0 : engine.elapsedInStepMs();
    frame.stepRemainingMs = engine.state() == SessionEngine::State::Idle ? step->lengthMs : engine.remainingInStepMs();
    frame.secondsShown = int((std::max<qint64>(frame.stepRemainingMs, 0) + 999) / 1000);
    frame.stepProgress = step->lengthMs > 0 ? std::clamp(double(elapsed) / double(step->lengthMs), 0.0, 1.0) : 1.0;

    const int phaseIndex
        = engine.state() == SessionEngine::State::Idle ? (step->phases.isEmpty() ? -1 : 0) : engine.currentPhaseIndex();
    frame.action = SessionWords::action(step->kind);
    const bool inPhase = phaseIndex >= 0 && phaseIndex < step->phases.size();
    const bool pacedRep = step->kind == StepKind::BreathRep || step->kind == StepKind::TempoRep;
    if (inPhase && (pacedRep || step->kind == StepKind::TimedBlock))
        frame.action = step->phases.at(phaseIndex).name; // "Inhale", "Pull", "Slide up", ...
    else if (step->kind == StepKind::TimedBlock && exercise && !exercise->dose.prompt.isEmpty())
        frame.action = exercise->dose.prompt; // "Sit or stand tall"
    frame.phaseRemainingMs = frame.stepRemainingMs;
    frame.phaseProgress = frame.stepProgress;
    if (inPhase && pacedRep) {
        const StepPhase &phase = step->phases.at(phaseIndex);
        const qint64 into = std::clamp<qint64>(elapsed - phase.offsetMs, 0, phase.lengthMs);
        frame.pacedByPhase = true;
        frame.phaseRemainingMs = phase.lengthMs - into;
        frame.phaseProgress = phase.lengthMs > 0 ? double(into) / double(phase.lengthMs) : 1.0;
    }

    QStringList detail;
    switch (step->kind) {
    case StepKind::Hold:
    case StepKind::SqueezeHold:
    case StepKind::BreathRep:
    case StepKind::TempoRep:
        if (step->reps > 0)
            detail.append(step->kind == StepKind::Hold
                              ? SessionWords::tr("Hold %1 of %2").arg(step->rep).arg(step->reps)
                              : SessionWords::tr("Rep %1 of %2").arg(step->rep).arg(step->reps));
        break;
    case StepKind::SelfPacedReps:
        detail.append(SessionWords::tr("%1 of %2 reps").arg(engine.repsMarked()).arg(step->reps));
        break;
    case StepKind::GetReady:
    case StepKind::Release:
    case StepKind::TimedBlock:
    case StepKind::SwitchSides:
    case StepKind::SetRest:
    case StepKind::RestBetween:
    case StepKind::Done:
        break;
    }
    if (step->sets > 1)
        detail.append(SessionWords::tr("Set %1 of %2").arg(step->set).arg(step->sets));
    if (step->side == Side::Left)
        detail.append(SessionWords::tr("Left side"));
    else if (step->side == Side::Right)
        detail.append(SessionWords::tr("Right side"));
    frame.detail = detail.join(QStringLiteral(" · "));

    if ((step->kind == StepKind::RestBetween || step->kind == StepKind::GetReady) && exercise)
        frame.nextUp = SessionWords::tr("Next up: %1 · %2").arg(exercise->name, CueText::dose(exercise->dose));

    const Exercise *catalogExercise = catalog.find(frame.exerciseId);
    const QStringList keys = catalogExercise ? catalogExercise->illustration.keyPositions : QStringList();
    choosePositions(frame, *step, phaseIndex, elapsed, keys);
}

// The words of the session's state over the step's own: what the big countdown and the action
// line say while idle, paused, counting down, waiting for the person or done.
void describeState(SessionFrame &frame, const SessionEngine &engine)
{
    using State = SessionEngine::State;
    frame.ringText = SessionWords::countdown(frame.phaseRemainingMs);
    frame.ringProgress = frame.phaseProgress;
    switch (frame.state) {
    case State::Idle:
        frame.action = SessionScreenWords::tr("Ready when you are");
        frame.ringText = SessionWords::clockTime(engine.totalMs());
        frame.stepProgress = 0.0;
        frame.ringProgress = 0.0;
        break;
    case State::Paused:
        frame.action = SessionScreenWords::tr("Paused");
        break;
    case State::Countdown:
        frame.action = SessionScreenWords::tr("Get back in position");
        frame.ringText = QString::number(frame.countdownSecondsLeft);
        break;
    case State::Finished:
    case State::Stopped:
        frame.action = SessionScreenWords::tr("Done");
        frame.ringText = QStringLiteral("✓");
        break;
    case State::Running:
        if (frame.waitingForUser)
            frame.action = SessionScreenWords::tr("Your pace: press Enter for each rep");
        break;
    }
    frame.timeLeft = SessionScreenWords::tr("%1 left").arg(SessionWords::clockTime(frame.routineRemainingMs));
    frame.heading = frame.exerciseCount > 0
        ? SessionFrame::headingFor(frame.exerciseName, frame.exerciseNumber, frame.exerciseCount)
        : QString();

    frame.active = engine.isActive();
    const Step *playing = engine.currentStep();
    frame.extendable = frame.active && playing && isExtendable(playing->kind);
    frame.countsReps = playing && playing->kind == StepKind::SelfPacedReps;
}

} // namespace

QString SessionFrame::headingFor(const QString &exerciseName, int number, int count)
{
    return SessionScreenWords::tr("%1 · %2 of %3").arg(exerciseName).arg(number).arg(count);
}

SessionFrame SessionFrame::at(const SessionEngine &engine, const Catalog &catalog)
{
    SessionFrame frame;
    frame.state = engine.state();
    describeStep(frame, engine, catalog);
    describeState(frame, engine);
    return frame;
}

} // namespace Limber
