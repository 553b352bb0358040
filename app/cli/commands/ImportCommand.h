#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber import FILE`: adds the routine in a shared file to your routines.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    QString name() const override;
    QString description() const override;
    QStringList arguments() const override;
    int run(CommandContext &context, const ParsedArguments &parsed) const override;
};

} // namespace Limber
