#pragma once

#include "schedule/Reminder.h"
#include "schedule/Schedule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Limber {

struct Routine;

// Upcoming reminders written out for `limber reminders`: versioned JSON and plain text (both
// documented in docs/reminders.md), and the schedule as an iCalendar file for `--ics`.
// `routineNames` maps routine ids to the names shown; an id without a name is shown as it is.
class ReminderReport final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::ReminderReport)

public:
    static inline const QString formatName = QStringLiteral("limber-reminders");
    static constexpr int version = 1;

    [[nodiscard]] static QJsonObject toJson(const QList<Reminder> &reminders,
                                            const QHash<QString, QString> &routineNames = {});
    // toJson as an indented document ending in a newline.
    [[nodiscard]] static QByteArray toJsonDocument(const QList<Reminder> &reminders,
                                                   const QHash<QString, QString> &routineNames = {});
    // One line per reminder: time with offset, weekday, rule, what it starts.
    [[nodiscard]] static QString toText(const QList<Reminder> &reminders,
                                        const QHash<QString, QString> &routineNames = {});

    // The enabled rules as an iCalendar (RFC 5545) file: one weekly recurring event per time of
    // day, in `zone` (with its VTIMEZONE), stamped `now`. CRLF line endings, lines folded at 75
    // octets. Rules that are off are left out.
    [[nodiscard]] static QByteArray toIcs(const Schedule &schedule, const QHash<QString, QString> &routineNames,
                                          const QTimeZone &zone, const QDateTime &now);

    // "2025-03-31T10:30:00+02:00".
    [[nodiscard]] static QString timeWithOffset(const QDateTime &moment);
    // What a reminder starts, in words: "Desk break (routine)" or "Posture check".
    [[nodiscard]] static QString targetText(const ReminderTarget &target, const QHash<QString, QString> &routineNames);
    // Routine ids to names, for the functions above.
    [[nodiscard]] static QHash<QString, QString> routineNames(const QList<Routine> &routines);
    // `--from`: an ISO 8601 date and time; one without an offset is read in `zone`.
    [[nodiscard]] static std::optional<QDateTime> parseMoment(const QString &text, const QTimeZone &zone);
};

} // namespace Limber
