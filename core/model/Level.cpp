#include "Level.h"

#include <QCoreApplication>

namespace Limber {

QString levelId(Level level)
{
    switch (level) {
    case Level::Gentle:
        return QStringLiteral("gentle");
    case Level::Standard:
        return QStringLiteral("standard");
    case Level::Full:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<Level> levelFromId(const QString &id)
{
    for (Level level : allLevels) {
        if (levelId(level) == id)
            return level;
    }
    return std::nullopt;
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Gentle:
        return QCoreApplication::translate("Limber::Level", "Gentle");
    case Level::Standard:
        return QCoreApplication::translate("Limber::Level", "Standard");
    case Level::Full:
        return QCoreApplication::translate("Limber::Level", "Full");
    }
    return {};
}

} // namespace Limber
