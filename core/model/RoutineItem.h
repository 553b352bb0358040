#pragma once

#include "DoseOverride.h"

#include <QString>

namespace Limber {

// One exercise in a routine, with the user's own numbers where they set them.
struct RoutineItem {
    QString exerciseId;
    DoseOverride override;

    friend bool operator==(const RoutineItem &, const RoutineItem &) = default;
};

} // namespace Limber
