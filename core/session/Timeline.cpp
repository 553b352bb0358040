#include "Timeline.h"

#include <algorithm>

namespace Limber {

int Timeline::stepAt(qint64 positionMs) const
{
    if (steps.isEmpty())
        return -1;
    // The last step starting at or before the position: zero-length steps share their start with
    // the step after them, so this lands on the step that actually plays.
    const auto it = std::upper_bound(steps.cbegin(), steps.cend(), positionMs,
                                     [](qint64 position, const Step &step) { return position < step.startMs; });
    return std::max(0, int(std::distance(steps.cbegin(), it)) - 1);
}

void Timeline::layOut(int fromStep)
{
    qint64 at = fromStep > 0 && fromStep <= steps.size() ? steps.at(fromStep - 1).endMs() : 0;
    for (qsizetype i = std::max(fromStep, 0); i < steps.size(); ++i) {
        steps[i].startMs = at;
        at += steps.at(i).lengthMs;
    }
    totalMs = at;
}

} // namespace Limber
