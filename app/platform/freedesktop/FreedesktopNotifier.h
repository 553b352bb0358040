#pragma once

#include "platform/ReminderNotifier.h"

#include <QDBusConnection>
#include <QStringList>

#include <optional>

namespace Limber {

// Reminders as desktop notifications: the freedesktop notification service
// (org.freedesktop.Notifications) called directly over D-Bus, which works with or without a tray
// (QSystemTrayIcon::showMessage only draws Qt's own balloon on an XEmbed tray). Every call is
// asynchronous, so a slow or missing service never blocks the window; without a service it
// quietly does nothing.
//
// A notice stays until answered (no expiry): a break reminder that vanishes unseen is no use. A
// routine's notice offers Start (and starts when clicked) and Snooze; a posture check offers
// Snooze only. Each new notice replaces the one before. Only answers about the notice on screen
// count: actions and closes for other notices (other applications', or one already answered)
// are ignored. Before the first notice the server's capabilities are asked for once: without
// buttons the body says how to start instead, and with markup the body is escaped.
class FreedesktopNotifier final : public ReminderNotifier
{
    Q_OBJECT

public:
    // The desktop's notification service on the session bus.
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    // A service under another bus name (tests run stand-ins side by side on one bus).
    FreedesktopNotifier(QDBusConnection connection, const QString &serviceName, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    void show(const ReminderNotice &notice) override;
    void withdraw() override;

    // True once a notification service answered; false before that and when there is none.
    [[nodiscard]] bool isServiceAvailable() const { return m_capabilityState == CapabilityState::Known; }
    // What the service said it can do (GetCapabilities), empty until it answered.
    [[nodiscard]] QStringList capabilities() const { return m_capabilities; }
    // The id the service gave the notice on screen; 0 when none is shown.
    [[nodiscard]] uint shownId() const { return m_shownId; }

    // The snooze the notice offers, in minutes.
    static constexpr int snoozeMinutes = ReminderNotice::snoozeMinutes;

    static inline const QString defaultService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString path = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString interfaceName = QStringLiteral("org.freedesktop.Notifications");
    // The notification's category hint: the specification lists none for reminders, and allows
    // vendor categories in this form.
    static inline const QString category = QStringLiteral("x-limber.reminder");

Q_SIGNALS:
    // The capabilities question was answered (available) or failed (no service).
    void serviceChecked(bool available);
    // The service took a notice and gave it this id (for tests and diagnostics).
    void noticeShown(uint id);

private Q_SLOTS:
    // QtDBus connects bus signals to slots by signature only (no pointer-to-member overload).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    enum class CapabilityState { Unknown, Asking, Known, Failed };

    void askCapabilities();
    void sendNext();
    void sendNotify(const ReminderNotice &notice);
    void sendClose(uint id);
    void forgetShown();

    QDBusConnection m_connection;
    QString m_service;
    CapabilityState m_capabilityState = CapabilityState::Unknown;
    QStringList m_capabilities;
    // What waits to be sent while a call is on its way: a notice to show, or a withdrawal.
    std::optional<ReminderNotice> m_waiting;
    bool m_withdrawWaiting = false;
    bool m_notifyPending = false;
    // The notice on screen: its id (0: none) and what it is about.
    uint m_shownId = 0;
    std::optional<ReminderNotice> m_shown;
};

} // namespace Limber
