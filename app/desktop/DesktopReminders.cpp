#include "DesktopReminders.h"

#include "gui/main/MainWindow.h"
#include "gui/reminders/ReminderController.h"
#include "gui/reminders/WindowNotifier.h"
#include "gui/tray/TrayIcon.h"
#include "gui/tray/TrayMessageNotifier.h"
#include "platform/XdgAutostart.h"
#include "platform/freedesktop/FreedesktopNotifier.h"
#include "schedule/QtWakeUpTimer.h"
#include "schedule/ReminderService.h"
#include "schedule/ScheduleStore.h"
#include "schedule/SystemWallClock.h"
#include "session/SteadyClock.h"
#include "storage/Library.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>

#include <functional>

namespace Limber {

namespace {

// Hands each notice to whichever notifier can show it now, and passes the answers on.
class RoutingNotifier final : public ReminderNotifier
{
public:
    using Choose = std::function<ReminderNotifier *()>;

    RoutingNotifier(Choose choose, std::initializer_list<ReminderNotifier *> targets)
        : m_choose(std::move(choose))
    {
        for (ReminderNotifier *target : targets) {
            connect(target, &ReminderNotifier::startRequested, this, &ReminderNotifier::startRequested);
            connect(target, &ReminderNotifier::snoozeRequested, this, &ReminderNotifier::snoozeRequested);
            connect(target, &ReminderNotifier::dismissed, this, &ReminderNotifier::dismissed);
        }
    }

    void show(const ReminderNotice &notice) override
    {
        ReminderNotifier *target = m_choose();
        if (m_shownBy && m_shownBy != target)
            m_shownBy->withdraw();
        m_shownBy = target;
        if (target)
            target->show(notice);
    }

