#pragma once

#include "cli/CommandOption.h"
#include "cli/ParsedArguments.h"
#include "cli/StartRequest.h"

#include <QCoreApplication>
#include <QList>

namespace Limber {

// `limber start ROUTINE [--level L]`: not run by the command line but by the window, which it
// opens straight into a session; the command line only reads and checks its arguments.
class StartCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    static QString name();
    // Besides --data-dir.
    static QList<CommandOption> options();
    static StartRequest request(const ParsedArguments &parsed);
};

} // namespace Limber
