#include "ExerciseFilterModel.h"

#include "ExerciseListModel.h"

namespace Limber {

ExerciseFilterModel::ExerciseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ExerciseFilterModel::setSearchText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ExerciseFilterModel::setKind(std::optional<ExerciseKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ExerciseFilterModel::setPosition(std::optional<Position> position)
{
    m_position = position;
    invalidateFilter();
}

void ExerciseFilterModel::setEquipment(std::optional<Equipment> equipment)
{
    m_equipment = equipment;
    invalidateFilter();
}

void ExerciseFilterModel::setNoEquipmentOnly(bool on)
{
    m_noEquipmentOnly = on;
    invalidateFilter();
}

void ExerciseFilterModel::setNoFloorOnly(bool on)
{
    m_noFloorOnly = on;
    invalidateFilter();
}

bool ExerciseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && !index.data(ExerciseListModel::KindIdsRole).toStringList().contains(idOf(*m_kind)))
        return false;
    if (m_position) {
        const std::optional<Position> position
            = positionFromId(index.data(ExerciseListModel::PositionIdRole).toString());
        if (!position || !canBeDoneIn(*position, *m_position))
            return false;
    }
    if (m_noFloorOnly && index.data(ExerciseListModel::NeedsFloorRole).toBool())
        return false;
    const QStringList equipment = index.data(ExerciseListModel::EquipmentIdsRole).toStringList();
    if (m_noEquipmentOnly && !equipment.isEmpty())
        return false;
    if (m_equipment && !equipment.contains(idOf(*m_equipment)))
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(ExerciseListModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace Limber
