#include "RoutineItemsModel.h"

#include "DoseText.h"
#include "Durations.h"

#include <QMimeData>

namespace Limber {

RoutineItemsModel::RoutineItemsModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

void RoutineItemsModel::setRoutine(const Routine &routine, Level level, const SessionTimings &timings)
{
    beginResetModel();
    m_routine = routine;
    m_level = level;
    m_timings = timings;
    m_editable = !routine.builtIn;
    endResetModel();
}

int RoutineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routine.items.size());
}

int RoutineItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutineItem &item = m_routine.items.at(index.row());
    const Exercise *exercise = m_catalog.find(item.exerciseId);
    if (!exercise)
        return role == Qt::DisplayRole && index.column() == ExerciseColumn ? QVariant(item.exerciseId) : QVariant();
    const ConcreteDose dose = ConcreteDose::resolve(exercise->dose, m_level, item.override);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ExerciseColumn:
            return exercise->name;
        case DoseColumn:
            return QString(DoseText::describe(dose) + (item.override.isEmpty() ? QString() : QStringLiteral(" *")));
        case TimeColumn:
            return DoseText::duration(exerciseSeconds(dose, m_timings));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return item.override.isEmpty() ? tr("The level decides these numbers.")
                                       : tr("* Your own numbers; the level decides the rest.");
    case ExerciseIdRole:
        return item.exerciseId;
    case CustomisedRole:
        return !item.override.isEmpty();
    case SecondsRole:
        return exerciseSeconds(dose, m_timings);
    default:
        return {};
    }
}

QVariant RoutineItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ExerciseColumn:
        return tr("Exercise");
    case DoseColumn:
        return tr("Dose");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

Qt::ItemFlags RoutineItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable)
        return flags;
    if (index.isValid())
        return flags | Qt::ItemIsDragEnabled;
    return flags | Qt::ItemIsDropEnabled;
}

QStringList RoutineItemsModel::mimeTypes() const
{
    return {rowsMimeType, exerciseMimeType};
}

QMimeData *RoutineItemsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(rowsMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

Qt::DropActions RoutineItemsModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool RoutineItemsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return m_editable && data && (data->hasFormat(rowsMimeType) || data->hasFormat(exerciseMimeType));
}

bool RoutineItemsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto an item: place before it; onto empty space: at the end.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    target = std::clamp(target, 0, rowCount());
    if (data->hasFormat(rowsMimeType)) {
        bool ok = false;
        const int from = data->data(rowsMimeType).toInt(&ok);
        if (!ok || from < 0 || from >= rowCount())
            return false;
        if (target != from && target != from + 1)
            Q_EMIT moveRequested(from, target);
        // Never let the view remove the source row itself: the editor moves it.
        return false;
    }
    const QString exerciseId = QString::fromUtf8(data->data(exerciseMimeType));
    if (!m_catalog.contains(exerciseId))
        return false;
    Q_EMIT addRequested(exerciseId, target);
    return false;
}

} // namespace Limber
