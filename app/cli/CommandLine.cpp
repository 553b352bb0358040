#include "CommandLine.h"

#include "ArgumentParser.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "GlobalOptions.h"
#include "LimberVersion.h"
#include "commands/StartCommand.h"
#include "storage/DataFolder.h"
#include "storage/Library.h"

namespace Limber {

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

CommandLine::~CommandLine() = default;

ArgumentParser CommandLine::parser()
{
    QList<CommandOption> options = GlobalOptions::all();
    options += StartCommand::options();
    for (const Command *command : CommandRegistry::all())
        options += command->options();
    return ArgumentParser(options);
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    // Qt's own options that take a value (-style Fusion, -platform xcb, ...): the value is not
    // a command word. Nor is that of an option of every command (--data-dir DIR).
    static const QStringList optionsWithValue = [] {
        QStringList names{QStringLiteral("style"),           QStringLiteral("stylesheet"),
                          QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                          QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                          QStringLiteral("display"),         QStringLiteral("geometry"),
                          QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
                          QStringLiteral("qwindowicon"),     QStringLiteral("session"),
                          QStringLiteral("title"),           QStringLiteral("name")};
        for (const CommandOption &option : GlobalOptions::all()) {
            if (option.takesValue())
                names.append(option.name);
        }
        return names;
    }();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version"))
            return true;
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a command word, known or not: the command line answers it
        QString option = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!option.contains(QLatin1Char('=')) && optionsWithValue.contains(option))
            ++i; // skip its value
        // Anything else starting with '-' is left to Qt and the window.
    }
    return false;
}

std::optional<CommandLine::StartRequest> CommandLine::startRequest(const QStringList &arguments)
{
    if (!isCommand(arguments))
        return std::nullopt;
    ParsedArguments parsed;
    QString error;
    if (!parser().parse(arguments, parsed, error) || parsed.command != StartCommand::name())
        return std::nullopt;
    return StartCommand::request(parsed);
}

QString CommandLine::commandName(const QStringList &arguments)
{
    ParsedArguments parsed;
    QString error;
    return isCommand(arguments) && parser().parse(arguments, parsed, error) ? parsed.command : QString();
}

int CommandLine::usageError(const QString &message)
{
    m_err << QStringLiteral("limber: ") << message << Qt::endl
          << tr("Try 'limber --help' for how to use it.") << Qt::endl;
    return BadUsage;
}

void CommandLine::printHelp()
{
    m_out << tr("Usage: limber [COMMAND] [OPTIONS]") << Qt::endl
          << tr("Without a command, limber opens its window; 'limber start ROUTINE [--level L]' opens it "
                "straight into that routine's session.")
          << Qt::endl
          << tr("'limber --background' starts Limber in the tray without opening its window, to wait for "
                "reminders (starting at login does this). While Limber runs, 'limber' brings its window "
                "forward and 'limber start' starts the routine there.")
          << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl;
    for (const Command *command : CommandRegistry::all()) {
        m_out << QStringLiteral("  limber ") << command->synopsis() << Qt::endl
              << QStringLiteral("      ") << command->description() << Qt::endl;
    }
    m_out << Qt::endl << tr("Options for every command:") << Qt::endl;
    for (const CommandOption &option : GlobalOptions::all())
        m_out << QStringLiteral("  ") << option.label().leftJustified(18, QLatin1Char(' ')) << option.help << Qt::endl;
    m_out << Qt::endl
          << tr("ROUTINE is a routine's id or its exact name. Exit codes: 0 success, 1 a bad file or "
                "unknown routine, 2 wrong usage.")
          << Qt::endl;
}

int CommandLine::run(const QStringList &arguments)
{
    ParsedArguments parsed;
    QString error;
    if (!parser().parse(arguments, parsed, error))
        return usageError(error);

    if (parsed.has(QStringLiteral("help"))) {
        printHelp();
        return Success;
    }
    if (parsed.has(QStringLiteral("version"))) {
        m_out << QStringLiteral("limber %1").arg(QLatin1String(LIMBER_VERSION)) << Qt::endl;
        return Success;
    }
    if (parsed.command.isEmpty())
        return usageError(tr("no command given."));

    const Command *command = CommandRegistry::find(parsed.command);
    if (!command)
        return usageError(tr("'%1' is not a command.").arg(parsed.command));
    if (const QString problem = command->usageProblem(parsed, GlobalOptions::all()); !problem.isEmpty())
        return usageError(problem);

    Result<std::shared_ptr<Library>> opened
        = Library::open(DataFolder::resolve(parsed.value(QStringLiteral("data-dir"))));
    if (!opened) {
        m_err << QStringLiteral("limber: ") << opened.error().message() << Qt::endl;
        return BadInput;
    }
    const std::shared_ptr<Library> library = std::move(opened).value();
    const bool storeUnreadable = library->storeProblem().has_value();
    if (storeUnreadable) {
        m_err << tr("limber: warning: your routines could not be read: %1").arg(library->storeProblem()->message())
              << Qt::endl
              << tr("limber: the file is left as it is; only the built-in routines are available. Opening "
                    "Limber's window moves it aside and starts afresh.")
              << Qt::endl;
    }

    CommandContext context(m_out, m_err, *library, m_sheetWriter);
    const int result = command->run(context, parsed);
    // A broken routine store was reported on stderr; say so in the exit code too.
    if (result == Success && storeUnreadable && command->readsYourRoutines())
        return BadInput;
    return result;
}

} // namespace Limber
