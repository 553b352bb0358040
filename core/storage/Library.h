#pragma once

#include "Result.h"
#include "RoutineStore.h"
#include "model/Catalog.h"

#include <memory>

namespace Limber {

// Everything Limber reads at start, in one place for the window and the command line: the
// bundled catalog, the built-in routines and the user's routine store in a data folder.
class Library final
{
public:
    // Fails only when the bundled content itself is damaged. An unreadable routine store is not
    // a failure: it is reported by storeProblem(), and the store refuses to save over it.
    static Result<std::shared_ptr<Library>> open(const QString &dataDir);

    [[nodiscard]] const Catalog &catalog() const { return *m_catalog; }
    [[nodiscard]] RoutineStore &routines() { return *m_store; }
    [[nodiscard]] const RoutineStore &routines() const { return *m_store; }
    [[nodiscard]] const MaybeError &storeProblem() const { return m_storeProblem; }

    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;
    ~Library();

private:
    Library() = default;

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<RoutineStore> m_store;
    MaybeError m_storeProblem;
};

} // namespace Limber
