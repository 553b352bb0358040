#pragma once

#include "model/Routine.h"
#include "storage/FileError.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Limber {

class RoutineStore;

// Every change to the user's routines goes through here: it is saved at once and becomes one
// step of undo and redo. A change that cannot be saved is not made, and failed() says why.
class RoutineHistory final : public QObject
{
    Q_OBJECT

public:
    explicit RoutineHistory(RoutineStore &store, QObject *parent = nullptr);

    [[nodiscard]] QUndoStack *undoStack() const { return m_stack; }
    [[nodiscard]] RoutineStore &store() const { return m_store; }

    // Applies `change` to a copy of the user's routines and saves the result. `selectId` is the
    // routine to show after the change, its undo and its redo.
    bool change(const QString &text, const std::function<void(QList<Routine> &)> &change, const QString &selectId,
                const QString &mergeKey = {});
    // Replaces one user routine with `routine` (same id).
    bool update(const QString &text, const Routine &routine, const QString &mergeKey = {});

Q_SIGNALS:
    void failed(const Limber::FileError &error);
    // After a change, an undo or a redo: the routine to show.
    void selectRequested(const QString &routineId);

private:
    RoutineStore &m_store;
    QUndoStack *m_stack;
};

} // namespace Limber
