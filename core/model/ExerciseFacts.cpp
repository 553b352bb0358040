#include "ExerciseFacts.h"

namespace Limber {

namespace {

template <typename Enum> QString labels(const QList<Enum> &values, const QString &separator)
{
    QStringList parts;
    for (Enum value : values)
        parts.append(labelOf(value));
    return parts.join(separator);
}

} // namespace

QString ExerciseFacts::equipment(const Exercise &exercise)
{
    if (exercise.needsNoEquipment())
        return tr("No equipment");
    return labels(exercise.equipment,
                  exercise.equipmentIsChoice ? tr(" or ", "equipment: one or the other") : tr(" and "));
}

QString ExerciseFacts::kinds(const Exercise &exercise)
{
    return labels(exercise.kinds, tr(" and "));
}

QString ExerciseFacts::detailed(const Exercise &exercise)
{
    return QStringLiteral("%1 · %2 · %3\n%4")
        .arg(kinds(exercise), labelOf(exercise.position), equipment(exercise),
             tr("Works: %1").arg(labels(exercise.targets, QStringLiteral(", "))));
}

QString ExerciseFacts::printed(const Exercise &exercise)
{
    const QString needs
        = exercise.needsNoEquipment() ? equipment(exercise) : tr("Equipment: %1").arg(equipment(exercise));
    return QStringList{labelOf(exercise.mainKind()), labelOf(exercise.position), needs}.join(QStringLiteral("   ·   "));
}

} // namespace Limber
