#include "BundledContent.h"

#include "illustration/IllustrationFormat.h"
#include "storage/CatalogFormat.h"

#include <gtest/gtest.h>

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
