#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber show ROUTINE`: a routine's exercises with concrete doses at a level, and its total time.
class ShowCommand final : public Command
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
