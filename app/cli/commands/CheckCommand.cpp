#include "CheckCommand.h"

#include "cli/CommandContext.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "storage/RoutineFormat.h"

namespace Limber {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::description() const
{
    return tr("Check a routine file and say what is wrong with it, if anything.");
}

QStringList CheckCommand::arguments() const
{
    return {QStringLiteral("FILE")};
}

int CheckCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const QString path = parsed.positional.at(0);
    Result<Routine> routine = RoutineFormat::readShared(path, context.catalog());
    if (!routine)
        return context.fail(routine.error().message());
    const Routine &r = routine.value();
    context.out() << tr("%1: OK. \"%2\" has %n exercises and takes %3 (level: %4).", nullptr, int(r.items.size()))
                         .arg(path, r.name, DoseText::duration(routineSeconds(r, context.catalog(), r.level)),
                              levelLabel(r.level))
                  << Qt::endl;
    return Success;
}

} // namespace Limber
