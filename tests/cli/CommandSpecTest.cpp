// The commands' specs and what is derived from them: the synopses, --help, the parser, the
// refusal of options a command does not declare, and `start`.
#include "CliRun.h"
#include "QtGTest.h"

#include "cli/ArgumentParser.h"
#include "cli/CommandLine.h"
#include "cli/CommandRegistry.h"
#include "cli/GlobalOptions.h"
#include "cli/SheetRequest.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QTemporaryDir>

namespace {

using CliTest::Outcome;
using Limber::Command;
using Limber::CommandLine;
using Limber::CommandOption;
using Limber::CommandRegistry;
using Limber::ParsedArguments;

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every option some command or every command declares, once each.
QList<CommandOption> everyOption()
{
    QList<CommandOption> options = Limber::GlobalOptions::all();
    QSet<QString> seen;
    for (const CommandOption &option : options)
        seen.insert(option.name);
    for (const Command *command : CommandRegistry::all()) {
        for (const CommandOption &option : command->options()) {
            if (!seen.contains(option.name)) {
                seen.insert(option.name);
                options.append(option);
            }
        }
    }
    return options;
}

} // namespace

TEST(CommandSpecs, EveryCommandHasANameASynopsisAndADescription)
{
    const QList<const Command *> commands = CommandRegistry::all();
    ASSERT_EQ(commands.size(), 9);
    QSet<QString> names;
    for (const Command *command : commands) {
        const QString name = command->name();
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(name.startsWith(QLatin1Char('-'))) << name.toStdString();
        EXPECT_FALSE(names.contains(name)) << "two commands are called " << name.toStdString();
        names.insert(name);
        EXPECT_EQ(CommandRegistry::find(name), command);
        EXPECT_TRUE(command->synopsis().startsWith(name + QLatin1Char(' ')) || command->synopsis() == name)
            << command->synopsis().toStdString();
        EXPECT_TRUE(command->description().endsWith(QLatin1Char('.'))) << command->description().toStdString();
        for (const QString &argument : command->arguments())
            EXPECT_TRUE(command->synopsis().contains(argument)) << name.toStdString();
        for (const CommandOption &option : command->options()) {
            EXPECT_FALSE(option.name.isEmpty()) << name.toStdString();
            if (option.inSynopsis) {
                EXPECT_TRUE(command->synopsis().contains(option.synopsis()))
                    << name.toStdString() << ": " << option.name.toStdString();
            }
        }
    }
    EXPECT_EQ(CommandRegistry::find(QStringLiteral("start")), nullptr); // the window runs it
    EXPECT_EQ(CommandRegistry::find(QStringLiteral("dance")), nullptr);
}

TEST(CommandSpecs, SynopsesAreDerivedFromTheArgumentsAndOptions)
{
    const QMap<QString, QString> expected{
        {QStringLiteral("exercises"), QStringLiteral("exercises [--json]")},
        {QStringLiteral("routines"), QStringLiteral("routines [--json]")},
        {QStringLiteral("show"), QStringLiteral("show ROUTINE [--level gentle|standard|full] [--json]")},
        {QStringLiteral("plan"), QStringLiteral("plan ROUTINE [--level gentle|standard|full] [--json]")},
        {QStringLiteral("check"), QStringLiteral("check FILE")},
        {QStringLiteral("import"), QStringLiteral("import FILE")},
        {QStringLiteral("export"), QStringLiteral("export ROUTINE -o FILE [--force]")},
        {QStringLiteral("sheet"),
         QStringLiteral("sheet ROUTINE -o FILE.pdf [--level gentle|standard|full] [--paper a4|letter] "
                        "[--layout detailed|compact] [--weeks N] [--name TEXT] [--force]")},
        {QStringLiteral("reminders"),
         QStringLiteral("reminders [--json] [--next N] [--from ISO-8601-TIME] [--schedule FILE] [--ics FILE]")},
    };
    for (const Command *command : CommandRegistry::all())
        EXPECT_EQ(command->synopsis(), expected.value(command->name()));
}

TEST(CommandSpecs, HelpListsEveryCommandAndTheOptionsOfEveryCommand)
{
    const Outcome help = CliTest::runInProcess({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.err.isEmpty()) << help.err.toStdString();
    for (const Command *command : CommandRegistry::all())
        EXPECT_TRUE(help.out.contains(
            QStringLiteral("\n  limber %1\n      %2\n").arg(command->synopsis(), command->description())))
            << command->name().toStdString();
    for (const CommandOption &option : Limber::GlobalOptions::all()) {
        EXPECT_FALSE(option.help.isEmpty()) << option.name.toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("\n  %1%2\n").arg(option.label().leftJustified(18), option.help)))
            << option.name.toStdString();
    }
    EXPECT_TRUE(help.out.contains(QStringLiteral("\n  --data-dir DIR    where your routines are kept (now ")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("\n  -h, --help        show this help\n")));

    // -h and --help anywhere, even beside a command, print the same help.
    for (const char *arguments : {"-h", "show --help", "dance -h", "--help --data-dir=/nowhere"})
        EXPECT_EQ(CliTest::runInProcess(words(arguments)).out, help.out) << arguments;
}

