// Reminders on the desktop: the freedesktop notifier against a stand-in notification service on a
// real session bus (tests run under dbus-run-session), and, under Xvfb, against the real dunst.
// The stand-in takes a bus name of its own per test process, so test processes that CTest runs
// side by side never compete for one name.
#include "Eventually.h"
#include "ProcessRun.h"
#include "QtGTest.h"

#include "gui/tray/TrayMessageNotifier.h"
#include "platform/freedesktop/FreedesktopNotifier.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Limber;

namespace {

struct NotifyCall {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = -1;
};

// Plays the notification server: records every call and answers with increasing ids (or the id
// it was asked to replace, as servers do).
class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};
    QList<NotifyCall> calls;
    QList<uint> closed;
    int capabilityQuestions = 0;
    uint lastId = 0;

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        ++capabilityQuestions;
        return capabilities;
    }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return replacesId != 0 ? replacesId : ++lastId + 40;
    }
    void CloseNotification(uint id) { closed.append(id); }
};

Reminder deskBreak()
{
    Reminder reminder;
    reminder.ruleId = QStringLiteral("rule-desk");
    reminder.ruleName = QStringLiteral("Desk break");
    reminder.target = ReminderTarget::routine(QStringLiteral("desk-break"));
    reminder.scheduled = QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone("Europe/Berlin"));
    return reminder;
}

Reminder postureCheck()
{
    Reminder reminder;
    reminder.ruleId = QStringLiteral("rule-posture");
    reminder.ruleName = QStringLiteral("Posture check");
    reminder.target = ReminderTarget::postureCheck();
    reminder.scheduled = QDateTime(QDate(2026, 11, 23), QTime(11, 0), QTimeZone("Europe/Berlin"));
    return reminder;
}

ReminderNotice routineNotice(const Reminder &reminder = deskBreak())
{
    return {reminder, QStringLiteral("Desk break"), QStringLiteral("Time for “Desk break”: about 6 minutes."), true};
}

ReminderNotice postureNotice()
{
    return {postureCheck(), QStringLiteral("Posture check"), QStringLiteral("Sit tall, shoulders back and down."),
            false};
}

Reminder reminderAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<Reminder>();
}

class NotificationsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        if (!QDBusConnection::sessionBus().isConnected())
            GTEST_SKIP() << "no session bus (run under dbus-run-session)";
        // The stand-in lives on its own connection, so the calls really cross the bus.
        m_serviceBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications")));
        ASSERT_TRUE(m_serviceBus->registerObject(FreedesktopNotifier::path, &m_fake, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(m_serviceBus->registerService(m_serviceName));
    }

    void TearDown() override
    {
        if (m_serviceBus) {
            m_serviceBus->unregisterService(m_serviceName);
            m_serviceBus->unregisterObject(FreedesktopNotifier::path);
            QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
        }
    }

    std::unique_ptr<FreedesktopNotifier> makeNotifier()
    {
        auto notifier = std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus(), m_serviceName);
        QSignalSpy checked(notifier.get(), &FreedesktopNotifier::serviceChecked);
        EXPECT_TRUE(checked.wait());
        return notifier;
    }

    // Shows a notice and waits until the service has given it an id.
    uint showAndWait(FreedesktopNotifier &notifier, const ReminderNotice &notice)
    {
        QSignalSpy shown(&notifier, &FreedesktopNotifier::noticeShown);
        notifier.show(notice);
        EXPECT_TRUE(shown.wait());
        return notifier.shownId();
    }

    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal
            = QDBusMessage::createSignal(FreedesktopNotifier::path, FreedesktopNotifier::interfaceName, name);
        signal.setArguments(arguments);
        ASSERT_TRUE(m_serviceBus->send(signal));
    }
    void emitAction(uint id, const QString &key) { emitSignal(QStringLiteral("ActionInvoked"), {id, key}); }
    void emitClosed(uint id, uint reason) { emitSignal(QStringLiteral("NotificationClosed"), {id, reason}); }

    // Lets the bus deliver what is on its way. The stand-in's signals and the notifier's calls
    // travel in order, so a call made after them (answered) proves they have arrived.
    void roundTrip(FreedesktopNotifier &notifier)
    {
        const int before = int(m_fake.calls.size());
        notifier.show(routineNotice());
        ASSERT_TRUE(eventually([&] { return m_fake.calls.size() == before + 1; }));
    }

    FakeNotifications m_fake;
    std::unique_ptr<QDBusConnection> m_serviceBus;
    const QString m_serviceName
        = QStringLiteral("org.freedesktop.Notifications.LimberTest.p%1").arg(QCoreApplication::applicationPid());
};

} // namespace

