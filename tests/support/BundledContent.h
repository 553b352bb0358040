#pragma once

#include "illustration/IllustrationSet.h"
#include "model/Catalog.h"

namespace Limber {

// The content bundled with the core (resources/), loaded once for the whole test binary. A file
// that does not load fails the test that first asked for it, which then sees an empty set.
[[nodiscard]] const Catalog &bundledCatalog();
// The bundled catalog's exercise with this id; a missing one throws, failing the test.
[[nodiscard]] const Exercise &bundledExercise(const char *id);
// The bundled illustrations (resources/illustrations/poses.json).
[[nodiscard]] const IllustrationSet &art();

} // namespace Limber
