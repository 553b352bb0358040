#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber plan ROUTINE`: the timeline a session plays, every step with its start, length and cues.
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    QString name() const override;
    QString description() const override;
    QStringList arguments() const override;
    QList<CommandOption> options() const override;
    int run(CommandContext &context, const ParsedArguments &parsed) const override;

private:
    QString optionProblem(const ParsedArguments &parsed) const override;
};

} // namespace Limber