TEST_F(NotificationsTest, AsksForCapabilitiesOnceAndSaysTheServiceIsThere)
{
    auto notifier = makeNotifier();
    EXPECT_TRUE(notifier->isServiceAvailable());
    EXPECT_EQ(notifier->capabilities(), m_fake.capabilities);
    showAndWait(*notifier, routineNotice());
    showAndWait(*notifier, postureNotice());
    EXPECT_EQ(m_fake.capabilityQuestions, 1);
}

TEST_F(NotificationsTest, ARoutineNoticeOffersStartAndSnoozeAndStaysUntilAnswered)
{
    auto notifier = makeNotifier();
    const uint id = showAndWait(*notifier, routineNotice());
    ASSERT_EQ(m_fake.calls.size(), 1);
    const NotifyCall &call = m_fake.calls.constFirst();
    EXPECT_EQ(id, 41u);
    EXPECT_EQ(call.appName, QStringLiteral("Limber"));
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.appIcon, QStringLiteral("io.github.limberapp.limber"));
    EXPECT_EQ(call.summary, QStringLiteral("Desk break"));
    EXPECT_EQ(call.body, QStringLiteral("Time for “Desk break”: about 6 minutes."));
    EXPECT_EQ(call.actions,
              QStringList({QStringLiteral("default"), QStringLiteral("Start"), QStringLiteral("start"),
                           QStringLiteral("Start"), QStringLiteral("snooze"), QStringLiteral("Snooze 10 min")}));
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(),
              QStringLiteral("io.github.limberapp.limber"));
    EXPECT_EQ(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("x-limber.reminder"));
    // The specification's urgency is a byte: 1 is normal.
    const QVariant urgency = call.hints.value(QStringLiteral("urgency"));
    EXPECT_EQ(urgency.metaType(), QMetaType::fromType<uchar>());
    EXPECT_EQ(urgency.toInt(), 1);
    EXPECT_EQ(call.hints.size(), 3);
    EXPECT_EQ(call.expireTimeout, 0); // never expires
}

TEST_F(NotificationsTest, APostureCheckOffersOnlySnooze)
{
    auto notifier = makeNotifier();
    showAndWait(*notifier, postureNotice());
    ASSERT_EQ(m_fake.calls.size(), 1);
    EXPECT_EQ(m_fake.calls.constFirst().summary, QStringLiteral("Posture check"));
    EXPECT_EQ(m_fake.calls.constFirst().actions,
              QStringList({QStringLiteral("snooze"), QStringLiteral("Snooze 10 min")}));
}

TEST_F(NotificationsTest, TheNextNoticeReplacesTheOneBefore)
{
    auto notifier = makeNotifier();
    const uint first = showAndWait(*notifier, routineNotice());
    const uint second = showAndWait(*notifier, postureNotice());
    ASSERT_EQ(m_fake.calls.size(), 2);
    EXPECT_EQ(m_fake.calls.at(1).replacesId, first);
    EXPECT_EQ(second, first);
}

TEST_F(NotificationsTest, NoticesShownBeforeTheServiceAnsweredSendOnlyTheLatest)
{
    FreedesktopNotifier notifier(QDBusConnection::sessionBus(), m_serviceName);
    QSignalSpy shown(&notifier, &FreedesktopNotifier::noticeShown);
    notifier.show(routineNotice());
    notifier.show(postureNotice());
    ASSERT_TRUE(shown.wait());
    // Calls go out in order: had the first notice been queued too, it would come before this one.
    notifier.show(routineNotice());
    ASSERT_TRUE(eventually([&] { return m_fake.calls.size() == 2; }));
    EXPECT_EQ(m_fake.calls.at(0).summary, QStringLiteral("Posture check"));
}

