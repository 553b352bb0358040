#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber check FILE`: reads a shared routine file and says what is wrong with it, if anything.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    QString name() const override;
    QString description() const override;
    QStringList arguments() const override;
    bool readsYourRoutines() const override { return false; }
    int run(CommandContext &context, const ParsedArguments &parsed) const override;
};

} // namespace Limber
