#pragma once

#include "Result.h"
#include "model/Catalog.h"

namespace Limber::CatalogFormat {

inline const QString formatName = QStringLiteral("limber-catalog");
inline constexpr int newestVersion = 1;

// The catalog bundled with Limber, read from its resource. Texts are passed through the
// translator (context "Limber::Catalog") as they are read.
inline const QString builtInPath = QStringLiteral(":/limber/catalog/exercises.json");

Result<Catalog> parse(const QByteArray &bytes, const QString &fileName);
Result<Catalog> load(const QString &path = builtInPath);

} // namespace Limber::CatalogFormat
