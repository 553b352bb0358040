#include "Command.h"

namespace Limber {

Command::~Command() = default;

QString Command::synopsis() const
{
    QStringList words{name()};
    words += arguments();
    for (const CommandOption &option : options()) {
        if (option.inSynopsis)
            words.append(option.synopsis());
    }
    return words.join(QLatin1Char(' '));
}

bool Command::takesOption(const QString &option) const
{
    const QList<CommandOption> own = options();
    return std::any_of(own.cbegin(), own.cend(), [&option](const CommandOption &o) { return o.name == option; });
}

QString Command::usageProblem(const ParsedArguments &parsed, const QList<CommandOption> &globalOptions) const
{
    const auto isGlobal = [&globalOptions](const QString &option) {
        return std::any_of(globalOptions.cbegin(), globalOptions.cend(),
                           [&option](const CommandOption &o) { return o.name == option; });
    };
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        if (!isGlobal(it.key()) && !takesOption(it.key()))
            return tr("'%1' does not take the option --%2.").arg(name(), it.key());
    }
    const qsizetype count = arguments().size();
    if (parsed.positional.size() < count)
        return tr("'%1' is missing an argument. Usage: limber %2").arg(name(), synopsis());
    if (parsed.positional.size() > count)
        return tr("'%1' got too many arguments (%2). Usage: limber %3")
            .arg(name(), parsed.positional.mid(count).join(QLatin1Char(' ')), synopsis());
    return optionProblem(parsed);
}

QString Command::optionProblem(const ParsedArguments & /*parsed*/) const
{
    return {};
}

} // namespace Limber
