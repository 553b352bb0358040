#pragma once

#include <QString>

namespace Limber {

// How far a person got with one exercise of a session.
enum class ExerciseStatus {
    Completed, // every hold, rep or block played to its end (marking a self-paced set counts)
    PartlyDone, // started, but some of it was skipped, or the session stopped during it
    Skipped, // none of its work was started
};

// "completed", "partly-done", "skipped".
inline QString exerciseStatusId(ExerciseStatus status)
{
    switch (status) {
    case ExerciseStatus::Completed:
        return QStringLiteral("completed");
    case ExerciseStatus::PartlyDone:
        return QStringLiteral("partly-done");
    case ExerciseStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

struct ExerciseOutcome {
    int exerciseIndex = 0;
    QString exerciseId;
    QString name;
    ExerciseStatus status = ExerciseStatus::Skipped;

    friend bool operator==(const ExerciseOutcome &, const ExerciseOutcome &) = default;
};

} // namespace Limber
