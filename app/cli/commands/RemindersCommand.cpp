#include "RemindersCommand.h"

#include "cli/CommandContext.h"
#include "report/ReminderReport.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleStore.h"
#include "schedule/SystemWallClock.h"
#include "storage/AtomicFile.h"
#include "storage/DataFolder.h"
#include "storage/RoutineStore.h"

namespace Limber {

QString RemindersCommand::name() const
{
    return QStringLiteral("reminders");
}

QString RemindersCommand::description() const
{
    return tr("List the next reminders (time with offset, rule, routine) from your schedule or "
              "another schedule file, or export the schedule as an iCalendar file.");
}

QList<CommandOption> RemindersCommand::options() const
{
    return {{.name = QStringLiteral("json")},
            {.name = QStringLiteral("next"), .valueName = QStringLiteral("N")},
            {.name = QStringLiteral("from"), .valueName = QStringLiteral("ISO-8601-TIME")},
            {.name = QStringLiteral("schedule"), .valueName = QStringLiteral("FILE")},
            {.name = QStringLiteral("ics"), .valueName = QStringLiteral("FILE")},
            // Only for --ics, whose refusal to replace a file names it.
            {.name = QStringLiteral("force"), .inSynopsis = false}};
}

QString RemindersCommand::optionProblem(const ParsedArguments &parsed) const
{
    if (parsed.has(QStringLiteral("next"))) {
        bool isNumber = false;
        const int next = parsed.value(QStringLiteral("next")).toInt(&isNumber);
        if (!isNumber || next < 1 || next > 1000)
            return tr("--next must be a whole number from 1 to 1000, not '%1'.")
                .arg(parsed.value(QStringLiteral("next")));
    }
    if (parsed.has(QStringLiteral("from"))
        && !ReminderReport::parseMoment(parsed.value(QStringLiteral("from")), SystemWallClock().zone()))
        return tr("--from must be a date and time such as 2026-11-24T09:00 or 2026-11-24T09:00+01:00, "
                  "not '%1'.")
            .arg(parsed.value(QStringLiteral("from")));
    return {};
}

int RemindersCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const SystemWallClock clock; // honours TZ
    const QTimeZone zone = clock.zone();
    Schedule schedule;
    if (parsed.has(QStringLiteral("schedule"))) {
        Result<Schedule> read = ScheduleFormat::read(parsed.value(QStringLiteral("schedule")));
        if (!read)
            return context.fail(read.error().message());
        schedule = read.value();
    } else {
        ScheduleStore store(DataFolder::resolve(parsed.value(QStringLiteral("data-dir"))));
        if (MaybeError error = store.load())
            return context.fail(error->message());
        schedule = store.schedule();
    }
    const QHash<QString, QString> names = ReminderReport::routineNames(context.routines().allRoutines());

    if (parsed.has(QStringLiteral("ics"))) {
        const QString path = parsed.value(QStringLiteral("ics"));
        if (context.refusesToReplace(path, parsed.has(QStringLiteral("force"))))
            return BadInput;
        if (MaybeError error
            = AtomicFile::write(path, ReminderReport::toIcs(schedule, names, zone, QDateTime::currentDateTimeUtc())))
            return context.fail(error->message());
        context.out() << tr("Wrote the schedule to %1.").arg(path) << Qt::endl;
        return Success;
    }

    const std::optional<QDateTime> from = parsed.has(QStringLiteral("from"))
        ? ReminderReport::parseMoment(parsed.value(QStringLiteral("from")), zone)
        : std::optional<QDateTime>(clock.now());
    const int count = parsed.value(QStringLiteral("next"), QStringLiteral("5")).toInt();
    const QList<Reminder> upcoming = ReminderPlanner::upcoming(schedule, *from, zone, count);
    if (parsed.has(QStringLiteral("json")))
        context.out() << QString::fromUtf8(ReminderReport::toJsonDocument(upcoming, names));
    else
        context.out() << ReminderReport::toText(upcoming, names);
    context.out().flush();
    return Success;
}

} // namespace Limber
