#pragma once

#include <QMap>
#include <QStringList>

namespace Limber {

// A command line as ArgumentParser sorted it: the command word, the positional arguments and the
// options, by name without dashes (the short -o is stored as "output").
struct ParsedArguments {
    QString command;
    QStringList positional;
    QMap<QString, QString> options; // name -> value ("" for flags)

    [[nodiscard]] bool has(const QString &option) const { return options.contains(option); }
    [[nodiscard]] QString value(const QString &option, const QString &fallback = {}) const
    {
        return options.value(option, fallback);
    }
};

} // namespace Limber
