#pragma once

#include "BundledContent.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "storage/RoutineFormat.h"

#include <gtest/gtest.h>

#include <QStringList>

namespace Limber::Test {

// The built-in routines, read once from the resources bundled with the core.
inline const QList<Routine> &builtInRoutines()
{
    static const QList<Routine> routines = [] {
        auto loaded = RoutineFormat::loadBuiltIns(bundledCatalog());
        if (!loaded.ok())
            ADD_FAILURE() << loaded.error().message().toStdString();
        return loaded.ok() ? loaded.value() : QList<Routine>();
    }();
    return routines;
}

inline Routine routineOf(const QStringList &exerciseIds, int restBetweenSeconds = 15, Level level = Level::Gentle)
{
    Routine routine;
    routine.id = QStringLiteral("test");
    routine.name = QStringLiteral("Test");
    routine.level = level;
    routine.restBetweenSeconds = restBetweenSeconds;
    for (const QString &id : exerciseIds)
        routine.items.append(RoutineItem{id, {}});
    return routine;
}

} // namespace Limber::Test
