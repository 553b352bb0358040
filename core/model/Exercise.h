#pragma once

#include "Dose.h"
#include "Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Limber {

// Where an exercise's art lives and which key positions it shows (at least two for a movement).
struct Illustration {
    QString resource; // a Qt resource path, e.g. ":/illustrations/cat-cow.svg"
    QStringList keyPositions; // e.g. {"cow", "cat"}
    bool placeholder = false; // true until the real art lands

    friend bool operator==(const Illustration &, const Illustration &) = default;
};

// One item of the catalog: a stretch, a strengthening exercise or a posture tip.
struct Exercise {
    QString id; // stable, e.g. "cat-cow"
    QString code; // the article's place, e.g. "S1"
    QString name;
    QList<ExerciseKind> kinds; // the first is the main one (Cobra is strength and stretch)
    Position position = Position::Standing;
    QList<Equipment> equipment;
    bool equipmentIsChoice = false; // true: any one of `equipment` will do (band or dumbbells)
    QList<TargetArea> targets;
    QString summary; // what it does, in a sentence
    // The steps as the article gives them, its ranges written out ("Hold for 20 to 30 seconds").
    QStringList steps;
    // The same steps with their numbers as placeholders ("Hold for {seconds}"): StepText fills
    // them with the dose being given.
    QStringList stepTemplates;
    QString safety;
    Dose dose;
    Illustration illustration;

    [[nodiscard]] ExerciseKind mainKind() const { return kinds.value(0, ExerciseKind::Stretch); }
    [[nodiscard]] bool hasKind(ExerciseKind kind) const { return kinds.contains(kind); }
    [[nodiscard]] bool needsFloor() const { return isFloorPosition(position); }
    [[nodiscard]] bool needsNoEquipment() const { return equipment.isEmpty(); }

    friend bool operator==(const Exercise &, const Exercise &) = default;
};

} // namespace Limber
