// Limber in the system tray. Offscreen there is no tray, so the menu is checked as an object (its
// texts, what is enabled, what each item asks for); under Xvfb with trayer (a real XEmbed tray,
// see run-xvfb-desktop.sh) the icon is embedded and clicked for real.
#include "Eventually.h"
#include "QtGTest.h"

#include "gui/tray/TrayIcon.h"
#include "gui/tray/TrayMessageNotifier.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimeZone>

using namespace Limber;

namespace {

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

// Monday, 23 November 2026, in Berlin.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), berlin());
}

class TrayIconTest : public testing::Test
{
protected:
    // Times and day names as a British English desktop writes them.
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }

    QAction *action(const char *name) const
    {
        auto *found = m_tray.menu()->findChild<QAction *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QMenu *submenu(const char *name) const
    {
        auto *found = m_tray.menu()->findChild<QMenu *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QStringList visibleTexts() const
    {
        QStringList texts;
        for (const QAction *item : m_tray.menu()->actions()) {
            if (item->isVisible())
                texts << (item->isSeparator() ? QStringLiteral("--") : item->text());
        }
        return texts;
    }

    QLocale m_locale;
    TrayIcon m_tray;
};

// A visible top-level widget of one of Qt's private classes.
QWidget *visibleTopLevel(const char *className)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && qstrcmp(widget->metaObject()->className(), className) == 0)
            return widget;
    }
    return nullptr;
}

// Qt's own message balloon, once shown.
QWidget *balloonTip()
{
    return visibleTopLevel("QBalloonTip");
}

// The little window Qt docks into an XEmbed tray.
QWidget *trayWindow()
{
    return visibleTopLevel("QSystemTrayIconSys");
}

