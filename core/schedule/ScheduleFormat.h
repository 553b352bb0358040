#pragma once

#include "Schedule.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The schedule file, `schedule.json` in the data folder: versioned JSON
// ({"format": "limber-schedule", "version": 1, ...}), documented in docs/reminders.md.
namespace Limber::ScheduleFormat {

inline const QString format = QStringLiteral("limber-schedule");
inline constexpr int newestVersion = 1;
inline const QString fileName = QStringLiteral("schedule.json");
inline constexpr qint64 maxFileBytes = 1024 * 1024; // 1 MiB

QJsonObject ruleToJson(const ReminderRule &rule);
QJsonObject toJson(const Schedule &schedule);
// toJson as an indented document ending in a newline: the bytes written to disk.
QByteArray document(const Schedule &schedule);

// Checks everything against the limits in ReminderRule and Schedule; errors name the field
// ("rules[1].times[0]").
Result<Schedule> parse(const QByteArray &bytes, const QString &sourceName);
// Reads at most maxFileBytes from disk and parses.
Result<Schedule> read(const QString &path);

// What a new user is offered: a desk break at 10:30 and 15:00 and a posture check every hour
// from 09:00 to 17:30, Monday to Friday, both switched off until the user turns them on.
Schedule starter();

// "09:30" for a time of day, and back (24-hour "HH:MM" only).
QString timeText(QTime time);
std::optional<QTime> parseTime(const QString &text);

} // namespace Limber::ScheduleFormat
