// The reminders as Limber's window sets them up at start (DesktopReminders), on a real data
// folder: what the Reminders tab shows on a first start and on the next.
#include "QtGTest.h"

#include "desktop/DesktopReminders.h"
#include "gui/main/MainWindow.h"
#include "gui/reminders/RemindersView.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleStore.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Limber;

namespace {

class DesktopRemindersTest : public testing::Test
{
protected:
    DesktopRemindersTest()
        : m_library(Library::open(m_dir.path()).value())
        , m_settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat)
        , m_window(*m_library, m_settings)
    { }

    std::unique_ptr<DesktopReminders> start()
    {
        return std::make_unique<DesktopReminders>(*m_library, m_window, m_settings, m_dir.path(), QString());
    }

    int shownRules() const
    {
        return m_window.remindersView()->findChild<QTreeWidget *>(QStringLiteral("ruleList"))->topLevelItemCount();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    QSettings m_settings;
    MainWindow m_window;
};

TEST_F(DesktopRemindersTest, AFirstStartShowsTheSuggestedRules)
{
    const auto reminders = start();
    ASSERT_NE(m_window.remindersView(), nullptr);
    const QList<ReminderRule> suggested = ScheduleFormat::starter().rules;
    ASSERT_FALSE(suggested.isEmpty());
    EXPECT_EQ(m_window.remindersView()->rules(), suggested);
    EXPECT_EQ(shownRules(), suggested.size());
}

TEST_F(DesktopRemindersTest, TheNextStartShowsTheSavedRules)
{
    Schedule mine = ScheduleFormat::starter();
    mine.rules.resize(1);
    mine.rules[0].name = QStringLiteral("After lunch");
    mine.rules[0].enabled = true;
    ASSERT_FALSE(ScheduleStore(m_dir.path()).save(mine).has_value());

    const auto reminders = start();
    ASSERT_NE(m_window.remindersView(), nullptr);
    EXPECT_EQ(m_window.remindersView()->rules(), mine.rules);
    EXPECT_EQ(shownRules(), 1);
}

} // namespace
