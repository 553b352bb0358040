#pragma once

#include "model/Exercise.h"
#include "model/Level.h"
#include "model/RoutineItem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Limber {

// An exercise of the routine in the words the sheet prints, in either layout: its name, its
// dose at the sheet's level, about how long it takes, its facts, its steps and safety note.
struct SheetExercise {
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    QString id;
    QString name;
    QString dose;
    QString time;
    QString facts;
    QStringList steps; // with the dose above, as the session says it
    QString articleSuggests; // the article's range, as the source: "The article suggests: …"
    QString safety;
    QStringList keyPositions; // the illustration's positions to draw, in order
    bool perSide = false;

    static SheetExercise of(const Exercise &exercise, const RoutineItem &item, Level level);
};

} // namespace Limber