TEST_F(NotificationsTest, ANoticeShownWhileTheLastIsOnItsWayReplacesIt)
{
    auto notifier = makeNotifier();
    QSignalSpy shown(notifier.get(), &FreedesktopNotifier::noticeShown);
    notifier->show(routineNotice());
    notifier->show(postureNotice()); // the first Notify has not been answered yet
    ASSERT_TRUE(eventually([&] { return shown.size() == 2; }));
    ASSERT_EQ(m_fake.calls.size(), 2);
    EXPECT_EQ(m_fake.calls.at(1).summary, QStringLiteral("Posture check"));
    EXPECT_EQ(m_fake.calls.at(1).replacesId, shown.at(0).at(0).toUInt());
}

TEST_F(NotificationsTest, StartAndClickingStartTheRoutine)
{
    auto notifier = makeNotifier();
    QSignalSpy started(notifier.get(), &ReminderNotifier::startRequested);
    QSignalSpy dismissed(notifier.get(), &ReminderNotifier::dismissed);

    uint id = showAndWait(*notifier, routineNotice());
    emitAction(id, QStringLiteral("start"));
    ASSERT_TRUE(eventually([&] { return started.size() == 1; }));
    EXPECT_EQ(reminderAt(started, 0), deskBreak());
    // Answered: the notifier closes it (a server may keep it), and the close is no dismissal.
    ASSERT_TRUE(eventually([&] { return m_fake.closed == QList<uint>{id}; })) << m_fake.closed.size();
    EXPECT_EQ(notifier->shownId(), 0u);
    emitClosed(id, 2);

    Reminder snoozed = deskBreak();
    snoozed.snoozed = true;
    id = showAndWait(*notifier, routineNotice(snoozed));
    EXPECT_EQ(m_fake.calls.constLast().replacesId, 0u); // the one before is gone
    emitAction(id, QStringLiteral("default"));
    ASSERT_TRUE(eventually([&] { return started.size() == 2; }));
    EXPECT_EQ(reminderAt(started, 1), snoozed);
    roundTrip(*notifier);
    EXPECT_EQ(dismissed.size(), 0);
}

TEST_F(NotificationsTest, SnoozeAsksForTenMinutes)
{
    auto notifier = makeNotifier();
    QSignalSpy snoozed(notifier.get(), &ReminderNotifier::snoozeRequested);
    QSignalSpy started(notifier.get(), &ReminderNotifier::startRequested);
    const uint id = showAndWait(*notifier, postureNotice());
    emitAction(id, QStringLiteral("snooze"));
    ASSERT_TRUE(eventually([&] { return snoozed.size() == 1; }));
    EXPECT_EQ(reminderAt(snoozed, 0), postureCheck());
    EXPECT_EQ(snoozed.at(0).at(1).toInt(), 10);
    EXPECT_EQ(started.size(), 0);
}

TEST_F(NotificationsTest, ClosedByTheUserIsADismissalExpiredIsNot)
{
    auto notifier = makeNotifier();
    QSignalSpy dismissed(notifier.get(), &ReminderNotifier::dismissed);
    uint id = showAndWait(*notifier, routineNotice());
    emitClosed(id, 2);
    ASSERT_TRUE(eventually([&] { return dismissed.size() == 1; }));
    EXPECT_EQ(reminderAt(dismissed, 0), deskBreak());
    EXPECT_EQ(notifier->shownId(), 0u);

    id = showAndWait(*notifier, postureNotice());
    emitClosed(id, 1); // expired
    ASSERT_TRUE(eventually([&] { return notifier->shownId() == 0u; }));
    id = showAndWait(*notifier, postureNotice());
    emitClosed(id, 3); // closed by a call
    ASSERT_TRUE(eventually([&] { return notifier->shownId() == 0u; }));
    EXPECT_EQ(dismissed.size(), 1);
}

