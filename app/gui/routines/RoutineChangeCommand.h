#pragma once

#include "model/Routine.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Limber {

class RoutineStore;
struct FileError;

// One undoable change to the user's routines, kept as the whole list before and after: simple,
// always consistent, and small (a routine is at most a hundred items). Consecutive changes with
// the same merge key (typing into one dose field) become one step.
class RoutineChangeCommand final : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const FileError &)>;

    RoutineChangeCommand(RoutineStore &store, QList<Routine> before, QList<Routine> after, const QString &text,
                         QString mergeKey, QString selectId, FailureHandler onFailure);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    [[nodiscard]] const QString &selectId() const { return m_selectId; }

private:
    void apply(const QList<Routine> &routines);

    RoutineStore &m_store;
    QList<Routine> m_before;
    QList<Routine> m_after;
    QString m_mergeKey;
    QString m_selectId;
    FailureHandler m_onFailure;
    bool m_alreadyApplied = true; // the change is saved before the command is pushed
};

} // namespace Limber
