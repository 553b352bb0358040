#include "RoutineChangeCommand.h"

#include "storage/RoutineStore.h"

namespace Limber {

namespace {
constexpr int mergeableId = 0x4c52; // any constant: only commands with a merge key use it
}

RoutineChangeCommand::RoutineChangeCommand(RoutineStore &store, QList<Routine> before, QList<Routine> after,
                                           const QString &text, QString mergeKey, QString selectId,
                                           FailureHandler onFailure)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
    , m_selectId(std::move(selectId))
    , m_onFailure(std::move(onFailure))
{ }

void RoutineChangeCommand::apply(const QList<Routine> &routines)
{
    if (MaybeError error = m_store.replaceUserRoutines(routines); error && m_onFailure)
        m_onFailure(*error);
}

void RoutineChangeCommand::undo()
{
    apply(m_before);
}

void RoutineChangeCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    apply(m_after);
}

int RoutineChangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableId;
}

bool RoutineChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RoutineChangeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Limber
