#pragma once

#include "ConcreteDose.h"
#include "Dose.h"

#include <QCoreApplication>

namespace Limber {

// Doses and durations in plain, translated words, the same on screen, on the command line and
// on paper: "Hold 45 s, 4 times, each side".
class DoseText final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::DoseText)

public:
    // A concrete dose: "12 reps: inhale 3 s, exhale 3 s", "Hold 45 s, 4 times".
    static QString describe(const ConcreteDose &dose);
    // The article's ranges: "10–15 reps", "Hold 30–60 s, 3–5 times".
    static QString describeRange(const Dose &dose);
    // "45 s", "2 min", "5 min 48 s", "1 h 2 min".
    static QString duration(int seconds);

private:
    static QString range(const Range &range);
    static QString tempo(const QList<TempoPhase> &phases);
};

} // namespace Limber
