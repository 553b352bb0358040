#pragma once

#include "LimberVersion.h"
#include "platform/LoginItem.h"

#include <QCoreApplication>
#include <QString>

namespace Limber {

// Starts Limber at login the freedesktop way: a desktop entry in the user's autostart folder
// ($XDG_CONFIG_HOME/autostart, usually ~/.config/autostart) that runs `limber --background`,
// written atomically. The file is named after Limber's app id, so it is Limber's own: turning
// the option off removes it, except that an entry of the same name installed for the whole
// system is overridden with Hidden=true instead. An entry the user switched off in the
// desktop's settings (Hidden=true, X-GNOME-Autostart-enabled=false) counts as off.
class XdgAutostart final : public LoginItem
{
    Q_DECLARE_TR_FUNCTIONS(Limber::XdgAutostart)

public:
    // `dataDir`: the data folder the user chose explicitly (--data-dir, LIMBER_DATA_DIR), which
    // the command keeps; empty for the default one. `program`: the executable to start; empty
    // means the running one (tests pass another).
    explicit XdgAutostart(const QString &dataDir = {}, const QString &program = {});

    [[nodiscard]] bool isSupported() const override;
    [[nodiscard]] bool isEnabled() const override;
    [[nodiscard]] MaybeError setEnabled(bool enabled) override;

    // Where the user's entry lives: <GenericConfigLocation>/autostart/<app id>.desktop.
    [[nodiscard]] QString filePath() const;
    // The Exec value: `limber --background` when the running program is the `limber` found on
    // PATH, else its absolute path (quoted when needed); then `--data-dir DIR` if one was given.
    [[nodiscard]] QString command() const;
    // The whole desktop entry as written.
    [[nodiscard]] QByteArray entry() const;

    // One argument of an Exec value, quoted as the Desktop Entry Specification says ("%" as
    // "%%"; reserved characters inside double quotes with `"`, `, $ and \ escaped). The key file's
    // own escapes (escapeValue) apply on top when the value is written.
    [[nodiscard]] static QString quoteArgument(const QString &argument);
    // A string value of a key file: backslash, newline, tab and carriage return escaped.
    [[nodiscard]] static QString escapeValue(const QString &value);

    static inline const QString fileName = QStringLiteral(LIMBER_APP_ID ".desktop");
    static inline const QString backgroundOption = QStringLiteral("--background");

private:
    [[nodiscard]] QByteArray entryText(bool enabled) const;
    [[nodiscard]] QString programForCommand() const;
    [[nodiscard]] QString systemEntryPath() const;

    QString m_dataDir;
    QString m_program;
};

} // namespace Limber
