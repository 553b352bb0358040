#include "StepText.h"

#include "DoseText.h"
#include "Exercise.h"

#include <QRegularExpression>

namespace Limber {

namespace {

const QRegularExpression &placeholders()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z]+)\\}"));
    return pattern;
}

// Replaces each known placeholder with words(name); unknown ones are left as they are.
template <typename Words> QString replaced(const QString &step, Words words)
{
    QString result;
    qsizetype from = 0;
    auto matches = placeholders().globalMatch(step);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += step.mid(from, match.capturedStart() - from);
        const QString value = words(match.captured(1));
        result += value.isNull() ? match.captured(0) : value;
        from = match.capturedEnd();
    }
    return result + step.mid(from);
}

bool isWholeMinutes(int seconds)
{
    return seconds >= 60 && seconds % 60 == 0;
}

QString times(int n)
{
    return StepText::tr("%n times", "how many times, in a step", n);
}

QString seconds(int n)
{
    return StepText::tr("%n seconds", "a hold, in a step", n);
}

QString duration(int n)
{
    return isWholeMinutes(n) ? StepText::tr("%n minutes", "a timed block, in a step", n / 60) : seconds(n);
}

QString reps(int n)
{
    return StepText::tr("%n reps", "in a step", n);
}

} // namespace

QString StepText::fill(const QString &step, const Dose &dose)
{
    return replaced(step, [&](const QString &name) -> QString {
        if (name == u"times")
            return dose.reps.isSingle() ? times(dose.reps.min)
                                        : tr("%1 to %2 times").arg(dose.reps.min).arg(dose.reps.max);
        if (name == u"seconds")
            return dose.holdSeconds.isSingle()
                ? seconds(dose.holdSeconds.min)
                : tr("%1 to %2 seconds").arg(dose.holdSeconds.min).arg(dose.holdSeconds.max);
        if (name == u"duration") {
            const Range &range = dose.durationSeconds;
            if (range.isSingle())
                return duration(range.min);
            if (isWholeMinutes(range.min) && isWholeMinutes(range.max))
                return tr("%1 to %2 minutes").arg(range.min / 60).arg(range.max / 60);
            return tr("%1 to %2 seconds").arg(range.min).arg(range.max);
        }
        if (name == u"reps")
            return dose.reps.isSingle() ? reps(dose.reps.min)
                                        : tr("%1 to %2 reps").arg(dose.reps.min).arg(dose.reps.max);
        return {};
    });
}

QString StepText::fill(const QString &step, const ConcreteDose &dose)
{
    return replaced(step, [&](const QString &name) -> QString {
        if (name == u"times")
            return times(dose.reps);
        if (name == u"seconds")
            return seconds(dose.holdSeconds);
        if (name == u"duration")
            return duration(dose.durationSeconds);
        if (name == u"reps")
            return reps(dose.reps);
        return {};
    });
}

QStringList StepText::forDose(const Exercise &exercise, const ConcreteDose &dose)
{
    QStringList steps;
    steps.reserve(exercise.stepTemplates.size());
    for (const QString &step : exercise.stepTemplates)
        steps.append(fill(step, dose));
    return steps;
}

QString StepText::problemWith(const QString &step, DosePattern pattern)
{
    const bool hasReps = pattern != DosePattern::Timed;
    const bool hasHold = pattern == DosePattern::Hold || pattern == DosePattern::SqueezeReps;
    auto matches = placeholders().globalMatch(step);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        const bool fits = ((name == u"times" || name == u"reps") && hasReps) || (name == u"seconds" && hasHold)
            || (name == u"duration" && pattern == DosePattern::Timed);
        const bool known = name == u"times" || name == u"reps" || name == u"seconds" || name == u"duration";
        if (!known)
            return tr("the step names {%1}, which is not one of {times}, {seconds}, {duration} and {reps}.").arg(name);
        if (!fits)
            return tr("the step names {%1}, but this dose has no such number.").arg(name);
    }
    return {};
}

QString StepText::articleSuggests(const Dose &dose)
{
    // Only where every number of the dose is the article's: where Limber chose one (a foam-rolling
    // minute, Superman's 3 s), the article suggests nothing to put beside it.
    const bool hasReps = dose.pattern != DosePattern::Timed;
    const bool hasHold = dose.pattern == DosePattern::Hold || dose.pattern == DosePattern::SqueezeReps;
    if ((hasReps && !dose.reps.fromArticle) || (hasHold && !dose.holdSeconds.fromArticle)
        || (dose.pattern == DosePattern::Timed && !dose.durationSeconds.fromArticle))
        return {};
    return tr("The article suggests: %1.", "the article's range, beside the dose given")
        .arg(DoseText::describeRange(dose));
}

} // namespace Limber
