#pragma once

#include "cli/CommandLine.h"
#include "storage/FileError.h"

#include <QCoreApplication>

namespace Limber {

// `limber sheet`: the part of the command that needs Qt GUI. CommandLine (Qt Core only) checks
// the arguments and finds the routine; main() hands it write() as its sheet writer.
class SheetCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::SheetCommand)

public:
    static MaybeError write(const CommandLine::SheetRequest &request);
};

} // namespace Limber
