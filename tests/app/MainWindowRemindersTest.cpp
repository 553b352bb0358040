// The Reminders tab in the main window, wired to the real reminder service (on fake clocks) and a
// real schedule file, and closing the window into the tray.
#include "QtGTest.h"

#include "ReminderRig.h"
#include "ScheduleFixtures.h"
#include "gui/main/MainWindow.h"
#include "gui/reminders/ReminderController.h"
#include "gui/reminders/RemindersView.h"
#include "gui/reminders/WindowNotifier.h"
#include "gui/widgets/PageTabs.h"
#include "platform/LoginItem.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleStore.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Limber;
using namespace Limber::Fixtures;

namespace {

// Starting at login as a test can see it: a flag, or a failure.
class FakeLoginItem final : public LoginItem
{
public:
    [[nodiscard]] bool isSupported() const override { return true; }
    [[nodiscard]] bool isEnabled() const override { return enabled; }
    [[nodiscard]] MaybeError setEnabled(bool on) override
    {
        enabled = on;
        return std::nullopt;
    }
    bool enabled = false;
};

class MainWindowRemindersTest : public testing::Test
{
protected:
    MainWindowRemindersTest()
        : m_library(Library::open(m_dir.path()).value())
        , m_settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat)
        , m_store(m_dir.path())
        , m_rig(at(berlin(), 2026, 11, 23, 10, 0)) // a Monday
        , m_controller(*m_library, m_store, *m_rig.service)
        , m_window(*m_library, m_settings)
    {
        m_rig.service->setSchedule(ScheduleFormat::starter());
        m_rig.service->start();
        m_window.setReminders(&m_controller, m_rig.wall, &m_login);
    }

    void switchFirstRuleOn()
    {
        m_window.remindersView()
            ->findChild<QTreeWidget *>(QStringLiteral("ruleList"))
            ->topLevelItem(0)
            ->setCheckState(0, Qt::Checked);
    }

    Schedule saved() const { return Fixtures::savedSchedule(m_dir.path()); }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    QSettings m_settings;
    ScheduleStore m_store;
    ReminderRig m_rig;
    ReminderController m_controller;
    FakeLoginItem m_login;
    MainWindow m_window;
};

TEST_F(MainWindowRemindersTest, TheTabShowsTheSavedRulesAndCtrl3OpensIt)
{
    auto *tabs = m_window.findChild<Limber::PageTabs *>(QStringLiteral("mainTabs"));
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("Re&minders"));
    ASSERT_NE(m_window.remindersView(), nullptr);
    EXPECT_EQ(m_window.remindersView()->rules(), ScheduleFormat::starter().rules);

    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    QTest::keyClick(&m_window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentPage(), m_window.remindersView());
}

TEST_F(MainWindowRemindersTest, SwitchingARuleOnIsSavedAndTheNextFiveFollow)
{
    auto *list = m_window.remindersView()->findChild<QTreeWidget *>(QStringLiteral("ruleList"));
    ASSERT_NE(list, nullptr);
    auto *empty = m_window.remindersView()->findChild<QLabel *>(QStringLiteral("upcomingEmpty"));
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(empty->isHidden()); // nothing is on yet

    // The user ticks the desk break rule (the first row) in the list.
    list->topLevelItem(0)->setCheckState(0, Qt::Checked);

    const Schedule schedule = saved();
    ASSERT_EQ(schedule.rules.size(), 2);
    EXPECT_TRUE(schedule.rules.at(0).enabled);
    EXPECT_FALSE(schedule.rules.at(1).enabled);
    EXPECT_EQ(m_controller.nextMoment(), at(berlin(), 2026, 11, 23, 10, 30));
    EXPECT_TRUE(empty->isHidden());
    auto *first = m_window.remindersView()->findChild<QLabel *>(QStringLiteral("upcomingWhen0"));
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->text().contains(QStringLiteral("10:30"))) << first->text().toStdString();
}

TEST_F(MainWindowRemindersTest, APauseShowsItsBarAndResumeEndsIt)
{
    m_window.remindersView()
        ->findChild<QTreeWidget *>(QStringLiteral("ruleList"))
        ->topLevelItem(0)
        ->setCheckState(0, Qt::Checked);
    m_controller.pauseForAnHour();
    auto *label = m_window.remindersView()->findChild<QLabel *>(QStringLiteral("pauseLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("11:00"))) << label->text().toStdString();
    EXPECT_TRUE(saved().pausedUntil.isValid());
    Q_EMIT m_window.remindersView()->resumeRequested();
    EXPECT_FALSE(saved().pausedUntil.isValid());
}

TEST_F(MainWindowRemindersTest, StartAtLoginFollowsTheBox)
{
    auto *box = m_window.remindersView()->findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isHidden());
    box->click();
    EXPECT_TRUE(m_login.enabled);
    box->click();
    EXPECT_FALSE(m_login.enabled);
}

TEST_F(MainWindowRemindersTest, ClosingKeepsLimberInTheTrayOnlyWhenAsked)
{
    bool keep = true;
    m_window.setKeepRunningWhenClosed([&keep] { return keep; });
    QSignalSpy hidden(&m_window, &MainWindow::hiddenToTray);
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));

    EXPECT_FALSE(m_window.close()); // the close is refused: the window only hides
    EXPECT_FALSE(m_window.isVisible());
    EXPECT_EQ(hidden.count(), 1);

    m_window.bringForward();
    EXPECT_TRUE(m_window.isVisible());
    keep = false;
    EXPECT_TRUE(m_window.close());
    EXPECT_EQ(hidden.count(), 1);
}

TEST_F(MainWindowRemindersTest, QuitClosesEvenWhenTheTrayWouldKeepIt)
{
    m_window.setKeepRunningWhenClosed([] { return true; });
    QSignalSpy hidden(&m_window, &MainWindow::hiddenToTray);
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    QAction *quit = nullptr;
    for (QAction *action : m_window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->text() == QStringLiteral("&Quit"))
            quit = action;
    }
    ASSERT_NE(quit, nullptr);
    quit->trigger();
    EXPECT_FALSE(m_window.isVisible());
    EXPECT_EQ(hidden.count(), 0);
}

TEST_F(MainWindowRemindersTest, WithoutNotificationsOrTrayTheWindowItselfReminds)
{
    WindowNotifier notifier(m_window);
    m_controller.setNotifier(&notifier);
    QSignalSpy starts(&m_controller, &ReminderController::startRoutineRequested);
    m_window.showMinimized();

    switchFirstRuleOn();
    m_rig.runMinutes(31); // the 10:30 desk break
    QMessageBox *box = notifier.message();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_FALSE(m_window.isMinimized());
    EXPECT_EQ(box->windowTitle(), QStringLiteral("Desk break"));
    auto *start = qobject_cast<QPushButton *>(box->defaultButton());
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->text(), QStringLiteral("&Start"));
    start->click();
    ASSERT_EQ(starts.count(), 1);
    EXPECT_EQ(starts.constFirst().constFirst().toString(), QStringLiteral("desk-break"));
    EXPECT_EQ(notifier.message(), nullptr);
}

} // namespace
