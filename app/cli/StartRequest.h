#pragma once

#include "model/Level.h"

#include <QString>

#include <optional>

namespace Limber {

// `limber start ROUTINE [--level L]`: what the window is to start.
struct StartRequest {
    QString routine;
    std::optional<Level> level;
    QString dataDir;
    QString error; // set for wrong usage (exit code 2)
};

} // namespace Limber
