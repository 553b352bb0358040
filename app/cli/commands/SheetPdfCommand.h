#pragma once

#include "cli/Command.h"

namespace Limber {

// `limber sheet ROUTINE -o FILE.pdf`: checks the options and finds the routine; the PDF is drawn by
// the sheet writer main() supplies (app/print/SheetCommand), since drawing needs Qt GUI.
class SheetPdfCommand final : public Command
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
    // The paper, layout, weeks and name of the sheet; empty when they are fine.
    static QString validateSheetOptions(const ParsedArguments &parsed);
};

} // namespace Limber
