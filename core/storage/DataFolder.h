#pragma once

#include <QString>

namespace Limber::DataFolder {

// The environment variable that chooses the data folder when --data-dir is not given.
inline constexpr char environmentVariable[] = "LIMBER_DATA_DIR";

// Where Limber keeps the user's files: `override` if given (--data-dir), else $LIMBER_DATA_DIR,
// else the platform's app data folder (~/.local/share/Limber on Linux).
QString resolve(const QString &override = {});

} // namespace Limber::DataFolder
