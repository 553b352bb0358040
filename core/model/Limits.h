#pragma once

#include <QtGlobal>

namespace Limber::Limits {

// What any routine may ask for. Files that ask for more are refused with a clear message.
inline constexpr int maxItems = 100;
inline constexpr int minSeconds = 1; // a hold, a squeeze, a timed block
inline constexpr int maxSeconds = 30 * 60; // 30 minutes
inline constexpr int maxRestSeconds = 30 * 60; // rests may be 0
inline constexpr int minReps = 1;
inline constexpr int maxReps = 100;
inline constexpr int minSets = 1;
inline constexpr int maxSets = 10;
inline constexpr int maxNameLength = 80;
inline constexpr int maxDescriptionLength = 2000;
inline constexpr int maxIdLength = 64;
inline constexpr qint64 maxFileBytes = 1024 * 1024; // 1 MiB

} // namespace Limber::Limits
