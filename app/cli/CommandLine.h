#pragma once

#include "Command.h"
#include "SheetRequest.h"
#include "StartRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Limber {

class ArgumentParser;

// The headless side of the `limber` binary: commands that print to stdout, report errors on
// stderr and never open a window. Exit codes: 0 success, 1 a bad file or unknown routine,
// 2 wrong usage. Each command is a Command of its own (cli/commands/); this class parses the
// arguments, answers --help and --version, and hands the rest to the command named.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    using ExitCode = Command::ExitCode;
    using enum Command::ExitCode;

    // True when the arguments (without the program name) ask for a command, --help or
    // --version rather than the window.
    static bool isCommand(const QStringList &arguments);

    // `limber start ROUTINE [--level L]` opens the window straight into a session, so main()
    // asks for it before choosing between the command line and the window.
    using StartRequest = Limber::StartRequest;
    static std::optional<StartRequest> startRequest(const QStringList &arguments);

    // The command word in the arguments ("sheet", "export", ...), or empty. main() asks for it
    // because `sheet` draws, so it needs a QGuiApplication rather than a QCoreApplication.
    static QString commandName(const QStringList &arguments);

    // `limber sheet`: drawing the PDF needs Qt GUI, which this library does not link, so main()
    // supplies the writer.
    using SheetRequest = Limber::SheetRequest;
    using SheetWriter = Limber::SheetWriter;
    void setSheetWriter(SheetWriter writer) { m_sheetWriter = std::move(writer); }

    // The parser for every command's options and those of every command.
    static ArgumentParser parser();

    CommandLine(QTextStream &out, QTextStream &err);
    ~CommandLine();

    // `arguments` without the program name.
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
    SheetWriter m_sheetWriter;
};

} // namespace Limber
