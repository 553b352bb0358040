#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Limber {

// How hard a routine is played: the article gives ranges, and a level picks a number from each.
enum class Level {
    Gentle, // the low end of every range
    Standard, // the middle, rounded half up
    Full, // the high end
};

inline constexpr std::array<Level, 3> allLevels{Level::Gentle, Level::Standard, Level::Full};

// Stable identifiers used in files and on the command line ("gentle", "standard", "full").
QString levelId(Level level);
std::optional<Level> levelFromId(const QString &id);

// The translated name shown to people.
QString levelLabel(Level level);

} // namespace Limber