TEST(CommandSpecs, AnOptionACommandDoesNotDeclareIsRefused)
{
    QTemporaryDir data;
    int refusals = 0;
    for (const Command *command : CommandRegistry::all()) {
        for (const CommandOption &option : everyOption()) {
            if (command->takesOption(option.name) || option.name == QLatin1String("data-dir")
                || option.name == QLatin1String("help") || option.name == QLatin1String("version"))
                continue;
            QStringList arguments{QStringLiteral("--data-dir=") + data.path(), command->name()};
            for (qsizetype i = 0; i < command->arguments().size(); ++i)
                arguments.append(QStringLiteral("desk-break"));
            arguments.append(QStringLiteral("--") + option.name);
            if (option.takesValue())
                arguments.append(QStringLiteral("x"));
            const Outcome run = CliTest::runInProcess(arguments);
            EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(run.out.isEmpty());
            EXPECT_EQ(run.err,
                      QStringLiteral("limber: '%1' does not take the option --%2.\n"
                                     "Try 'limber --help' for how to use it.\n")
                          .arg(command->name(), option.name));
            ++refusals;
        }
    }
    EXPECT_GT(refusals, 40);

    const Outcome unknown = CliTest::runInProcess(words("show desk-break --colour"));
    EXPECT_EQ(unknown.err,
              QStringLiteral("limber: 'show' does not take the option --colour.\n"
                             "Try 'limber --help' for how to use it.\n"));
}

TEST(CommandSpecs, UsageMistakesQuoteTheSynopsis)
{
    const Outcome missing = CliTest::runInProcess(words("export"));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err,
              QStringLiteral("limber: 'export' is missing an argument. Usage: limber export ROUTINE -o "
                             "FILE [--force]\nTry 'limber --help' for how to use it.\n"));
    const Outcome extra = CliTest::runInProcess(words("routines a b"));
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_EQ(extra.err,
              QStringLiteral("limber: 'routines' got too many arguments (a b). Usage: limber routines "
                             "[--json]\nTry 'limber --help' for how to use it.\n"));
    EXPECT_EQ(CliTest::runInProcess({}).err,
              QStringLiteral("limber: no command given.\nTry 'limber --help' for how to use it.\n"));
    EXPECT_EQ(CliTest::runInProcess(words("dance")).err,
              QStringLiteral("limber: 'dance' is not a command.\nTry 'limber --help' for how to use it.\n"));
}

TEST(CommandSpecs, TheParserKnowsWhichOptionsTakeAValue)
{
    const Limber::ArgumentParser parser = CommandLine::parser();
    ParsedArguments parsed;
    QString error;
    ASSERT_TRUE(parser.parse(words("--data-dir /d export -o out.json desk-break --force -- --json"), parsed, error))
        << error.toStdString();
    EXPECT_EQ(parsed.command, QStringLiteral("export"));
    EXPECT_EQ(parsed.positional, words("desk-break --json"));
    EXPECT_EQ(parsed.value(QStringLiteral("data-dir")), QStringLiteral("/d"));
    EXPECT_EQ(parsed.value(QStringLiteral("output")), QStringLiteral("out.json")); // -o is --output
    EXPECT_TRUE(parsed.has(QStringLiteral("force")));
    EXPECT_FALSE(parsed.has(QStringLiteral("json")));

    // An option no command declares is kept as a flag, for the command to refuse.
    parsed = {};
    ASSERT_TRUE(parser.parse(words("show x --colour -h"), parsed, error));
    EXPECT_EQ(parsed.options.keys(), words("colour help"));

    const auto problem = [&parser](const char *arguments) {
        ParsedArguments ignored;
        QString message;
        EXPECT_FALSE(parser.parse(words(arguments), ignored, message)) << arguments;
        return message;
    };
    EXPECT_EQ(problem("show x --level"), QStringLiteral("the option --level needs a value."));
    EXPECT_EQ(problem("export x -o"), QStringLiteral("the option -o needs a value."));
    EXPECT_EQ(problem("sheet x --weeks="), QStringLiteral("the option --weeks= needs a value."));
    EXPECT_EQ(problem("exercises --json=yes"), QStringLiteral("the option --json takes no value."));
    EXPECT_EQ(problem("show x --colour=red"), QStringLiteral("the option --colour takes no value."));
    EXPECT_EQ(problem("export x -o a --output b"), QStringLiteral("the option --output is given twice."));

    // Every option declared with an argument takes one, whichever command declares it.
    for (const CommandOption &option : everyOption()) {
        if (option.takesValue()) {
            EXPECT_EQ(problem(qPrintable(QStringLiteral("--") + option.name)),
                      QStringLiteral("the option --%1 needs a value.").arg(option.name));
        }
    }
}

