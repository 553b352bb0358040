#include "CueText.h"

namespace Limber {

QString CueText::duration(int seconds)
{
    // Under two minutes in seconds ("90 seconds" is easier to follow than "1 minute 30 seconds").
    if (seconds < 120)
        return tr("%n seconds", nullptr, seconds);
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (rest == 0)
        return tr("%n minutes", nullptr, minutes);
    return tr("%n minutes", nullptr, minutes) + QLatin1Char(' ') + tr("%n seconds", nullptr, rest);
}

QString CueText::dose(const ConcreteDose &dose)
{
    QString text;
    switch (dose.pattern) {
    case DosePattern::BreathReps:
        text = tr("%n reps, with your breath.", nullptr, dose.reps);
        break;
    case DosePattern::TempoReps:
        text = tr("%n reps.", nullptr, dose.reps);
        break;
    case DosePattern::Hold:
        text = tr("Hold %1, %n times.", nullptr, dose.reps).arg(duration(dose.holdSeconds));
        break;
    case DosePattern::SqueezeReps:
        text = tr("%n reps, holding %1 each.", nullptr, dose.reps).arg(duration(dose.holdSeconds));
        break;
    case DosePattern::Timed:
        text = tr("For %1.").arg(duration(dose.durationSeconds));
        break;
    }
    if (dose.perSide)
        text += QLatin1Char(' ') + tr("Each side.");
    if (dose.sets > 1)
        text += QLatin1Char(' ') + tr("%n sets.", nullptr, dose.sets);
    return text;
}

QString CueText::announce(const QString &exerciseName, const ConcreteDose &dose)
{
    return tr("%1. %2", "exercise name, then its dose").arg(exerciseName, CueText::dose(dose));
}

QString CueText::getReady(const QString &announcement)
{
    return tr("Get ready. %1").arg(announcement);
}

QString CueText::nextUp(const QString &announcement)
{
    return tr("Rest. Next up: %1").arg(announcement);
}

QString CueText::side(Side side)
{
    switch (side) {
    case Side::None:
        return {};
    case Side::Left:
        return tr("Left side.");
    case Side::Right:
        return tr("Right side.");
    }
    return {};
}

QString CueText::hold(int rep, int reps)
{
    return tr("Hold %1 of %2.").arg(rep).arg(reps);
}

QString CueText::squeeze(int rep, int reps)
{
    return tr("Rep %1 of %2, hold.").arg(rep).arg(reps);
}

QString CueText::rep(int rep, int reps, const QString &firstPhase)
{
    return tr("Rep %1 of %2: %3.", "the rep count, then the first phase, e.g. Inhale")
        .arg(rep)
        .arg(reps)
        .arg(firstPhase);
}

QString CueText::timedBlock(int seconds, const QString &whatToDo)
{
    if (whatToDo.isEmpty())
        return tr("Begin. %1.", "the length of a timed block").arg(duration(seconds));
    return tr("%1. %2.", "the length of a timed block, then what to do: '30 seconds. Sit or stand tall.'")
        .arg(duration(seconds), whatToDo);
}

QString CueText::selfPaced(int reps)
{
    return tr("At your own pace: %n reps. Mark the set done when you finish.", nullptr, reps);
}

QString CueText::release()
{
    return tr("Release.");
}

QString CueText::halfway()
{
    return tr("Halfway.");
}

QString CueText::count(int secondsLeft)
{
    return QString::number(secondsLeft);
}

QString CueText::switchSides()
{
    return tr("Switch sides.");
}

QString CueText::setRest(int nextSet, int sets)
{
    return tr("Rest. Set %1 of %2 is next.").arg(nextSet).arg(sets);
}

QString CueText::done()
{
    return tr("Well done. That is the whole session.");
}

} // namespace Limber
