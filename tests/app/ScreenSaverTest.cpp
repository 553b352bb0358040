// The screen saver is held off while a session moves: checked against a stand-in for the
// freedesktop ScreenSaver service on a real session bus (tests run under dbus-run-session).
#include "QtGTest.h"

#include "Eventually.h"
#include "FakeClock.h"
#include "gui/session/SessionWindow.h"
#include "platform/freedesktop/FreedesktopScreenSaver.h"
#include "session/TimelineBuilder.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace Limber;

namespace {

// Plays the screen saver: counts Inhibit and UnInhibit calls.
class FakeScreenSaver final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    int inhibits = 0;
    int uninhibits = 0;
    uint lastReleased = 0;
    QString lastApp;

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &)
    {
        ++inhibits;
        lastApp = application;
        return 40 + uint(inhibits);
    }
    void UnInhibit(uint cookie)
    {
        ++uninhibits;
        lastReleased = cookie;
    }
};

class ScreenSaverTest : public testing::Test
{
protected:
    void SetUp() override
    {
        if (!QDBusConnection::sessionBus().isConnected())
            GTEST_SKIP() << "no session bus (run under dbus-run-session)";
        // The stand-in lives on its own connection, so the calls really cross the bus.
        m_serviceBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-screensaver")));
        ASSERT_TRUE(
            m_serviceBus->registerObject(FreedesktopScreenSaver::path, &m_fake, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(m_serviceBus->registerService(FreedesktopScreenSaver::service));
    }

    void TearDown() override
    {
        if (m_serviceBus) {
            m_serviceBus->unregisterService(FreedesktopScreenSaver::service);
            m_serviceBus->unregisterObject(FreedesktopScreenSaver::path);
            QDBusConnection::disconnectFromBus(QStringLiteral("fake-screensaver"));
        }
    }

    FakeScreenSaver m_fake;
    std::unique_ptr<QDBusConnection> m_serviceBus;
};

} // namespace

TEST_F(ScreenSaverTest, HeldWhileTheSessionRunsReleasedWhenPausedAndClosed)
{
    QTemporaryDir dir;
    auto library = Library::open(dir.path()).value();
    FakeClock clock;
    SessionWindow window(
        library->catalog(),
        TimelineBuilder(library->catalog()).build(*library->routines().find(QStringLiteral("desk-break"))), clock);
    FreedesktopScreenSaver inhibitor;
    window.setScreenSaverInhibitor(&inhibitor);
    window.show();

    window.tick();
    QTest::qWait(50);
    EXPECT_EQ(m_fake.inhibits, 0); // not before the session starts

    window.start();
    EXPECT_TRUE(eventually([this] { return m_fake.inhibits == 1; })) << m_fake.inhibits;
    EXPECT_EQ(m_fake.lastApp, QStringLiteral("Limber"));
    clock.advanceMs(1000);
    window.tick();
    QTest::qWait(50);
    EXPECT_EQ(m_fake.inhibits, 1); // once, not on every tick

    window.togglePause();
    EXPECT_TRUE(eventually([this] { return m_fake.uninhibits == 1; })) << m_fake.uninhibits;
    EXPECT_EQ(m_fake.lastReleased, 41u);

    window.togglePause(); // resuming: the 3-2-1 already counts as moving
    EXPECT_TRUE(eventually([this] { return m_fake.inhibits == 2; })) << m_fake.inhibits;
    window.close();
    EXPECT_TRUE(eventually([this] { return m_fake.uninhibits == 2; })) << m_fake.uninhibits;
    EXPECT_EQ(m_fake.lastReleased, 42u);
}

TEST(ScreenSaverWithoutService, DoesNothingAndNeverBlocks)
{
    // A private bus name nobody owns: calls fail quietly.
    FreedesktopScreenSaver inhibitor(QDBusConnection(QStringLiteral("not-connected")));
    inhibitor.inhibit(QStringLiteral("test"));
    EXPECT_TRUE(inhibitor.isInhibited());
    inhibitor.release();
    EXPECT_FALSE(inhibitor.isInhibited());
}

#include "ScreenSaverTest.moc"