std::string topLevelClasses()
{
    QStringList names;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (const QWidget *widget : widgets)
        names << QString::fromLatin1(widget->metaObject()->className());
    return names.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_F(TrayIconTest, TheMenuWithNothingScheduled)
{
    EXPECT_EQ(
        visibleTexts(),
        QStringList({QStringLiteral("No reminders are on"), QStringLiteral("--"), QStringLiteral("Start a &Routine"),
                     QStringLiteral("&Pause Reminders"), QStringLiteral("&Skip Next Reminder"), QStringLiteral("--"),
                     QStringLiteral("&Open Limber"), QStringLiteral("&Quit Limber")}));
    EXPECT_FALSE(action("trayStatus")->isEnabled()); // a line to read, not a command
    EXPECT_FALSE(submenu("trayRoutines")->menuAction()->isEnabled()); // no routines yet
    EXPECT_FALSE(submenu("trayPause")->menuAction()->isEnabled()); // nothing to pause
    EXPECT_FALSE(action("traySkip")->isEnabled());
    EXPECT_TRUE(action("trayOpen")->isEnabled());
    EXPECT_TRUE(action("trayQuit")->isEnabled());
    EXPECT_EQ(m_tray.statusText(), QStringLiteral("No reminders are on"));
}

TEST_F(TrayIconTest, TheNextReminderReadsAsTodayTomorrowOrAWeekday)
{
    const QDateTime now = at(23, 10, 0);
    m_tray.setNext(at(23, 10, 30), QStringLiteral("Desk break"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: 10:30 Desk break"));
    EXPECT_TRUE(action("traySkip")->isEnabled());
    EXPECT_TRUE(submenu("trayPause")->menuAction()->isEnabled());

    m_tray.setNext(at(24, 9, 0), QStringLiteral("Posture check"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: tomorrow 09:00 Posture check"));
    m_tray.setNext(at(25, 9, 0), QStringLiteral("Desk break"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: Wednesday 09:00 Desk break"));
    m_tray.setNext(at(29, 18, 15), QStringLiteral("Desk break"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: Sunday 18:15 Desk break"));
    m_tray.setNext(QDateTime(QDate(2026, 12, 3), QTime(9, 0), berlin()), QStringLiteral("Desk break"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: 03/12/2026 09:00 Desk break"));

    // The moment is read on the clock of `now`: 08:00 UTC is 09:00 in Berlin.
    m_tray.setNext(QDateTime(QDate(2026, 11, 24), QTime(8, 0), QTimeZone::utc()), QStringLiteral("Desk break"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: tomorrow 09:00 Desk break"));

    // "&" in a name is shown, not taken for a shortcut key.
    m_tray.setNext(at(23, 10, 30), QStringLiteral("Back & neck"), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: 10:30 Back && neck"));
    EXPECT_EQ(m_tray.statusText(), QStringLiteral("Next: 10:30 Back & neck"));

    m_tray.setNext({}, QString(), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("No reminders are on"));
    EXPECT_FALSE(action("traySkip")->isEnabled());
}

TEST_F(TrayIconTest, PausedSaysUntilWhenAndOffersResume)
{
    const QDateTime now = at(23, 13, 0);
    m_tray.setNext(at(24, 9, 0), QStringLiteral("Desk break"), now);
    EXPECT_FALSE(action("trayResume")->isVisible());

    m_tray.setPaused(at(23, 14, 0), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Reminders paused until 14:00"));
    EXPECT_TRUE(action("trayResume")->isVisible());
    EXPECT_FALSE(action("traySkip")->isEnabled()); // nothing comes while paused
    EXPECT_TRUE(submenu("trayPause")->menuAction()->isEnabled()); // a pause can be lengthened
    EXPECT_EQ(visibleTexts().mid(2, 3),
              QStringList({QStringLiteral("Start a &Routine"), QStringLiteral("&Resume Reminders"),
                           QStringLiteral("&Pause Reminders")}));

    m_tray.setPaused(at(24, 0, 0), now); // "until tomorrow" means its start
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Reminders paused until tomorrow"));
    m_tray.setPaused(at(24, 7, 30), now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Reminders paused until tomorrow 07:30"));

    m_tray.setPaused({}, now);
    EXPECT_EQ(action("trayStatus")->text(), QStringLiteral("Next: tomorrow 09:00 Desk break"));
    EXPECT_FALSE(action("trayResume")->isVisible());
    EXPECT_TRUE(action("traySkip")->isEnabled());
}

// Some locales' short time carries seconds (the C locale's is "21:27:00"): the tray says times
// as the Reminders tab does.
TEST_F(TrayIconTest, TimesAreToTheMinuteInEveryLocale)
{
    for (const QLocale &locale :
         {QLocale::c(), QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        QLocale::setDefault(locale);
        m_tray.setNext(at(23, 21, 27), QStringLiteral("Evening test"), at(23, 20, 0));
        EXPECT_EQ(m_tray.statusText(), QStringLiteral("Next: 21:27 Evening test")) << locale.name().toStdString();
        m_tray.setPaused(at(24, 7, 30), at(23, 20, 0));
        EXPECT_EQ(m_tray.statusText(), QStringLiteral("Reminders paused until tomorrow 07:30"))
            << locale.name().toStdString();
        m_tray.setPaused({}, at(23, 20, 0));
    }
}

// While a reminder that just came waits for an answer, the menu offers its Snooze, right under
// the status line.
TEST_F(TrayIconTest, SnoozeIsOfferedWhileAReminderWaits)
{
    m_tray.setNext(at(23, 11, 0), QStringLiteral("Desk break"), at(23, 10, 30));
    EXPECT_FALSE(action("traySnooze")->isVisible());
    EXPECT_FALSE(visibleTexts().join(QLatin1Char('|')).contains(QStringLiteral("nooze")));

    m_tray.setSnoozable(QStringLiteral("Back & neck"));
    EXPECT_TRUE(action("traySnooze")->isVisible());
    EXPECT_TRUE(action("traySnooze")->isEnabled());
    // (English plurals come from limber_en.qm, which the tests do not load.)
    EXPECT_EQ(visibleTexts().at(2), QStringLiteral("S&nooze “Back && neck” for 10 min"));
    QSignalSpy snoozed(&m_tray, &TrayIcon::snoozeRequested);
    action("traySnooze")->trigger();
    EXPECT_EQ(snoozed.size(), 1);

    m_tray.setSnoozable(QString());
    EXPECT_FALSE(action("traySnooze")->isVisible());
}

TEST_F(TrayIconTest, StartARoutineListsTheRoutinesByName)
{
    QSignalSpy started(&m_tray, &TrayIcon::startRequested);
    m_tray.setRoutines({{QStringLiteral("desk-break"), QStringLiteral("Desk break")},
                        {QStringLiteral("r-and-d"), QStringLiteral("R&D stretch")}});
    QMenu *routines = submenu("trayRoutines");
    EXPECT_TRUE(routines->menuAction()->isEnabled());
    ASSERT_EQ(routines->actions().size(), 2);
    EXPECT_EQ(routines->actions().at(0)->text(), QStringLiteral("Desk break"));
    EXPECT_EQ(routines->actions().at(1)->text(), QStringLiteral("R&&D stretch"));

    routines->actions().at(1)->trigger();
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.at(0).at(0).toString(), QStringLiteral("r-and-d"));

    m_tray.setRoutines({{QStringLiteral("morning"), QStringLiteral("Morning")}});
    ASSERT_EQ(routines->actions().size(), 1);
    routines->actions().at(0)->trigger();
    ASSERT_EQ(started.size(), 2);
    EXPECT_EQ(started.at(1).at(0).toString(), QStringLiteral("morning"));

    m_tray.setRoutines({});
    EXPECT_FALSE(routines->menuAction()->isEnabled());
}

TEST_F(TrayIconTest, EachItemAsksForItsAction)
{
    m_tray.setNext(at(23, 10, 30), QStringLiteral("Desk break"), at(23, 10, 0));
    m_tray.setPaused(at(23, 11, 0), at(23, 10, 0));
    const QList<std::pair<const char *, void (TrayIcon::*)()>> items{
        {"trayPauseHour", &TrayIcon::pauseForHourRequested},
        {"trayPauseTomorrow", &TrayIcon::pauseUntilTomorrowRequested},
        {"trayResume", &TrayIcon::resumeRequested},
        {"trayOpen", &TrayIcon::openRequested},
        {"trayQuit", &TrayIcon::quitRequested},
    };
    for (const auto &[name, signal] : items) {
        QSignalSpy spy(&m_tray, signal);
        action(name)->trigger();
        EXPECT_EQ(spy.size(), 1) << name;
    }
    EXPECT_EQ(action("trayPauseHour")->text(), QStringLiteral("For an &Hour"));
    EXPECT_EQ(action("trayPauseTomorrow")->text(), QStringLiteral("Until &Tomorrow"));

    m_tray.setPaused({}, at(23, 10, 0));
    QSignalSpy skipped(&m_tray, &TrayIcon::skipNextRequested);
    action("traySkip")->trigger();
    EXPECT_EQ(skipped.size(), 1);
}

TEST_F(TrayIconTest, WithoutATrayNothingShows)
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this desktop has a tray";
    EXPECT_FALSE(m_tray.isAvailable());
    EXPECT_EQ(m_tray.systemTrayIcon(), nullptr);
    m_tray.setVisible(true);
    EXPECT_FALSE(m_tray.isVisible());
    ASSERT_NE(m_tray.menu(), nullptr); // the menu still works, for whoever shows it
}

// The real tray: trayer on Xvfb (started by run-xvfb-desktop.sh, which sets
// LIMBER_TEST_XVFB_DESKTOP; elsewhere this would add an icon to the developer's own panel).
TEST(RealTray, TheIconIsEmbeddedAndAClickOpensLimber)
{
    if (qEnvironmentVariable("LIMBER_TEST_XVFB_DESKTOP") != QStringLiteral("1"))
        GTEST_SKIP() << "runs under Xvfb with trayer only (ctest -L app-xvfb)";
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // trayer takes the tray selection a moment after it starts.
    ASSERT_TRUE(eventually([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 20000));

    TrayIcon tray;
    ASSERT_TRUE(tray.isAvailable());
    EXPECT_FALSE(tray.isVisible());
    tray.setRoutines({{QStringLiteral("desk-break"), QStringLiteral("Desk break")}});
    const QDateTime now = QDateTime::currentDateTime();
    tray.setNext(now.addSecs(3600), QStringLiteral("Desk break"), now);
    tray.setVisible(true);
    EXPECT_TRUE(tray.isVisible());
    QSystemTrayIcon *icon = tray.systemTrayIcon();
    ASSERT_NE(icon, nullptr);
    EXPECT_FALSE(icon->icon().isNull());
    EXPECT_TRUE(icon->toolTip().startsWith(QStringLiteral("Limber\nNext: ")));
    EXPECT_EQ(icon->contextMenu(), tray.menu());

    // Embedded: the icon's window moves into trayer's panel, 24 pixels high at the top right.
    // (QSystemTrayIcon::geometry() is no help on X11: it keeps the window's first position, so
    // the window itself is asked where it is, which asks the X server.)
    QWidget *window = nullptr;
    ASSERT_TRUE(eventually([&] { return (window = trayWindow()) != nullptr; }, 20000)) << topLevelClasses();
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    QRect placed;
    // trayer may move the icon again as it lays its panel out: the click below waits until the
    // icon has stayed in one place in the panel for half a second.
    QRect steady;
    QElapsedTimer steadyFor;
    // Qt makes a new icon window when the tray answers late or drops the first one (trayer's
    // "BadWindow"), deleting the old: it is looked up again each time, never kept.
    ASSERT_TRUE(eventually(
        [&] {
            window = trayWindow();
            if (!window)
                return false;
            placed = QRect(window->mapToGlobal(QPoint(0, 0)), window->size());
            const bool inPanel = placed.top() >= 0 && placed.bottom() < 24 && placed.left() > screen.width() / 2;
            if (!inPanel || placed != steady) {
                steady = placed;
                steadyFor.start();
                return false;
            }
            return steadyFor.elapsed() >= 500;
        },
        20000))
        << placed.x() << "," << placed.y() << " " << placed.width() << "x" << placed.height();

    // A real click on the icon opens Limber (xdotool moves the X pointer and clicks).
    if (!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty()) {
        QSignalSpy opened(&tray, &TrayIcon::openRequested);
        const QPoint centre = placed.center();
        QProcess::execute(QStringLiteral("xdotool"),
                          {QStringLiteral("mousemove"), QString::number(centre.x()), QString::number(centre.y()),
                           QStringLiteral("click"), QStringLiteral("1")});
        EXPECT_TRUE(eventually([&] { return opened.size() == 1; }, 20000))
            << "clicked at " << centre.x() << "," << centre.y() << "; the icon is now at "
            << (trayWindow() ? trayWindow()->mapToGlobal(QPoint(0, 0)).x() : -1) << ","
            << (trayWindow() ? trayWindow()->mapToGlobal(QPoint(0, 0)).y() : -1);
    }

    // Pictures of the menu and of the fallback balloon, when asked for.
    if (const QString dir = qEnvironmentVariable("LIMBER_TEST_SCREENSHOT_DIR"); !dir.isEmpty()) {
        tray.menu()->popup(placed.bottomLeft());
        EXPECT_TRUE(QTest::qWaitForWindowExposed(tray.menu()));
        QGuiApplication::primaryScreen()->grabWindow(0).save(QDir(dir).filePath(QStringLiteral("tray-menu.png")));
        tray.menu()->hide();

        TrayMessageNotifier balloon(icon);
        balloon.show(
            {{}, QStringLiteral("Desk break"), QStringLiteral("Time for “Desk break”: about 6 minutes."), true});
        QWidget *tip = nullptr;
        EXPECT_TRUE(eventually([&] { return (tip = balloonTip()) != nullptr; })) << topLevelClasses();
        if (tip) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(tip));
        }
        QGuiApplication::primaryScreen()->grabWindow(0).save(QDir(dir).filePath(QStringLiteral("tray-balloon.png")));
        balloon.withdraw();
        EXPECT_TRUE(eventually([] { return balloonTip() == nullptr; }));
    }

    tray.setVisible(false);
    EXPECT_FALSE(tray.isVisible());
}