    void withdraw() override
    {
        if (m_shownBy)
            m_shownBy->withdraw();
        m_shownBy = nullptr;
    }

private:
    Choose m_choose;
    ReminderNotifier *m_shownBy = nullptr;
};

} // namespace

DesktopReminders::DesktopReminders(const Library &library, MainWindow &window, QSettings &settings,
                                   const QString &dataDir, const QString &dataDirOption, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_window(window)
    , m_settings(settings)
    , m_wall(std::make_unique<SystemWallClock>())
    , m_monotonic(std::make_unique<SteadyClock>())
    , m_store(std::make_unique<ScheduleStore>(dataDir))
{
    if (const MaybeError problem = m_store->load(); problem && m_store->isBlocked()) {
        const Result<QString> aside = m_store->setAsideUnreadableStore();
        m_startupProblem = aside ? tr("%1\n\nIt was kept as %2, and your reminders start again from the "
                                      "suggested ones, switched off.")
                                       .arg(problem->message(), QDir::toNativeSeparators(aside.value()))
                                 : tr("%1\n\nIt could not be moved aside (%2), so Limber will not save reminders "
                                      "over it until you move it yourself.")
                                       .arg(problem->message(), aside.error().problem);
    }

    m_service = std::make_unique<ReminderService>(*m_wall, *m_monotonic, std::make_unique<QtWakeUpTimer>(),
                                                  std::make_unique<QtWakeUpTimer>());
    // The schedule goes in first: the Reminders tab shows the rules it finds when it is added.
    m_service->setSchedule(m_store->schedule());
    m_controller = std::make_unique<ReminderController>(m_library, *m_store, *m_service);
    m_tray = std::make_unique<TrayIcon>();
    m_loginItem = std::make_unique<XdgAutostart>(dataDirOption);

    m_desktopNotifier = std::make_unique<FreedesktopNotifier>();
    connect(m_desktopNotifier.get(), &FreedesktopNotifier::serviceChecked, this,
            [this](bool available) { m_notificationServiceMissing = !available; });
    m_trayNotifier = std::make_unique<TrayMessageNotifier>(m_tray->systemTrayIcon());
    m_windowNotifier = std::make_unique<WindowNotifier>(m_window);
    m_router
        = std::make_unique<RoutingNotifier>([this] { return noticeTarget(); },
                                            std::initializer_list<ReminderNotifier *>{
                                                m_desktopNotifier.get(), m_trayNotifier.get(), m_windowNotifier.get()});
    m_controller->setNotifier(m_router.get());

    // The controller asks; the window and the tray answer.
    connect(m_controller.get(), &ReminderController::startRoutineRequested, &m_window,
            [this](const QString &routineId) { m_window.startSession(routineId); });
    connect(m_controller.get(), &ReminderController::statusChanged, this, &DesktopReminders::showStatus);
    connect(m_controller.get(), &ReminderController::saveFailed, &m_window, [this](const QString &message) {
        m_window.bringForward();
        QMessageBox::warning(&m_window, tr("Your reminders could not be saved"), message);
    });

    connect(m_tray.get(), &TrayIcon::openRequested, &m_window, &MainWindow::bringForward);
    connect(m_tray.get(), &TrayIcon::startRequested, &m_window,
            [this](const QString &routineId) { m_window.startSession(routineId); });
    connect(m_tray.get(), &TrayIcon::pauseForHourRequested, m_controller.get(), &ReminderController::pauseForAnHour);
    connect(m_tray.get(), &TrayIcon::pauseUntilTomorrowRequested, m_controller.get(),
            &ReminderController::pauseUntilTomorrow);
    connect(m_tray.get(), &TrayIcon::resumeRequested, m_controller.get(), &ReminderController::resume);
    connect(m_tray.get(), &TrayIcon::skipNextRequested, m_controller.get(), &ReminderController::skipNext);
    connect(m_tray.get(), &TrayIcon::snoozeRequested, m_controller.get(), [this] { m_controller->snoozePending(); });
    connect(m_tray.get(), &TrayIcon::quitRequested, &m_window, &MainWindow::quit);

    const auto listRoutines = [this] {
        QList<std::pair<QString, QString>> routines;
        for (const Routine &routine : m_library.routines().allRoutines())
            routines.append({routine.id, routine.name});
        m_tray->setRoutines(routines);
    };
    listRoutines();
    connect(&m_library.routines(), &RoutineStore::routinesChanged, this, listRoutines);

    m_window.setReminders(m_controller.get(), *m_wall, m_loginItem.get());
    m_window.setKeepRunningWhenClosed([this] { return canWaitInTray() && m_controller->hasActiveRules(); });
    connect(&m_window, &MainWindow::hiddenToTray, this, &DesktopReminders::onHiddenToTray);
    m_window.installEventFilter(this);

    m_service->start();
    showStatus();
}

DesktopReminders::~DesktopReminders()
{
    m_controller->setNotifier(nullptr);
    m_service->stop();
}

bool DesktopReminders::canWaitInTray() const
{
    return m_tray->isAvailable() && QSystemTrayIcon::isSystemTrayAvailable();
}

ReminderNotifier *DesktopReminders::noticeTarget() const
{
    if (!m_notificationServiceMissing)
        return m_desktopNotifier.get();
    if (m_tray->isVisible())
        return m_trayNotifier.get();
    return m_windowNotifier.get();
}

void DesktopReminders::showStatus()
{
    const QDateTime now = m_wall->now();
    m_tray->setNext(m_controller->nextMoment(), m_controller->nextName(), now);
    m_tray->setPaused(m_controller->pausedUntil(), now);
    const std::optional<Reminder> pending = m_controller->pending();
    m_tray->setSnoozable(pending ? m_controller->noticeFor(*pending).title : QString());
    // The icon is there while reminders are on, or while Limber waits in the tray.
    m_tray->setVisible(m_controller->hasActiveRules() || !m_window.isVisible());
}

bool DesktopReminders::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        // With the window on the screen, closing it is what ends Limber (or hides it in the tray).
        if (event->type() == QEvent::Show)
            QApplication::setQuitOnLastWindowClosed(true);
        showStatus();
    }
    return QObject::eventFilter(watched, event);
}

void DesktopReminders::onHiddenToTray()
{
    // Only the tray is left: closing a session window must not end Limber now.
    QApplication::setQuitOnLastWindowClosed(false);
    showStatus();
    if (Settings::value(m_settings, Settings::remindersTrayExplained) || !m_tray->systemTrayIcon())
        return;
    Settings::setValue(m_settings, Settings::remindersTrayExplained, true);
    m_tray->systemTrayIcon()->showMessage(
        tr("Limber is still running"),
        tr("Your reminders will come as planned. To end Limber, choose Quit Limber from this icon's menu."),
        QSystemTrayIcon::Information, 10000);
}

} // namespace Limber
