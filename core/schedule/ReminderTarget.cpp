#include "ReminderTarget.h"

namespace Limber {

QString ReminderTarget::kindId() const
{
    return kind == Kind::Routine ? QStringLiteral("routine") : QStringLiteral("posture-check");
}

QString ReminderTarget::postureCheckTitle()
{
    return tr("Posture check");
}

QString ReminderTarget::postureCheckPrompt()
{
    return tr("Check how you sit: keep your spine neutral and stop any slouching.");
}

} // namespace Limber
