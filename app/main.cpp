// limber: with a command it answers on the terminal without opening a window; without one it
// opens the window. See `limber --help`.
#include "LimberVersion.h"
#include "cli/CommandLine.h"
#include "desktop/DesktopApp.h"
#include "platform/SingleInstance.h"
#include "platform/Translations.h"
#include "print/SheetCommand.h"
#include "storage/DataFolder.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString dataDirArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--data-dir") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--data-dir=")))
            return arguments.at(i).mid(11);
    }
    return {};
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = rawArguments(argc, argv);
    const std::optional<Limber::CommandLine::StartRequest> start = Limber::CommandLine::startRequest(arguments);
    if (start && !start->error.isEmpty()) {
        QTextStream(stderr) << QStringLiteral("limber: ") << start->error << Qt::endl;
        return Limber::CommandLine::BadUsage;
    }
    if (!start && Limber::CommandLine::commandName(arguments) == QLatin1String("sheet")) {
        // Drawing the PDF needs Qt GUI (fonts, QPainter) but never a screen: always offscreen,
        // so the command works the same with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        Limber::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        Limber::CommandLine commandLine(out, err);
        commandLine.setSheetWriter(&Limber::SheetCommand::write);
        return commandLine.run(QCoreApplication::arguments().mid(1));
    }
    if (!start && Limber::CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Limber::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Limber::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
    }

    // Read before QApplication: Qt's X11 connection takes DESKTOP_STARTUP_ID away as it starts.
    const QString launchToken = qEnvironmentVariableIsEmpty("XDG_ACTIVATION_TOKEN")
        ? qEnvironmentVariable("DESKTOP_STARTUP_ID")
        : qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Limber"));
    Limber::installTranslations(app);

    Limber::DesktopOptions options;
    options.dataDirOption = dataDirArgument(arguments);
    if (options.dataDirOption.isEmpty())
        options.dataDirOption = qEnvironmentVariable(Limber::DataFolder::environmentVariable);
    options.dataDir = Limber::DataFolder::resolve(dataDirArgument(arguments));
    options.background = arguments.contains(QLatin1String("--background"));
    if (start) {
        options.startRoutine = start->routine;
        options.level = start->level;
    }

    // One Limber per user and data folder: a second launch hands its request to the first.
    using Limber::SingleInstance;
    SingleInstance instance(SingleInstance::serverNameFor(options.dataDir));
    switch (instance.listen()) {
    case SingleInstance::Role::Primary:
        break;
    case SingleInstance::Role::Secondary: {
        if (options.background && !start)
            return 0; // started at login, but Limber already runs
        SingleInstance::Request request = start ? SingleInstance::Request::start(start->routine, start->level)
                                                : SingleInstance::Request::activate();
        request.activationToken = launchToken;
        if (const QString error = instance.send(request); !error.isEmpty()) {
            QTextStream(stderr) << QStringLiteral("limber: ") << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    case SingleInstance::Role::Unavailable: // run all the same, without the check
        QTextStream(stderr) << QStringLiteral("limber: ") << instance.errorString() << Qt::endl;
        break;
    }
    return Limber::runDesktopApp(app, options, instance.isPrimary() ? &instance : nullptr);
}
