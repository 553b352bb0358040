#include "Dose.h"

namespace Limber {

QString dosePatternId(DosePattern pattern)
{
    switch (pattern) {
    case DosePattern::BreathReps:
        return QStringLiteral("breath-reps");
    case DosePattern::Hold:
        return QStringLiteral("hold");
    case DosePattern::SqueezeReps:
        return QStringLiteral("squeeze-reps");
    case DosePattern::TempoReps:
        return QStringLiteral("tempo-reps");
    case DosePattern::Timed:
        return QStringLiteral("timed");
    }
    return {};
}

std::optional<DosePattern> dosePatternFromId(const QString &id)
{
    for (DosePattern pattern : {DosePattern::BreathReps, DosePattern::Hold, DosePattern::SqueezeReps,
                                DosePattern::TempoReps, DosePattern::Timed}) {
        if (dosePatternId(pattern) == id)
            return pattern;
    }
    return std::nullopt;
}

} // namespace Limber
