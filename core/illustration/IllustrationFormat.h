#pragma once

#include "IllustrationSet.h"
#include "storage/Result.h"

namespace Limber::IllustrationFormat {

// The pose file: {"format": "limber-illustrations", "version": 1, "illustrations": [...]}.
// Each illustration names its exercise, the camera, the props, the highlighted part of the spine
// and its key positions; each key position gives every joint as [x, y] or [x, y, z] in whole
// centimetres (x forward, y up from the floor, z toward the figure's right; a missing z puts the
// joint on its side of the body), a spineCurve and a retraction in percent, and arrows.
inline const QString formatName = QStringLiteral("limber-illustrations");
inline constexpr int newestVersion = 1;

// The poses bundled with Limber.
inline const QString builtInPath = QStringLiteral(":/limber/illustrations/poses.json");

Result<IllustrationSet> parse(const QByteArray &bytes, const QString &fileName);
Result<IllustrationSet> load(const QString &path = builtInPath);

} // namespace Limber::IllustrationFormat
