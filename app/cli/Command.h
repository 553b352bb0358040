#pragma once

#include "CommandOption.h"
#include "ParsedArguments.h"

#include <QCoreApplication>
#include <QList>

namespace Limber {

class CommandContext;

// One command of the `limber` binary: its name, what it is for, its arguments and options (from
// which the synopsis, the help and the parser are derived), its checks and its work.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

    Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;
    virtual ~Command();

    [[nodiscard]] virtual QString name() const = 0;
    // One or two translated sentences for --help.
    [[nodiscard]] virtual QString description() const = 0;
    // The positional arguments, each required: "ROUTINE", "FILE".
    [[nodiscard]] virtual QStringList arguments() const { return {}; }
    // The options this command takes besides those of every command, in the synopsis's order.
    [[nodiscard]] virtual QList<CommandOption> options() const { return {}; }
    // False for commands that never read your routines, so an unreadable routines file does not
    // turn their success into exit code 1.
    [[nodiscard]] virtual bool readsYourRoutines() const { return true; }

    // "show ROUTINE [--level gentle|standard|full] [--json]"
    [[nodiscard]] QString synopsis() const;
    [[nodiscard]] bool takesOption(const QString &option) const;

    // What is wrong with how the command was called (an option it does not take, an argument
    // missing or too many, a bad option value), or empty. `globalOptions` are accepted by every
    // command.
    [[nodiscard]] QString usageProblem(const ParsedArguments &parsed, const QList<CommandOption> &globalOptions) const;

    // Does the work once the arguments are known to be right and the library is open.
    virtual int run(CommandContext &context, const ParsedArguments &parsed) const = 0;

protected:
    // The command's own checks of its option values, after the generic ones; empty when fine.
    [[nodiscard]] virtual QString optionProblem(const ParsedArguments &parsed) const;
};

} // namespace Limber