TEST_F(NotificationsTest, ClickingAPostureCheckCountsAsSeen)
{
    auto notifier = makeNotifier();
    QSignalSpy started(notifier.get(), &ReminderNotifier::startRequested);
    QSignalSpy dismissed(notifier.get(), &ReminderNotifier::dismissed);
    const uint id = showAndWait(*notifier, postureNotice());
    emitAction(id, QStringLiteral("default"));
    ASSERT_TRUE(eventually([&] { return dismissed.size() == 1; }));
    EXPECT_EQ(reminderAt(dismissed, 0), postureCheck());
    EXPECT_EQ(started.size(), 0);
}

TEST_F(NotificationsTest, OtherNoticesAndUnknownActionsAreIgnored)
{
    auto notifier = makeNotifier();
    QSignalSpy started(notifier.get(), &ReminderNotifier::startRequested);
    QSignalSpy snoozed(notifier.get(), &ReminderNotifier::snoozeRequested);
    QSignalSpy dismissed(notifier.get(), &ReminderNotifier::dismissed);
    const uint id = showAndWait(*notifier, routineNotice());

    emitAction(id + 7, QStringLiteral("start")); // another application's notice
    emitClosed(id + 7, 2);
    emitAction(0, QStringLiteral("start"));
    emitAction(id, QStringLiteral("share")); // not an action Limber offered
    roundTrip(*notifier);
    EXPECT_EQ(started.size(), 0);
    EXPECT_EQ(snoozed.size(), 0);
    EXPECT_EQ(dismissed.size(), 0);
    EXPECT_EQ(notifier->shownId(), id);

    // Answered once; a second answer for the same notice is not another start.
    emitAction(id, QStringLiteral("start"));
    emitAction(id, QStringLiteral("start"));
    ASSERT_TRUE(eventually([&] { return started.size() == 1; }));
    roundTrip(*notifier);
    EXPECT_EQ(started.size(), 1);
}

TEST_F(NotificationsTest, WithdrawClosesTheNotice)
{
    auto notifier = makeNotifier();
    QSignalSpy dismissed(notifier.get(), &ReminderNotifier::dismissed);
    notifier->withdraw(); // nothing shown: nothing to close
    const uint id = showAndWait(*notifier, routineNotice());
    notifier->withdraw();
    ASSERT_TRUE(eventually([&] { return m_fake.closed == QList<uint>{id}; })) << m_fake.closed.size();
    EXPECT_EQ(notifier->shownId(), 0u);
    emitClosed(id, 2); // the server's answer to the close, however it names the reason
    roundTrip(*notifier);
    EXPECT_EQ(dismissed.size(), 0);
    EXPECT_EQ(m_fake.calls.constLast().replacesId, 0u);
}

TEST_F(NotificationsTest, WithdrawnWhileOnItsWayTheNoticeIsClosedWhenItArrives)
{
    auto notifier = makeNotifier();
    QSignalSpy shown(notifier.get(), &FreedesktopNotifier::noticeShown);
    notifier->show(routineNotice());
    notifier->withdraw();
    ASSERT_TRUE(eventually([&] { return m_fake.closed.size() == 1; }));
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(m_fake.closed.constFirst(), shown.at(0).at(0).toUInt());
    EXPECT_EQ(notifier->shownId(), 0u);
}

TEST_F(NotificationsTest, DestroyingTheNotifierTakesItsNoticeAway)
{
    uint id = 0;
    {
        auto notifier = makeNotifier();
        id = showAndWait(*notifier, routineNotice());
    }
    ASSERT_TRUE(eventually([&] { return m_fake.closed == QList<uint>{id}; })) << m_fake.closed.size();
}

TEST_F(NotificationsTest, WithoutButtonsTheBodySaysHowToStart)
{
    m_fake.capabilities = {QStringLiteral("body")};
    auto notifier = makeNotifier();
    showAndWait(*notifier, routineNotice());
    EXPECT_EQ(m_fake.calls.constFirst().body,
              QStringLiteral("Time for “Desk break”: about 6 minutes.\nTo start it, open Limber."));
    showAndWait(*notifier, postureNotice());
    EXPECT_EQ(m_fake.calls.constLast().body, QStringLiteral("Sit tall, shoulders back and down."));
}

