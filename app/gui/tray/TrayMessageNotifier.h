#pragma once

#include "platform/ReminderNotifier.h"

#include <QPointer>
#include <QSystemTrayIcon>

#include <optional>

namespace Limber {

// Reminders as the tray icon's own message balloon: the fallback where a tray exists but no
// notification service does. The balloon has no buttons: clicking it starts a routine; closing it
// is a dismissal only as far as the user knows (Qt does not report it), so the reminder simply
// stays pending. The icon is observed, not owned; a hidden or deleted icon shows nothing.
class TrayMessageNotifier final : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit TrayMessageNotifier(QSystemTrayIcon *trayIcon, QObject *parent = nullptr);

    void show(const ReminderNotice &notice) override;
    void withdraw() override;

    // The notice whose balloon was last shown and not yet answered or withdrawn.
    [[nodiscard]] std::optional<ReminderNotice> shown() const { return m_shown; }

    // The balloon stays until it is clicked or closed (0: no timeout).
    static constexpr int displayMilliseconds = 0;

private:
    void onMessageClicked();

    QPointer<QSystemTrayIcon> m_trayIcon;
    std::optional<ReminderNotice> m_shown;
};

} // namespace Limber
