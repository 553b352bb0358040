#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber reminders`: the next reminders of your schedule or a schedule file, or the schedule as an
// iCalendar file.
class RemindersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    QString name() const override;
    QString description() const override;
    QList<CommandOption> options() const override;
    int run(CommandContext &context, const ParsedArguments &parsed) const override;

private:
    QString optionProblem(const ParsedArguments &parsed) const override;
};

} // namespace Limber
