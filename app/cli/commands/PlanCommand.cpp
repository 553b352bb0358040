#include "PlanCommand.h"

#include "cli/CommandContext.h"
#include "cli/LevelOption.h"
#include "report/TimelineReport.h"
#include "session/TimelineBuilder.h"

namespace Limber {

QString PlanCommand::name() const
{
    return QStringLiteral("plan");
}

QString PlanCommand::description() const
{
    return tr("Print a session's timeline: every step with its start and length in milliseconds, and its cues.");
}

QStringList PlanCommand::arguments() const
{
    return {QStringLiteral("ROUTINE")};
}

QList<CommandOption> PlanCommand::options() const
{
    return {LevelOption::spec(), {.name = QStringLiteral("json")}};
}

QString PlanCommand::optionProblem(const ParsedArguments &parsed) const
{
    return LevelOption::problem(parsed);
}

int PlanCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const Routine *routine = context.findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const Level level = LevelOption::chosen(parsed, routine->level);
    const Timeline timeline = TimelineBuilder(context.catalog()).build(*routine, level);
    if (parsed.has(QStringLiteral("json")))
        context.out() << QString::fromUtf8(TimelineReport::toJsonDocument(timeline));
    else
        context.out() << TimelineReport::toText(timeline);
    context.out().flush();
    return Success;
}

} // namespace Limber
