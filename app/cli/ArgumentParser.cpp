#include "ArgumentParser.h"

namespace Limber {

ArgumentParser::ArgumentParser(QList<CommandOption> knownOptions)
    : m_options(std::move(knownOptions))
{ }

QString ArgumentParser::longName(const QString &name) const
{
    if (name.size() == 1) {
        for (const CommandOption &option : m_options) {
            if (option.shortName == name.at(0))
                return option.name;
        }
    }
    return name;
}

bool ArgumentParser::takesValue(const QString &name) const
{
    return std::any_of(m_options.cbegin(), m_options.cend(),
                       [&name](const CommandOption &option) { return option.name == name && option.takesValue(); });
}

bool ArgumentParser::parse(const QStringList &arguments, ParsedArguments &parsed, QString &error) const
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            parsed.positional += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(QLatin1String("--"))
            || (argument.startsWith(QLatin1Char('-')) && argument.size() == 2)) {
            QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2) : argument.mid(1);
            QString value;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            const bool hasInlineValue = equals >= 0;
            if (hasInlineValue) {
                value = name.mid(equals + 1);
                name = name.left(equals);
            }
            name = longName(name);
            if (takesValue(name)) {
                if (!hasInlineValue) {
                    if (i + 1 >= arguments.size()) {
                        error = tr("the option %1 needs a value.").arg(argument);
                        return false;
                    }
                    value = arguments.at(++i);
                }
                if (value.isEmpty()) {
                    error = tr("the option %1 needs a value.").arg(argument);
                    return false;
                }
            } else if (hasInlineValue) {
                error = tr("the option --%1 takes no value.").arg(name);
                return false;
            }
            if (parsed.options.contains(name)) {
                error = tr("the option --%1 is given twice.").arg(name);
                return false;
            }
            parsed.options.insert(name, value);
            continue;
        }
        if (parsed.command.isEmpty())
            parsed.command = argument;
        else
            parsed.positional.append(argument);
    }
    return true;
}

} // namespace Limber
