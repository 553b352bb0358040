#pragma once

#include <QCoreApplication>
#include <QString>

namespace Limber {

// What a reminder asks the user to do: a routine (by id), or a posture check, the article's
// posture-correction tip as a short prompt that needs no session.
class ReminderTarget final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::ReminderTarget)

public:
    enum class Kind { Routine, PostureCheck };

    [[nodiscard]] static ReminderTarget routine(const QString &routineId) { return {Kind::Routine, routineId}; }
    [[nodiscard]] static ReminderTarget postureCheck() { return {Kind::PostureCheck, {}}; }

    [[nodiscard]] bool isRoutine() const { return kind == Kind::Routine; }

    // "routine" or "posture-check", as written in files and JSON reports.
    [[nodiscard]] QString kindId() const;
    // The posture check's prompt and title, in the user's language.
    [[nodiscard]] static QString postureCheckTitle();
    [[nodiscard]] static QString postureCheckPrompt();

    Kind kind = Kind::PostureCheck;
    QString routineId; // empty for a posture check

    friend bool operator==(const ReminderTarget &, const ReminderTarget &) = default;
};

} // namespace Limber
