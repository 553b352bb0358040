#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <utility>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Limber {

// Limber in the system tray: the app icon with a menu that says what comes next and answers it
// (start a routine, pause, skip, open, quit). A tray is optional: where there is none (offscreen,
// many Wayland desktops) no icon is made, the menu still exists (for tests) and the icon is never
// visible. The tray is looked for again whenever the icon is to be shown, so one that appears
// after Limber started is used.
//
// It only shows and reports: the controller says what the next reminder is and acts on the
// signals.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    // True when a system tray exists (the icon was made).
    [[nodiscard]] bool isAvailable() const { return m_icon != nullptr; }
    [[nodiscard]] bool isVisible() const;
    void setVisible(bool visible);

    // The routines "Start a Routine" offers, in order: (id, name) pairs.
    void setRoutines(const QList<std::pair<QString, QString>> &idAndName);
    // The next reminder: its moment (invalid: none) and what it is ("Desk break"). `now` decides
    // whether it reads as today, tomorrow or a weekday.
    void setNext(const QDateTime &moment, const QString &what, const QDateTime &now);
    // Reminders are paused until `until` (invalid: not paused). `now` as for setNext (invalid:
    // the current time).
    void setPaused(const QDateTime &until, const QDateTime &now = {});

    // A reminder just came and waits for an answer: the menu offers to snooze it, as its notice
    // does. Empty: nothing to snooze.
    void setSnoozable(const QString &what);

    // The line at the top of the menu (also the tooltip's second line).
    [[nodiscard]] QString statusText() const;

    // The tray icon itself, for the tray message notifier; null when there is no tray.
    [[nodiscard]] QSystemTrayIcon *systemTrayIcon() const { return m_icon.get(); }
    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }

    // "10:30", "tomorrow 09:00", "Wednesday 09:00" or a date and time: `moment` as seen from
    // `now`, in the user's locale, with the time as ReminderText writes it (no seconds).
    [[nodiscard]] static QString momentText(const QDateTime &moment, const QDateTime &now);

Q_SIGNALS:
    void openRequested();
    void startRequested(const QString &routineId);
    void pauseForHourRequested();
    void pauseUntilTomorrowRequested();
    void resumeRequested();
    void skipNextRequested();
    // Snooze the reminder that just came, for ReminderNotice::snoozeMinutes.
    void snoozeRequested();
    void quitRequested();

private:
    void createIcon();
    void buildMenu();
    void refresh();

    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    bool m_wantVisible = false;

    QAction *m_statusAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    QMenu *m_routinesMenu = nullptr;
    QAction *m_resumeAction = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_skipAction = nullptr;

    QList<std::pair<QString, QString>> m_routines;
    QDateTime m_next;
    QString m_nextWhat;
    QString m_snoozable;
    QDateTime m_nextNow;
    QDateTime m_pausedUntil;
    QDateTime m_pausedNow;
};

} // namespace Limber
