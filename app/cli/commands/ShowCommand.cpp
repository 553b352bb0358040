#include "ShowCommand.h"

#include "cli/CommandContext.h"
#include "cli/LevelOption.h"
#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "report/JsonReport.h"

#include <QJsonObject>

namespace Limber {

QString ShowCommand::name() const
{
    return QStringLiteral("show");
}

QString ShowCommand::description() const
{
    return tr("Show a routine's exercises with concrete doses and its total time.");
}

QStringList ShowCommand::arguments() const
{
    return {QStringLiteral("ROUTINE")};
}

QList<CommandOption> ShowCommand::options() const
{
    return {LevelOption::spec(), {.name = QStringLiteral("json")}};
}

QString ShowCommand::optionProblem(const ParsedArguments &parsed) const
{
    return LevelOption::problem(parsed);
}

int ShowCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const Routine *routine = context.findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const Catalog &catalog = context.catalog();
    QTextStream &out = context.out();
    const SessionTimings timings;
    const Level level = LevelOption::chosen(parsed, routine->level);
    if (parsed.has(QStringLiteral("json"))) {
        QJsonObject object = JsonReport::routineDetail(*routine, catalog, level, timings);
        object.insert(QStringLiteral("version"), JsonReport::version);
        context.printJson(object);
        return Success;
    }
    out << routine->name << QStringLiteral(" (") << routine->id << QStringLiteral(") · ")
        << (routine->builtIn ? tr("built-in") : tr("yours")) << QStringLiteral(" · ")
        << tr("level: %1").arg(levelLabel(level)) << Qt::endl;
    if (!routine->description.isEmpty())
        out << routine->description << Qt::endl;
    out << Qt::endl;
    QList<QStringList> rows;
    for (const RoutineItem &item : routine->items) {
        const Exercise *exercise = catalog.find(item.exerciseId);
        if (!exercise)
            continue;
        const ConcreteDose dose = ConcreteDose::resolve(exercise->dose, level, item.override);
        rows.append({QStringLiteral("%1.").arg(rows.size() + 1, 3), exercise->name,
                     DoseText::describe(dose) + (item.override.isEmpty() ? QString() : QStringLiteral(" *")),
                     DoseText::duration(exerciseSeconds(dose, timings))});
    }
    context.printColumns(rows);
    if (std::any_of(routine->items.cbegin(), routine->items.cend(),
                    [](const RoutineItem &item) { return !item.override.isEmpty(); }))
        out << tr("* your own numbers") << Qt::endl;
    out << Qt::endl
        << tr("Get ready %1, rest %2 between exercises, %3 to switch sides.")
               .arg(DoseText::duration(timings.getReadySeconds), DoseText::duration(routine->restBetweenSeconds),
                    DoseText::duration(timings.switchSidesSeconds))
        << Qt::endl
        << tr("Total: %1").arg(DoseText::duration(routineSeconds(*routine, catalog, level, timings))) << Qt::endl;
    return Success;
}

} // namespace Limber
