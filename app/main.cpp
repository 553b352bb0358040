// limber: with a command it answers on the terminal without opening a window; without one it
// opens the window. See `limber --help`.
#include "cli/CommandLine.h"
#include "platform/Translations.h"
#include "print/SheetCommand.h"
#include "storage/DataFolder.h"
#include "windows/DesktopApp.h"

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

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Limber"));
    Limber::installTranslations(app);
    return Limber::runDesktopApp(app, Limber::DataFolder::resolve(dataDirArgument(arguments)),
                                 start ? start->routine : QString(), start ? start->level : std::nullopt);
}
