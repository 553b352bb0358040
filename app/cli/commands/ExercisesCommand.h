#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber exercises [--json]`: the exercise library, as columns or JSON.
class ExercisesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    QString name() const override;
    QString description() const override;
    QList<CommandOption> options() const override;
    bool readsYourRoutines() const override { return false; }
    int run(CommandContext &context, const ParsedArguments &parsed) const override;
};

} // namespace Limber
