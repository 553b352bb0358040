#pragma once

#include <QString>
#include <QtGlobal>

namespace Limber {

// A part of a rep or timed block ("Inhale" for 3 s into "cow"), so the view can show the right
// key position and a phase countdown without knowing the dose.
struct StepPhase {
    QString name; // translated, as the catalog gives it
    QString keyPosition; // the illustration frame
    qint64 offsetMs = 0; // from the start of the step
    qint64 lengthMs = 0;

    friend bool operator==(const StepPhase &, const StepPhase &) = default;
};

} // namespace Limber
