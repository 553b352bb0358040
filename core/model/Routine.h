#pragma once

#include "Level.h"
#include "RoutineItem.h"

#include <QList>
#include <QString>

namespace Limber {

// An ordered list of exercises with the rest between them. Built-in routines ship with Limber
// and cannot be changed, only copied; user routines live in the data folder.
struct Routine {
    static constexpr int defaultRestBetweenSeconds = 15;

    QString id;
    QString name;
    QString description;
    Level level = Level::Standard; // the level it is played at unless the user picks another
    int restBetweenSeconds = defaultRestBetweenSeconds;
    QList<RoutineItem> items;
    bool builtIn = false;

    // A session, a sheet and a reminder need at least one exercise.
    [[nodiscard]] bool isPlayable() const { return !items.isEmpty(); }

    friend bool operator==(const Routine &, const Routine &) = default;
};

} // namespace Limber
