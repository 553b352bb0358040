#include "RoutineHistory.h"

#include "RoutineChangeCommand.h"
#include "storage/RoutineStore.h"

#include <QUndoStack>

namespace Limber {

RoutineHistory::RoutineHistory(RoutineStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        // The command just undone is at `index`; the one just redone is before it.
        for (int candidate : {index, index - 1}) {
            if (candidate >= 0 && candidate < m_stack->count()) {
                if (const auto *command = dynamic_cast<const RoutineChangeCommand *>(m_stack->command(candidate))) {
                    Q_EMIT selectRequested(command->selectId());
                    return;
                }
            }
        }
    });
}

bool RoutineHistory::change(const QString &text, const std::function<void(QList<Routine> &)> &change,
                            const QString &selectId, const QString &mergeKey)
{
    const QList<Routine> before = m_store.userRoutines();
    QList<Routine> after = before;
    change(after);
    if (after == before)
        return true;
    if (MaybeError error = m_store.replaceUserRoutines(after)) {
        Q_EMIT failed(*error);
        return false;
    }
    m_stack->push(new RoutineChangeCommand(m_store, before, m_store.userRoutines(), text, mergeKey, selectId,
                                           [this](const FileError &error) { Q_EMIT failed(error); }));
    return true;
}

bool RoutineHistory::update(const QString &text, const Routine &routine, const QString &mergeKey)
{
    return change(
        text,
        [&routine](QList<Routine> &routines) {
            for (Routine &each : routines) {
                if (each.id == routine.id)
                    each = routine;
            }
        },
        routine.id, mergeKey);
}

} // namespace Limber
