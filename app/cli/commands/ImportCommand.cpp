#include "ImportCommand.h"

#include "cli/CommandContext.h"
#include "storage/RoutineStore.h"

namespace Limber {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::description() const
{
    return tr("Add the routine in a .limber.json file to your routines.");
}

QStringList ImportCommand::arguments() const
{
    return {QStringLiteral("FILE")};
}

int ImportCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    RoutineStore &store = context.routines();
    if (store.isBlocked())
        return context.fail(tr("nothing was imported, because your routines file could not be read (see above)."));
    Result<Routine> routine = store.importFile(parsed.positional.at(0));
    if (!routine)
        return context.fail(routine.error().message());
    context.out()
        << tr("Imported \"%1\" (id %2) into %3.").arg(routine.value().name, routine.value().id, store.storePath())
        << Qt::endl;
    return Success;
}

} // namespace Limber
