#pragma once

#include "platform/ReminderNotifier.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace Limber {

class FreedesktopNotifier;
class Library;
class LoginItem;
class MainWindow;
class ReminderController;
class ReminderService;
class ScheduleStore;
class SteadyClock;
class SystemWallClock;
class TrayIcon;
class TrayMessageNotifier;
class WindowNotifier;

// Reminders in the running app: the schedule file, the waiting service on the system's clocks, the
// controller, the tray icon, the notices and the option to start at login, wired to the main
// window. Notices go to the desktop's notification service; where there is none, to the tray's
// balloon; where there is no tray either, to a message in the main window. Closing the window
// keeps Limber in the tray while a rule is on and a tray exists (said once, the first time).
class DesktopReminders final : public QObject
{
    Q_OBJECT

public:
    // `dataDirOption` is what the user chose with --data-dir or LIMBER_DATA_DIR (empty: the
    // default), kept in the start-at-login entry; `dataDir` is the folder itself.
    DesktopReminders(const Library &library, MainWindow &window, QSettings &settings, const QString &dataDir,
                     const QString &dataDirOption, QObject *parent = nullptr);
    ~DesktopReminders() override;

    // A message for the user when the schedule file could not be read and was set aside, else empty.
    [[nodiscard]] QString startupProblem() const { return m_startupProblem; }
    // Whether Limber may wait in the tray without a window (a tray exists).
    [[nodiscard]] bool canWaitInTray() const;
    [[nodiscard]] TrayIcon &tray() const { return *m_tray; }
    [[nodiscard]] ReminderController &controller() const { return *m_controller; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStatus();
    [[nodiscard]] ReminderNotifier *noticeTarget() const;
    void onHiddenToTray();

    const Library &m_library;
    MainWindow &m_window;
    QSettings &m_settings;
    QString m_startupProblem;
    std::unique_ptr<SystemWallClock> m_wall;
    std::unique_ptr<SteadyClock> m_monotonic;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ReminderService> m_service;
    std::unique_ptr<ReminderController> m_controller;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<LoginItem> m_loginItem;
    std::unique_ptr<FreedesktopNotifier> m_desktopNotifier;
    std::unique_ptr<TrayMessageNotifier> m_trayNotifier;
    std::unique_ptr<WindowNotifier> m_windowNotifier;
    std::unique_ptr<ReminderNotifier> m_router;
    bool m_notificationServiceMissing = false;
};

} // namespace Limber
