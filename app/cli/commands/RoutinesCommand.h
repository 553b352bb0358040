#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber routines [--json]`: built-in and your own routines with their total time at each level.
class RoutinesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    QString name() const override;
    QString description() const override;
    QList<CommandOption> options() const override;
    int run(CommandContext &context, const ParsedArguments &parsed) const override;
};

} // namespace Limber
