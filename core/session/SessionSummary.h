#pragma once

#include "ExerciseOutcome.h"

#include <QList>
#include <QString>

namespace Limber {

// What a session amounted to, shown when it ends (or is stopped).
struct SessionSummary {
    QString routineId;
    QString routineName;
    QList<ExerciseOutcome> exercises;
    qint64 activeMs = 0; // time the session was moving (self-paced waiting included)
    qint64 pausedMs = 0; // time paused, resume countdowns included
    bool reachedEnd = false; // false when stopped early

    [[nodiscard]] int count(ExerciseStatus status) const
    {
        int n = 0;
        for (const ExerciseOutcome &outcome : exercises)
            n += outcome.status == status ? 1 : 0;
        return n;
    }

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

} // namespace Limber
