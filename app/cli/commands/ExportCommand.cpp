#include "ExportCommand.h"

#include "cli/CommandContext.h"
#include "storage/RoutineStore.h"

namespace Limber {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::description() const
{
    return tr("Save a routine to a .limber.json file to share it.");
}

QStringList ExportCommand::arguments() const
{
    return {QStringLiteral("ROUTINE")};
}

QList<CommandOption> ExportCommand::options() const
{
    return {{.name = QStringLiteral("output"),
             .shortName = QLatin1Char('o'),
             .valueName = QStringLiteral("FILE"),
             .required = true},
            {.name = QStringLiteral("force")}};
}

QString ExportCommand::optionProblem(const ParsedArguments &parsed) const
{
    if (!parsed.has(QStringLiteral("output")))
        return tr("'export' needs -o FILE, the file to write.");
    return {};
}

int ExportCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const Routine *routine = context.findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const QString path = parsed.value(QStringLiteral("output"));
    if (context.refusesToReplace(path, parsed.has(QStringLiteral("force"))))
        return BadInput;
    if (MaybeError error = context.routines().exportFile(routine->id, path))
        return context.fail(error->message());
    context.out() << tr("Exported \"%1\" to %2.").arg(routine->name, path) << Qt::endl;
    return Success;
}

} // namespace Limber
