#include "CommandRegistry.h"

#include "commands/CheckCommand.h"
#include "commands/ExercisesCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/PlanCommand.h"
#include "commands/RemindersCommand.h"
#include "commands/RoutinesCommand.h"
#include "commands/SheetPdfCommand.h"
#include "commands/ShowCommand.h"

namespace Limber {

QList<const Command *> CommandRegistry::all()
{
    static const ExercisesCommand exercises;
    static const RoutinesCommand routines;
    static const ShowCommand show;
    static const PlanCommand plan;
    static const CheckCommand check;
    static const ImportCommand import;
    static const ExportCommand exportCommand;
    static const SheetPdfCommand sheet;
    static const RemindersCommand reminders;
    return {&exercises, &routines, &show, &plan, &check, &import, &exportCommand, &sheet, &reminders};
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command *command : all()) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

} // namespace Limber
