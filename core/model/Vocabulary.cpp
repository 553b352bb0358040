#include "Vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace Limber {
namespace {

template <typename Enum> struct Word {
    Enum value;
    const char *id;
    const char *label; // source text, translated in the "Limber::Vocabulary" context
};

constexpr const char *context = "Limber::Vocabulary";

constexpr std::array kindWords{
    Word<ExerciseKind>{ExerciseKind::Stretch, "stretch", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Stretch")},
    Word<ExerciseKind>{ExerciseKind::Strength, "strength", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Strength")},
    Word<ExerciseKind>{ExerciseKind::Posture, "posture", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Posture tip")},
};

constexpr std::array positionWords{
    Word<Position>{Position::AllFours, "all-fours", QT_TRANSLATE_NOOP("Limber::Vocabulary", "On all fours")},
    Word<Position>{Position::Kneeling, "kneeling", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Kneeling")},
    Word<Position>{Position::Standing, "standing", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Standing")},
    Word<Position>{Position::SittingOrStanding, "sitting-or-standing",
                   QT_TRANSLATE_NOOP("Limber::Vocabulary", "Sitting or standing")},
    Word<Position>{Position::LyingFaceDown, "lying-face-down",
                   QT_TRANSLATE_NOOP("Limber::Vocabulary", "Lying face down")},
    Word<Position>{Position::LyingOnBack, "lying-on-back",
                   QT_TRANSLATE_NOOP("Limber::Vocabulary", "Lying on your back")},
};

constexpr std::array equipmentWords{
    Word<Equipment>{Equipment::Wall, "wall", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Wall")},
    Word<Equipment>{Equipment::Corner, "corner", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Room corner")},
    Word<Equipment>{Equipment::ResistanceBand, "resistance-band",
                    QT_TRANSLATE_NOOP("Limber::Vocabulary", "Resistance band")},
    Word<Equipment>{Equipment::Dumbbells, "dumbbells", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Light dumbbells")},
    Word<Equipment>{Equipment::FoamRoller, "foam-roller", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Foam roller")},
};

constexpr std::array targetWords{
    Word<TargetArea>{TargetArea::Spine, "spine", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Spine")},
    Word<TargetArea>{TargetArea::UpperBack, "upper-back", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Upper back")},
    Word<TargetArea>{TargetArea::MidBack, "mid-back", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Mid back")},
    Word<TargetArea>{TargetArea::LowerBack, "lower-back", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Lower back")},
    Word<TargetArea>{TargetArea::ShoulderBlades, "shoulder-blades",
                     QT_TRANSLATE_NOOP("Limber::Vocabulary", "Between the shoulder blades")},
    Word<TargetArea>{TargetArea::Shoulders, "shoulders", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Shoulders")},
    Word<TargetArea>{TargetArea::Chest, "chest", QT_TRANSLATE_NOOP("Limber::Vocabulary", "Chest")},
};

template <typename Enum, std::size_t N> QList<Enum> valuesOf(const std::array<Word<Enum>, N> &words)
{
    QList<Enum> values;
    for (const auto &word : words)
        values.append(word.value);
    return values;
}

template <typename Enum, std::size_t N> const Word<Enum> *find(const std::array<Word<Enum>, N> &words, Enum value)
{
    for (const auto &word : words) {
        if (word.value == value)
            return &word;
    }
    return nullptr;
}

template <typename Enum, std::size_t N> QString idIn(const std::array<Word<Enum>, N> &words, Enum value)
{
    const auto *word = find(words, value);
    return word ? QString::fromLatin1(word->id) : QString();
}

template <typename Enum, std::size_t N> QString labelIn(const std::array<Word<Enum>, N> &words, Enum value)
{
    const auto *word = find(words, value);
    return word ? QCoreApplication::translate(context, word->label) : QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<Word<Enum>, N> &words, const QString &id)
{
    for (const auto &word : words) {
        if (id == QLatin1String(word.id))
            return word.value;
    }
    return std::nullopt;
}

} // namespace

QList<ExerciseKind> allExerciseKinds()
{
    return valuesOf(kindWords);
}
QList<Position> allPositions()
{
    return valuesOf(positionWords);
}
QList<Equipment> allEquipment()
{
    return valuesOf(equipmentWords);
}
QList<TargetArea> allTargetAreas()
{
    return valuesOf(targetWords);
}

QString idOf(ExerciseKind kind)
{
    return idIn(kindWords, kind);
}
QString idOf(Position position)
{
    return idIn(positionWords, position);
}
QString idOf(Equipment equipment)
{
    return idIn(equipmentWords, equipment);
}
QString idOf(TargetArea area)
{
    return idIn(targetWords, area);
}

QString labelOf(ExerciseKind kind)
{
    return labelIn(kindWords, kind);
}
QString labelOf(Position position)
{
    return labelIn(positionWords, position);
}
QString labelOf(Equipment equipment)
{
    return labelIn(equipmentWords, equipment);
}
QString labelOf(TargetArea area)
{
    return labelIn(targetWords, area);
}

std::optional<ExerciseKind> exerciseKindFromId(const QString &id)
{
    return fromId(kindWords, id);
}
std::optional<Position> positionFromId(const QString &id)
{
    return fromId(positionWords, id);
}
std::optional<Equipment> equipmentFromId(const QString &id)
{
    return fromId(equipmentWords, id);
}
std::optional<TargetArea> targetAreaFromId(const QString &id)
{
    return fromId(targetWords, id);
}

bool isFloorPosition(Position position)
{
    switch (position) {
    case Position::AllFours:
    case Position::Kneeling:
    case Position::LyingFaceDown:
    case Position::LyingOnBack:
        return true;
    case Position::Standing:
    case Position::SittingOrStanding:
        return false;
    }
    return false;
}

bool canBeDoneIn(Position exercisePosition, Position asked)
{
    return exercisePosition == asked
        || (exercisePosition == Position::SittingOrStanding && asked == Position::Standing);
}

QString askedLabelOf(Position position)
{
    if (position == Position::SittingOrStanding)
        return QCoreApplication::translate("Limber::Vocabulary", "Sitting", "a filter: exercises one can do sitting");
    return labelOf(position);
}

} // namespace Limber
