#include "Library.h"

#include "CatalogFormat.h"
#include "RoutineFormat.h"

#include <QCoreApplication>

namespace Limber {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::Library)
};
} // namespace

Library::~Library() = default;

Result<std::shared_ptr<Library>> Library::open(const QString &dataDir)
{
    Result<Catalog> catalog = CatalogFormat::load();
    if (!catalog)
        return FileError{catalog.error().file, catalog.error().where,
                         Text::tr("the bundled exercise catalog is damaged: %1").arg(catalog.error().problem)};

    std::shared_ptr<Library> library(new Library);
    library->m_catalog = std::make_unique<Catalog>(std::move(catalog).value());

    Result<QList<Routine>> builtIns = RoutineFormat::loadBuiltIns(*library->m_catalog);
    if (!builtIns)
        return FileError{builtIns.error().file, builtIns.error().where,
                         Text::tr("the bundled routines are damaged: %1").arg(builtIns.error().problem)};

    library->m_store = std::make_unique<RoutineStore>(*library->m_catalog, std::move(builtIns).value(), dataDir);
    library->m_storeProblem = library->m_store->load();
    return library;
}

} // namespace Limber
