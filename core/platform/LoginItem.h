#pragma once

#include "storage/FileError.h"

#include <QCoreApplication>

namespace Limber {

// Starting Limber when the user logs in, so reminders come without opening it first. Each
// platform implements it at the edge (on Linux and the BSDs, an XDG autostart entry); where
// there is none, NoLoginItem says so and the window hides the option.
class LoginItem
{
public:
    virtual ~LoginItem() = default;

    // Whether this system can start Limber at login at all.
    [[nodiscard]] virtual bool isSupported() const = 0;
    // Whether Limber will start at the next login (read from the system each time, so a change
    // made in the desktop's own settings shows).
    [[nodiscard]] virtual bool isEnabled() const = 0;
    // Turns it on or off; on failure nothing changed, and the error names the file or folder.
    [[nodiscard]] virtual MaybeError setEnabled(bool enabled) = 0;
};

class NoLoginItem final : public LoginItem
{
public:
    [[nodiscard]] bool isSupported() const override { return false; }
    [[nodiscard]] bool isEnabled() const override { return false; }
    [[nodiscard]] MaybeError setEnabled(bool enabled) override
    {
        if (!enabled)
            return std::nullopt;
        return FileError{
            {},
            {},
            QCoreApplication::translate("Limber::LoginItem", "Starting at login is not available on this system.")};
    }
};

} // namespace Limber
