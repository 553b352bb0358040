#pragma once

#include <QCoreApplication>

namespace Limber {

// The session screen's words for a state (paused, the 3-2-1, done) and its counters, worked out
// by the core since they moved out of the window. They keep the window's translation context,
// so the translations made for the window still match.
class SessionScreenWords final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::SessionWindow)
};

} // namespace Limber
