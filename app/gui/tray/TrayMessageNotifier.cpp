#include "TrayMessageNotifier.h"

namespace Limber {

TrayMessageNotifier::TrayMessageNotifier(QSystemTrayIcon *trayIcon, QObject *parent)
    : ReminderNotifier(parent)
    , m_trayIcon(trayIcon)
{
    if (m_trayIcon)
        connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, &TrayMessageNotifier::onMessageClicked);
}

void TrayMessageNotifier::show(const ReminderNotice &notice)
{
    m_shown = notice;
    if (!m_trayIcon)
        return;
    QString body = notice.body;
    if (notice.canStart)
        body += QStringLiteral("\n") + tr("Click here to start.");
    // Showing a message replaces the balloon before.
    m_trayIcon->showMessage(notice.title, body, QSystemTrayIcon::Information, displayMilliseconds);
}

void TrayMessageNotifier::withdraw()
{
    if (!m_shown)
        return;
    m_shown.reset();
    // Qt has no call to hide the balloon; an empty message hides it and shows nothing.
    if (m_trayIcon)
        m_trayIcon->showMessage(QString(), QString(), QSystemTrayIcon::NoIcon, displayMilliseconds);
}

void TrayMessageNotifier::onMessageClicked()
{
    // The icon's balloon may have been someone else's message: only ours, once.
    if (!m_shown)
        return;
    const ReminderNotice notice = *m_shown;
    m_shown.reset();
    if (notice.canStart)
        Q_EMIT startRequested(notice.reminder);
    else
        Q_EMIT dismissed(notice.reminder); // a posture check clicked: seen
}

} // namespace Limber
