#pragma once

#include "model/Level.h"
#include "model/Routine.h"
#include "storage/FileError.h"

#include <functional>

namespace Limber {

class Catalog;

// `limber sheet`: the command line checks the arguments and finds the routine; drawing the PDF
// needs Qt GUI, which limber_cli does not link, so main() supplies the writer.
struct SheetRequest {
    Routine routine;
    const Catalog &catalog;
    Level level;
    QString paper; // "a4", "letter", or empty for the locale's usual paper
    QString layout; // "detailed" or "compact"
    int weeks;
    QString personName;
    QString output;
};

using SheetWriter = std::function<MaybeError(const SheetRequest &)>;

} // namespace Limber
