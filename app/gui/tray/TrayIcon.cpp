#include "TrayIcon.h"
#include "LimberVersion.h"
#include "platform/ReminderNotifier.h"
#include "schedule/ReminderText.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimeZone>

namespace Limber {

namespace {

// Menu texts show "&" as a mnemonic marker; names are shown as they are.
QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// `moment` on the clock and calendar `now` is read in.
QDateTime inZoneOf(const QDateTime &moment, const QDateTime &now)
{
    switch (now.timeSpec()) {
    case Qt::TimeZone:
        return moment.toTimeZone(now.timeZone());
    case Qt::OffsetFromUTC:
        return moment.toOffsetFromUtc(now.offsetFromUtc());
    default:
        return moment.toTimeSpec(now.timeSpec());
    }
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    buildMenu();
    createIcon();
    refresh();
}

TrayIcon::~TrayIcon()
{
    // The icon refers to the menu: it goes first.
    m_icon.reset();
}

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::setVisible(bool visible)
{
    m_wantVisible = visible;
    if (visible && !m_icon)
        createIcon(); // a tray may have appeared since
    if (m_icon)
        m_icon->setVisible(visible);
}

void TrayIcon::createIcon()
{
    if (m_icon || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/limber/icons/" LIMBER_APP_ID ".svg"));
    m_icon = std::make_unique<QSystemTrayIcon>(icon);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // A click or double click opens the window; the context menu opens by itself.
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    refresh();
}

void TrayIcon::buildMenu()
{
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("trayStatus"));
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();

    m_snoozeAction = m_menu->addAction(QString(), this, &TrayIcon::snoozeRequested);
    m_snoozeAction->setObjectName(QStringLiteral("traySnooze"));
    m_snoozeAction->setVisible(false);

    m_routinesMenu = m_menu->addMenu(tr("Start a &Routine"));
    m_routinesMenu->setObjectName(QStringLiteral("trayRoutines"));

    m_resumeAction = m_menu->addAction(tr("&Resume Reminders"), this, &TrayIcon::resumeRequested);
    m_resumeAction->setObjectName(QStringLiteral("trayResume"));

    m_pauseMenu = m_menu->addMenu(tr("&Pause Reminders"));
    m_pauseMenu->setObjectName(QStringLiteral("trayPause"));
    m_pauseMenu->addAction(tr("For an &Hour"), this, &TrayIcon::pauseForHourRequested)
        ->setObjectName(QStringLiteral("trayPauseHour"));
    m_pauseMenu->addAction(tr("Until &Tomorrow"), this, &TrayIcon::pauseUntilTomorrowRequested)
        ->setObjectName(QStringLiteral("trayPauseTomorrow"));

    m_skipAction = m_menu->addAction(tr("&Skip Next Reminder"), this, &TrayIcon::skipNextRequested);
    m_skipAction->setObjectName(QStringLiteral("traySkip"));

    m_menu->addSeparator();
    m_menu->addAction(tr("&Open Limber"), this, &TrayIcon::openRequested)->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addAction(tr("&Quit Limber"), this, &TrayIcon::quitRequested)->setObjectName(QStringLiteral("trayQuit"));
}

void TrayIcon::setRoutines(const QList<std::pair<QString, QString>> &idAndName)
{
    m_routines = idAndName;
    m_routinesMenu->clear();
    for (const auto &[id, name] : idAndName) {
        QAction *action = m_routinesMenu->addAction(escapedForMenu(name));
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, routineId = id] { Q_EMIT startRequested(routineId); });
    }
    refresh();
}

void TrayIcon::setNext(const QDateTime &moment, const QString &what, const QDateTime &now)
{
    m_next = moment;
    m_nextWhat = what;
    m_nextNow = now;
    refresh();
}

void TrayIcon::setPaused(const QDateTime &until, const QDateTime &now)
{
    m_pausedUntil = until;
    m_pausedNow = now;
    refresh();
}

void TrayIcon::setSnoozable(const QString &what)
{
    m_snoozable = what;
    refresh();
}

QString TrayIcon::momentText(const QDateTime &moment, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = inZoneOf(moment, now);
    const QString time = ReminderText::time(local.time());
    const qint64 days = now.date().daysTo(local.date());
    if (days == 0)
        return time;
    if (days == 1)
        return tr("tomorrow %1", "a time of day").arg(time);
    if (days > 1 && days < 7)
        return tr("%1 %2", "a weekday, then a time of day").arg(locale.dayName(local.date().dayOfWeek()), time);
    return tr("%1 %2", "a date, then a time of day").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString TrayIcon::statusText() const
{
    if (m_pausedUntil.isValid()) {
        const QDateTime now = m_pausedNow.isValid() ? m_pausedNow : QDateTime::currentDateTime();
        const QDateTime until = inZoneOf(m_pausedUntil, now);
        if (until.time() == QTime(0, 0) && now.date().daysTo(until.date()) == 1)
            return tr("Reminders paused until tomorrow");
        return tr("Reminders paused until %1").arg(momentText(m_pausedUntil, now));
    }
    if (m_next.isValid()) {
        const QString when = momentText(m_next, m_nextNow.isValid() ? m_nextNow : QDateTime::currentDateTime());
        if (m_nextWhat.isEmpty())
            return tr("Next: %1", "a moment").arg(when);
        return tr("Next: %1 %2", "a moment, then the reminder's name").arg(when, m_nextWhat);
    }
    return tr("No reminders are on");
}

void TrayIcon::refresh()
{
    const QString status = statusText();
    m_statusAction->setText(escapedForMenu(status));

    const bool paused = m_pausedUntil.isValid();
    m_routinesMenu->menuAction()->setEnabled(!m_routines.isEmpty());
    m_resumeAction->setVisible(paused);
    // Pausing or skipping needs something to pause or skip; a pause can be lengthened.
    m_pauseMenu->menuAction()->setEnabled(paused || m_next.isValid());
    m_skipAction->setEnabled(!paused && m_next.isValid());
    m_snoozeAction->setVisible(!m_snoozable.isEmpty());
    m_snoozeAction->setText(
        tr("S&nooze “%1” for %n min", nullptr, ReminderNotice::snoozeMinutes).arg(escapedForMenu(m_snoozable)));

    if (m_icon)
        m_icon->setToolTip(QStringLiteral("Limber\n") + status);
}

} // namespace Limber
