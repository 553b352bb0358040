#pragma once

#include "CommandOption.h"

#include <QCoreApplication>
#include <QList>

namespace Limber {

// The options every command takes: --data-dir, -h/--help and --version.
class GlobalOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    // With their help, translated now (the data folder it names is the current one).
    static QList<CommandOption> all();
};

} // namespace Limber