TEST(CommandSpecs, StartIsReadForTheWindow)
{
    using Limber::Level;
    const std::optional<CommandLine::StartRequest> start
        = CommandLine::startRequest(words("--data-dir /d start desk-break --level full"));
    ASSERT_TRUE(start.has_value());
    EXPECT_EQ(start->routine, QStringLiteral("desk-break"));
    EXPECT_EQ(start->level, Level::Full);
    EXPECT_EQ(start->dataDir, QStringLiteral("/d"));
    EXPECT_TRUE(start->error.isEmpty()) << start->error.toStdString();

    const std::optional<CommandLine::StartRequest> plain = CommandLine::startRequest(words("start Desk break"));
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->error,
              QStringLiteral("'start' needs one routine. Usage: limber start ROUTINE [--level gentle|standard|full]"));
    EXPECT_FALSE(CommandLine::startRequest(words("start desk-break"))->level.has_value());
    EXPECT_EQ(CommandLine::startRequest(words("start desk-break --level hard"))->error,
              QStringLiteral("the level must be gentle, standard or full, not 'hard'."));
    EXPECT_EQ(CommandLine::startRequest(words("start desk-break --help"))->error,
              QStringLiteral("'start' does not take the option --help."));

    EXPECT_FALSE(CommandLine::startRequest(words("show desk-break")).has_value());
    EXPECT_FALSE(CommandLine::startRequest(words("start desk-break --level")).has_value()); // run() says why
    EXPECT_FALSE(CommandLine::startRequest(words("-style Fusion")).has_value());
    // Only the window runs it: the command line does not know it.
    EXPECT_EQ(CliTest::runInProcess(words("start desk-break")).err,
              QStringLiteral("limber: 'start' is not a command.\nTry 'limber --help' for how to use it.\n"));
}

TEST(CommandSpecs, TheCommandWordIsFoundAmongTheOptions)
{
    EXPECT_EQ(CommandLine::commandName(words("--data-dir /d sheet x -o a.pdf")), QStringLiteral("sheet"));
    EXPECT_EQ(CommandLine::commandName(words("--data-dir=/d --json routines")), QStringLiteral("routines"));
    EXPECT_EQ(CommandLine::commandName(words("--level gentle")), QString());
    EXPECT_EQ(CommandLine::commandName(words("-style Fusion")), QString());
    EXPECT_EQ(CommandLine::commandName(words("sheet --level")), QString()); // run() says why
}

TEST(CommandSpecs, SheetHandsTheWriterWhatWasAskedFor)
{
    QTemporaryDir data;
    QTemporaryDir work;
    std::optional<Limber::SheetRequest> asked;
    const Limber::SheetWriter writer = [&asked](const Limber::SheetRequest &request) -> Limber::MaybeError {
        asked.emplace(request);
        return std::nullopt;
    };
    const QString path = work.filePath(QStringLiteral("desk.pdf"));
    const QStringList base{QStringLiteral("--data-dir=") + data.path(), QStringLiteral("sheet"),
                           QStringLiteral("desk-break"), QStringLiteral("-o"), path};

    Outcome run = CliTest::runInProcess(base, writer);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Wrote the routine sheet for \"Desk break\" to %1.\n").arg(path));
    ASSERT_TRUE(asked.has_value());
    EXPECT_EQ(asked->routine.id, QStringLiteral("desk-break"));
    EXPECT_EQ(asked->level, asked->routine.level);
    EXPECT_EQ(asked->paper, QString()); // the locale's
    EXPECT_EQ(asked->layout, QStringLiteral("detailed"));
    EXPECT_EQ(asked->weeks, 1);
    EXPECT_EQ(asked->personName, QString());
    EXPECT_EQ(asked->output, path);

    asked.reset();
    run = CliTest::runInProcess(
        base + words("--force --paper LETTER --layout compact --weeks 8 --level full --name Jo"), writer);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(asked.has_value());
    EXPECT_EQ(asked->paper, QStringLiteral("letter"));
    EXPECT_EQ(asked->layout, QStringLiteral("compact"));
    EXPECT_EQ(asked->weeks, 8);
    EXPECT_EQ(asked->level, Limber::Level::Full);
    EXPECT_EQ(asked->personName, QStringLiteral("Jo"));

    // Bad options never reach the writer.
    asked.reset();
    for (const char *options : {"--paper a5", "--layout wide", "--weeks 0", "--weeks 9", "--weeks two", "--level hard"})
        EXPECT_EQ(CliTest::runInProcess(base + words(options), writer).exitCode, 2) << options;
    EXPECT_EQ(
        CliTest::runInProcess(base + QStringList{QStringLiteral("--name"), QStringLiteral("Jo\nDoe")}, writer).exitCode,
        2);
    EXPECT_FALSE(asked.has_value());

    // A build without a writer says so.
    const Outcome none
        = CliTest::runInProcess(base + QStringList{QStringLiteral("--force")}, Limber::CommandLine::SheetWriter());
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_EQ(none.err, QStringLiteral("limber: this build of Limber cannot write routine sheets.\n"));
}
