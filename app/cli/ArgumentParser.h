#pragma once

#include "CommandOption.h"
#include "ParsedArguments.h"

#include <QCoreApplication>
#include <QList>

namespace Limber {

// Sorts a command line into the command word, positional arguments and options. It knows the
// options of every command at once (the command word may come after them), so it can tell an
// option's value from the next word; whether a command takes an option is the command's business.
class ArgumentParser final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    explicit ArgumentParser(QList<CommandOption> knownOptions);

    // False with `error` set for an option without its value, a flag given a value, or an option
    // given twice. Options nobody declared are kept as flags for the command to refuse.
    bool parse(const QStringList &arguments, ParsedArguments &parsed, QString &error) const;

private:
    QString longName(const QString &name) const;
    bool takesValue(const QString &name) const;

    QList<CommandOption> m_options;
};

} // namespace Limber
