#pragma once

#include "CommandOption.h"
#include "ParsedArguments.h"
#include "model/Level.h"

#include <QCoreApplication>

namespace Limber {

// --level gentle|standard|full, shared by the commands that play or print a routine.
class LevelOption final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    static CommandOption spec();
    // The complaint about a --level that names no level, or empty.
    static QString problem(const ParsedArguments &parsed);
    // The level asked for, or `fallback` (the routine's own) when none was.
    static Level chosen(const ParsedArguments &parsed, Level fallback);
};

} // namespace Limber
