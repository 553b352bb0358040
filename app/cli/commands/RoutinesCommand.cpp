#include "RoutinesCommand.h"

#include "cli/CommandContext.h"
#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "report/JsonReport.h"
#include "storage/RoutineStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Limber {

QString RoutinesCommand::name() const
{
    return QStringLiteral("routines");
}

QString RoutinesCommand::description() const
{
    return tr("List built-in and your own routines with their total times.");
}

QList<CommandOption> RoutinesCommand::options() const
{
    return {{.name = QStringLiteral("json")}};
}

int RoutinesCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const Catalog &catalog = context.catalog();
    const SessionTimings timings;
    const QList<Routine> all = context.routines().allRoutines();
    if (parsed.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Routine &routine : all)
            array.append(JsonReport::routineSummary(routine, catalog, timings));
        context.printJson({{QStringLiteral("version"), JsonReport::version}, {QStringLiteral("routines"), array}});
        return Success;
    }
    QList<QStringList> rows;
    for (const Routine &routine : all) {
        QStringList times;
        for (Level level : allLevels)
            times.append(
                tr("%1 %2", "level and time, e.g. 'Gentle 4 min 3 s'")
                    .arg(levelLabel(level), DoseText::duration(routineSeconds(routine, catalog, level, timings))));
        rows.append({routine.id, routine.name, routine.builtIn ? tr("built-in") : tr("yours"),
                     tr("%n exercises", nullptr, int(routine.items.size())), times.join(QStringLiteral(" · "))});
    }
    context.printColumns(rows);
    return Success;
}

} // namespace Limber
