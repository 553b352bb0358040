#include "StartCommand.h"

#include "cli/LevelOption.h"

namespace Limber {

QString StartCommand::name()
{
    return QStringLiteral("start");
}

QList<CommandOption> StartCommand::options()
{
    return {LevelOption::spec()};
}

StartRequest StartCommand::request(const ParsedArguments &parsed)
{
    // Every check runs; the last complaint is the one reported.
    StartRequest request;
    request.dataDir = parsed.value(QStringLiteral("data-dir"));
    const QList<CommandOption> own = options();
    const auto takes = [&own](const QString &option) {
        return option == QLatin1String("data-dir") // the one option of every command that start keeps
            || std::any_of(own.cbegin(), own.cend(), [&option](const CommandOption &o) { return o.name == option; });
    };
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        if (!takes(it.key()))
            request.error = tr("'start' does not take the option --%1.").arg(it.key());
    }
    if (parsed.positional.size() != 1)
        request.error = tr("'start' needs one routine. Usage: limber start ROUTINE [--level gentle|standard|full]");
    else
        request.routine = parsed.positional.first();
    if (parsed.has(QStringLiteral("level"))) {
        request.level = levelFromId(parsed.value(QStringLiteral("level")));
        if (!request.level)
            request.error = LevelOption::problem(parsed);
    }
    return request;
}

} // namespace Limber
