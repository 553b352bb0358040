#include "DoseText.h"

#include <QStringList>

namespace Limber {

QString DoseText::duration(int seconds)
{
    const int hours = seconds / 3600;
    const int minutes = (seconds % 3600) / 60;
    const int rest = seconds % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0 && rest > 0)
        return tr("%1 min %2 s").arg(minutes).arg(rest);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(rest);
}

QString DoseText::range(const Range &range)
{
    if (range.isSingle())
        return QString::number(range.min);
    return tr("%1–%2").arg(range.min).arg(range.max);
}

QString DoseText::tempo(const QList<TempoPhase> &phases)
{
    QStringList parts;
    for (const TempoPhase &phase : phases)
        parts.append(tr("%1 %2 s", "tempo phase, e.g. 'Pull 2 s'").arg(phase.name).arg(phase.seconds));
    return parts.join(QStringLiteral(", "));
}

QString DoseText::describe(const ConcreteDose &dose)
{
    QString text;
    switch (dose.pattern) {
    case DosePattern::BreathReps:
    case DosePattern::TempoReps:
        text = tr("%n reps: %1", nullptr, dose.reps).arg(tempo(dose.tempo));
        break;
    case DosePattern::Hold:
        text = tr("Hold %1, %n times", nullptr, dose.reps).arg(duration(dose.holdSeconds));
        break;
    case DosePattern::SqueezeReps:
        text = tr("%n reps, holding %1 each", nullptr, dose.reps).arg(duration(dose.holdSeconds));
        break;
    case DosePattern::Timed:
        text = tr("For %1").arg(duration(dose.durationSeconds));
        break;
    }
    if (dose.perSide)
        text += tr(", each side");
    if (dose.sets > 1)
        text += tr(", %n sets", nullptr, dose.sets);
    return text;
}

QString DoseText::describeRange(const Dose &dose)
{
    QString text;
    switch (dose.pattern) {
    case DosePattern::BreathReps:
        text = tr("%1 reps, paced by your breath").arg(range(dose.reps));
        break;
    case DosePattern::TempoReps:
        text = tr("%1 reps").arg(range(dose.reps));
        break;
    case DosePattern::Hold:
        text = tr("Hold %1 s, %2 times").arg(range(dose.holdSeconds), range(dose.reps));
        break;
    case DosePattern::SqueezeReps:
        text = tr("%1 reps, holding %2 s each").arg(range(dose.reps), range(dose.holdSeconds));
        break;
    case DosePattern::Timed:
        if (dose.durationSeconds.min % 60 == 0 && dose.durationSeconds.max % 60 == 0) {
            Range minutes = dose.durationSeconds;
            minutes.min /= 60;
            minutes.max /= 60;
            text = tr("For %1 min").arg(range(minutes));
        } else
            text = tr("For %1 s").arg(range(dose.durationSeconds));
        break;
    }
    if (dose.perSide)
        text += tr(", each side");
    return text;
}

} // namespace Limber
