#include "ExerciseListModel.h"

#include "DoseText.h"
#include "RoutineItemsModel.h"

#include <QMimeData>

namespace Limber {

ExerciseListModel::ExerciseListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{ }

int ExerciseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.size());
}

const Exercise *ExerciseListModel::exerciseAt(int row) const
{
    if (row < 0 || row >= m_catalog.size())
        return nullptr;
    return &m_catalog.exercises().at(row);
}

QModelIndex ExerciseListModel::indexOfId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_catalog.exercises().at(row).id == id)
            return index(row);
    }
    return {};
}

QVariant ExerciseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Exercise &exercise = m_catalog.exercises().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return exercise.name;
    case Qt::ToolTipRole:
        return exercise.summary;
    case IdRole:
        return exercise.id;
    case CodeRole:
        return exercise.code;
    case KindIdsRole:
        return idsOf(exercise.kinds);
    case PositionIdRole:
        return idOf(exercise.position);
    case EquipmentIdsRole:
        return idsOf(exercise.equipment);
    case NeedsFloorRole:
        return exercise.needsFloor();
    case DoseTextRole:
        return DoseText::describeRange(exercise.dose);
    case SearchTextRole: {
        QStringList parts{exercise.name, exercise.summary, labelOf(exercise.position)};
        parts += exercise.steps;
        for (ExerciseKind kind : exercise.kinds)
            parts.append(labelOf(kind));
        for (Equipment equipment : exercise.equipment)
            parts.append(labelOf(equipment));
        for (TargetArea area : exercise.targets)
            parts.append(labelOf(area));
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ExerciseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "exerciseId");
    names.insert(CodeRole, "code");
    names.insert(KindIdsRole, "kinds");
    names.insert(PositionIdRole, "position");
    names.insert(EquipmentIdsRole, "equipment");
    names.insert(NeedsFloorRole, "needsFloor");
    names.insert(DoseTextRole, "doseText");
    names.insert(SearchTextRole, "searchText");
    return names;
}

Qt::ItemFlags ExerciseListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ExerciseListModel::mimeTypes() const
{
    return {RoutineItemsModel::exerciseMimeType};
}

QMimeData *ExerciseListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(RoutineItemsModel::exerciseMimeType, indexes.first().data(IdRole).toString().toUtf8());
    return data;
}

} // namespace Limber
