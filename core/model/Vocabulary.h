#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The closed sets of words the catalog uses, each with a stable id (in files, on the command
// line, in filters) and a translated label (shown to people).
namespace Limber {

enum class ExerciseKind { Stretch, Strength, Posture };

enum class Position {
    AllFours,
    Kneeling,
    Standing,
    SittingOrStanding,
    LyingFaceDown,
    LyingOnBack,
};

enum class Equipment { Wall, Corner, ResistanceBand, Dumbbells, FoamRoller };

enum class TargetArea { Spine, UpperBack, MidBack, LowerBack, ShoulderBlades, Shoulders, Chest };

QList<ExerciseKind> allExerciseKinds();
QList<Position> allPositions();
QList<Equipment> allEquipment();
QList<TargetArea> allTargetAreas();

QString idOf(ExerciseKind kind);
QString idOf(Position position);
QString idOf(Equipment equipment);
QString idOf(TargetArea area);

QString labelOf(ExerciseKind kind);
QString labelOf(Position position);
QString labelOf(Equipment equipment);
QString labelOf(TargetArea area);

std::optional<ExerciseKind> exerciseKindFromId(const QString &id);
std::optional<Position> positionFromId(const QString &id);
std::optional<Equipment> equipmentFromId(const QString &id);
std::optional<TargetArea> targetAreaFromId(const QString &id);

// The ids of a list of words, e.g. {"stretch", "strength"}.
template <typename Enum> QStringList idsOf(const QList<Enum> &values)
{
    QStringList ids;
    for (Enum value : values)
        ids.append(idOf(value));
    return ids;
}

// Positions that put the person on the floor (no good in an office).
bool isFloorPosition(Position position);

// Whether an exercise done in `exercisePosition` can be done by someone who asks for `asked`: the
// question a filter answers ("can I do it standing?"). "Sitting or standing" exercises can be done
// standing; asked for as "sitting or standing" (sitting, really), only they can.
bool canBeDoneIn(Position exercisePosition, Position asked);

// The word for a position as a filter asks for it: "Sitting" for SittingOrStanding (those are the
// exercises one can do sitting), else labelOf().
QString askedLabelOf(Position position);

} // namespace Limber