TEST_F(NotificationsTest, MarkupIsEscapedWhereTheServerReadsIt)
{
    ReminderNotice notice = routineNotice();
    notice.title = QStringLiteral("Back & neck <5 min>");
    notice.body = QStringLiteral("Time for “Back & neck <5 min>”.");

    m_fake.capabilities = {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
    auto notifier = makeNotifier();
    showAndWait(*notifier, notice);
    EXPECT_EQ(m_fake.calls.constLast().summary, notice.title); // the summary is never markup
    EXPECT_EQ(m_fake.calls.constLast().body, QStringLiteral("Time for “Back &amp; neck &lt;5 min&gt;”."));
}

TEST_F(NotificationsTest, AServiceThatLeftIsAskedAgainWhenItReturns)
{
    ASSERT_TRUE(m_serviceBus->unregisterService(m_serviceName));
    FreedesktopNotifier notifier(QDBusConnection::sessionBus(), m_serviceName);
    QSignalSpy checked(&notifier, &FreedesktopNotifier::serviceChecked);
    ASSERT_TRUE(checked.wait());
    EXPECT_FALSE(checked.at(0).at(0).toBool());
    EXPECT_FALSE(notifier.isServiceAvailable());

    ASSERT_TRUE(m_serviceBus->registerService(m_serviceName));
    QSignalSpy shown(&notifier, &FreedesktopNotifier::noticeShown);
    notifier.show(routineNotice());
    ASSERT_TRUE(shown.wait());
    EXPECT_TRUE(notifier.isServiceAvailable());
    EXPECT_EQ(m_fake.capabilityQuestions, 1);
    EXPECT_EQ(m_fake.calls.size(), 1);
}

TEST(NotificationsWithoutBus, DoNothingAndNeverBlock)
{
    // A private bus name nobody connected: every call fails quietly.
    FreedesktopNotifier notifier(QDBusConnection(QStringLiteral("not-connected")), FreedesktopNotifier::defaultService);
    EXPECT_FALSE(notifier.isServiceAvailable());
    notifier.show(routineNotice());
    notifier.withdraw();
    EXPECT_EQ(notifier.shownId(), 0u);
}

// The fallback: the tray icon's own balloon. Offscreen has no tray, so this checks the wiring:
// a click on the balloon (messageClicked) answers the notice shown, once.
TEST(TrayMessageNotifier, AClickStartsTheRoutineShown)
{
    QSystemTrayIcon icon;
    TrayMessageNotifier notifier(&icon);
    QSignalSpy started(&notifier, &ReminderNotifier::startRequested);
    QSignalSpy dismissed(&notifier, &ReminderNotifier::dismissed);

    Q_EMIT icon.messageClicked(); // someone else's balloon: nothing shown by Limber
    EXPECT_EQ(started.size(), 0);

    notifier.show(routineNotice());
    ASSERT_TRUE(notifier.shown().has_value());
    Q_EMIT icon.messageClicked();
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(reminderAt(started, 0), deskBreak());
    Q_EMIT icon.messageClicked();
    EXPECT_EQ(started.size(), 1);

    notifier.show(postureNotice());
    Q_EMIT icon.messageClicked();
    EXPECT_EQ(started.size(), 1);
    ASSERT_EQ(dismissed.size(), 1);
    EXPECT_EQ(reminderAt(dismissed, 0), postureCheck());

    notifier.show(routineNotice());
    notifier.withdraw();
    EXPECT_FALSE(notifier.shown().has_value());
    Q_EMIT icon.messageClicked();
    EXPECT_EQ(started.size(), 1);
}

TEST(TrayMessageNotifier, WithoutAnIconShowsNothing)
{
    TrayMessageNotifier notifier(nullptr);
    notifier.show(routineNotice());
    notifier.withdraw();
    EXPECT_FALSE(notifier.shown().has_value());
}

// The real thing, under Xvfb: dunst, activated over D-Bus by the first call, shows the notice;
// dbus-monitor reads the call back as it crossed the bus; dunstctl answers it like a user.
// Registered with CTest by tests/app/CMakeLists.txt through run-with-dunst.sh, which sets
// LIMBER_TEST_XVFB_DESKTOP (elsewhere this would pop up on the developer's own desktop).
TEST(RealNotificationServer, DunstShowsTheNoticeAndReportsTheAnswers)
{
    if (qEnvironmentVariable("LIMBER_TEST_XVFB_DESKTOP") != QStringLiteral("1"))
        GTEST_SKIP() << "runs under Xvfb only (ctest -L app-xvfb)";
    for (const char *tool : {"dunst", "dunstctl", "dbus-monitor"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            GTEST_SKIP() << tool << " is missing (apt-get install dunst dbus)";
    }

    QProcess monitor;
    monitor.setProcessChannelMode(QProcess::MergedChannels);
    monitor.start(QStringLiteral("dbus-monitor"),
                  {QStringLiteral("--session"), QStringLiteral("interface='org.freedesktop.Notifications'")});
    ASSERT_TRUE(monitor.waitForStarted());
    QByteArray seen;
    // dbus-monitor says it is listening with the bus's NameAcquired/NameLost signals.
    ASSERT_TRUE(eventually([&] { return (seen += monitor.readAll()).contains("NameLost"); }, 20000));

    FreedesktopNotifier notifier;
    QSignalSpy shown(&notifier, &FreedesktopNotifier::noticeShown);
    QSignalSpy started(&notifier, &ReminderNotifier::startRequested);
    QSignalSpy dismissed(&notifier, &ReminderNotifier::dismissed);
    ReminderNotice notice = routineNotice();
    notice.body = QStringLiteral("Time for “Back & neck”: about 6 minutes.");
    notifier.show(notice);
    ASSERT_TRUE(eventually([&] { return shown.size() == 1; }, 20000)); // dunst starts on the first call
    EXPECT_TRUE(notifier.isServiceAvailable());
    EXPECT_TRUE(notifier.capabilities().contains(QStringLiteral("actions")));

    ASSERT_TRUE(eventually([&] { return (seen += monitor.readAll()).contains("member=Notify"); }, 20000));
    const QString text = QString::fromUtf8(seen);
    EXPECT_TRUE(text.contains(QStringLiteral("string \"Limber\""))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("string \"io.github.limberapp.limber\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("string \"Desk break\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("string \"start\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("string \"Snooze 10 min\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("string \"x-limber.reminder\"")));

    const auto dunstctl = [](const QStringList &arguments) {
        const ProcessRun run = runProcess(QStringLiteral("dunstctl"), arguments, 20000);
        EXPECT_TRUE(run.finished);
        return run.out.trimmed();
    };
    const auto displayed = [&dunstctl] {
        return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
    };
    ASSERT_TRUE(eventually([&] { return displayed() == 1; }, 20000));

    // A picture of the notice on screen, when asked for (scripts or a curious developer).
    if (const QString dir = qEnvironmentVariable("LIMBER_TEST_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // dunst may draw a moment after it counts the notice: wait for something on the screen.
        QImage screen;
        EXPECT_TRUE(eventually(
            [&] {
                screen = QGuiApplication::primaryScreen()->grabWindow(0).toImage();
                return screen.pixel(screen.width() - 100, 60) != qRgb(0, 0, 0);
            },
            20000));
        screen.save(QDir(dir).filePath(QStringLiteral("notice-dunst.png")));
    }

    // Clicking the notice (dunst's default action) starts the routine.
    dunstctl({QStringLiteral("action"), QStringLiteral("0")});
    ASSERT_TRUE(eventually([&] { return started.size() == 1; }, 20000));
    EXPECT_EQ(reminderAt(started, 0), deskBreak());
    ASSERT_TRUE(eventually([&] { return displayed() == 0; }, 20000));

    // Closing the next one is a dismissal.
    notifier.show(postureNotice());
    ASSERT_TRUE(eventually([&] { return shown.size() == 2; }, 20000));
    ASSERT_TRUE(eventually([&] { return displayed() == 1; }, 20000));
    dunstctl({QStringLiteral("close")});
    ASSERT_TRUE(eventually([&] { return dismissed.size() == 1; }, 20000));
    EXPECT_EQ(reminderAt(dismissed, 0), postureCheck());
    EXPECT_EQ(started.size(), 1);

    EXPECT_TRUE(eventually([&] { return (seen += monitor.readAll()).contains("member=NotificationClosed"); }, 20000));
    monitor.terminate();
    monitor.waitForFinished();
}

#include "NotificationsTest.moc"
