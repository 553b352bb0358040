#pragma once

#include <QString>

namespace Limber {

// Keeps the screen awake while a session runs, so the countdown does not vanish under a screen
// saver mid-hold. Each platform implements it at the edge (on Linux, the freedesktop
// ScreenSaver service over D-Bus); where there is none, NoScreenSaverInhibitor does nothing.
class ScreenSaverInhibitor
{
public:
    virtual ~ScreenSaverInhibitor() = default;

    // Idempotent: inhibiting twice needs one release.
    virtual void inhibit(const QString &reason) = 0;
    virtual void release() = 0;
    [[nodiscard]] virtual bool isInhibited() const = 0;
};

class NoScreenSaverInhibitor final : public ScreenSaverInhibitor
{
public:
    void inhibit(const QString &) override { m_inhibited = true; }
    void release() override { m_inhibited = false; }
    [[nodiscard]] bool isInhibited() const override { return m_inhibited; }

private:
    bool m_inhibited = false;
};

} // namespace Limber
