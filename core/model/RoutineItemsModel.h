#pragma once

#include "Catalog.h"
#include "Routine.h"
#include "SessionTimings.h"

#include <QAbstractTableModel>

namespace Limber {

// A routine's exercises as a table (exercise, dose at the level, time) for the editor. It never
// changes the routine itself: drags ask for a move or an addition through signals, so the
// editor can make every change undoable.
class RoutineItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ExerciseColumn, DoseColumn, TimeColumn, ColumnCount };
    enum Role { ExerciseIdRole = Qt::UserRole + 1, CustomisedRole, SecondsRole };

    static inline const QString rowsMimeType = QStringLiteral("application/x-limber-routine-rows");
    static inline const QString exerciseMimeType = QStringLiteral("application/x-limber-exercise-id");

    explicit RoutineItemsModel(const Catalog &catalog, QObject *parent = nullptr);

    void setRoutine(const Routine &routine, Level level, const SessionTimings &timings = {});
    [[nodiscard]] const Routine &routine() const { return m_routine; }
    [[nodiscard]] Level level() const { return m_level; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Move the item at `from` so that it ends up before the item now at `to` (to == rowCount
    // means the end).
    void moveRequested(int from, int to);
    void addRequested(const QString &exerciseId, int row);

private:
    const Catalog &m_catalog;
    Routine m_routine;
    Level m_level = Level::Standard;
    SessionTimings m_timings;
    bool m_editable = true;
};

} // namespace Limber
