#include "BundledContent.h"

#include "illustration/IllustrationFormat.h"
#include "storage/CatalogFormat.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace Limber {

const Catalog &bundledCatalog()
{
    static const Catalog catalog = [] {
        Result<Catalog> loaded = CatalogFormat::load();
        EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().message().toStdString());
        return loaded.ok() ? loaded.value() : Catalog();
    }();
    return catalog;
}

const Exercise &bundledExercise(const char *id)
{
    const Exercise *found = bundledCatalog().find(QString::fromLatin1(id));
    if (!found)
        throw std::runtime_error(std::string("missing exercise ") + id);
    return *found;
}

const IllustrationSet &art()
{
    static const IllustrationSet set = [] {
        Result<IllustrationSet> loaded = IllustrationFormat::load();
        EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().message().toStdString());
        return loaded.ok() ? loaded.value() : IllustrationSet();
    }();
    return set;
}

} // namespace Limber
