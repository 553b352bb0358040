// The reminder controller between the waiting service and the desktop: a real schedule file in a
// temporary folder, the real service on fake clocks (nothing waits for real time), and a notifier
// that records what it was asked to show (the D-Bus notifier itself is tested in
// NotificationsTest against a stand-in service on a real session bus).
#include "gui/reminders/ReminderController.h"
#include "ReminderRig.h"
#include "ScheduleFixtures.h"
#include "schedule/ReminderService.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleStore.h"
#include "storage/JsonFile.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Limber;
using namespace Limber::Fixtures;

namespace {

class RecordingNotifier final : public ReminderNotifier
{
public:
    void show(const ReminderNotice &notice) override { shown.append(notice); }
    void withdraw() override { ++withdrawn; }

    QList<ReminderNotice> shown;
    int withdrawn = 0;
};

class ReminderControllerTest : public testing::Test
{
protected:
    ReminderControllerTest()
        : m_library(Library::open(m_dir.path()).value())
        , m_store(m_dir.path())
        , m_rig(at(berlin(), 2026, 11, 23, 10, 0)) // a Monday
        , m_wall(m_rig.wall)
        , m_service(m_rig.service)
    {
        m_controller = std::make_unique<ReminderController>(*m_library, m_store, *m_service);
        m_controller->setNotifier(&m_notifier);
    }

    void startWith(const QList<ReminderRule> &rules) { m_rig.start(rules); }
    void runMinutes(qint64 minutes) { m_rig.runMinutes(minutes); }

    // What is on disk now, read back through the real format.
    Schedule savedSchedule() const { return Fixtures::savedSchedule(m_dir.path()); }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    ScheduleStore m_store;
    ReminderRig m_rig;
    FakeWallClock &m_wall;
    std::unique_ptr<ReminderService> &m_service;
    std::unique_ptr<ReminderController> m_controller;
    RecordingNotifier m_notifier;
};

TEST_F(ReminderControllerTest, ADueRoutineReminderIsShownWithItsNameAndLength)
{
    startWith({fixedRule(QStringLiteral("desk"), {QTime(10, 30)})});
    runMinutes(29);
    EXPECT_TRUE(m_notifier.shown.isEmpty());
    runMinutes(2);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    const ReminderNotice &notice = m_notifier.shown.constFirst();
    EXPECT_EQ(notice.title, QStringLiteral("desk"));
    EXPECT_TRUE(notice.canStart);
    EXPECT_TRUE(notice.body.contains(QStringLiteral("Desk break"))) << notice.body.toStdString();
    // (English plurals come from limber_en.qm, which the tests do not load.)
    EXPECT_TRUE(notice.body.contains(QStringLiteral("about 6 minute"))) << notice.body.toStdString();
    EXPECT_EQ(notice.reminder.scheduled, at(berlin(), 2026, 11, 23, 10, 30));
    ASSERT_TRUE(m_controller->pending().has_value());
}

TEST_F(ReminderControllerTest, APostureCheckHasThePromptAndNoStart)
{
    ReminderRule posture = intervalRule(QStringLiteral("posture"), QTime(10, 15), QTime(12, 0), 60);
    posture.target = ReminderTarget::postureCheck();
    startWith({posture});
    runMinutes(16);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    EXPECT_FALSE(m_notifier.shown.constFirst().canStart);
    EXPECT_EQ(m_notifier.shown.constFirst().body, ReminderTarget::postureCheckPrompt());

    QSignalSpy starts(m_controller.get(), &ReminderController::startRoutineRequested);
    Q_EMIT m_notifier.startRequested(m_notifier.shown.constFirst().reminder);
    EXPECT_EQ(starts.count(), 0);
}

TEST_F(ReminderControllerTest, StartFromTheNoticeAsksForThatRoutine)
{
    startWith({fixedRule(QStringLiteral("desk"), {QTime(10, 30)})});
    runMinutes(31);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    QSignalSpy starts(m_controller.get(), &ReminderController::startRoutineRequested);
    Q_EMIT m_notifier.startRequested(m_notifier.shown.constFirst().reminder);
    ASSERT_EQ(starts.count(), 1);
    EXPECT_EQ(starts.constFirst().constFirst().toString(), QStringLiteral("desk-break"));
    EXPECT_FALSE(m_controller->pending().has_value());
}

TEST_F(ReminderControllerTest, SnoozeFromTheNoticeBringsItBackAndIsSaved)
{
    startWith({fixedRule(QStringLiteral("desk"), {QTime(10, 30)})});
    runMinutes(31);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    Q_EMIT m_notifier.snoozeRequested(m_notifier.shown.constFirst().reminder, 10);

    const Schedule saved = savedSchedule();
    ASSERT_TRUE(saved.snooze.has_value());
    EXPECT_EQ(saved.snooze->until, m_wall.now().addSecs(600));

    runMinutes(9);
    EXPECT_EQ(m_notifier.shown.size(), 1);
    runMinutes(2);
    ASSERT_EQ(m_notifier.shown.size(), 2);
    EXPECT_TRUE(m_notifier.shown.constLast().reminder.snoozed);
    EXPECT_TRUE(m_notifier.shown.constLast().body.contains(QStringLiteral("Snoozed")));
}

// The tray's Snooze: the reminder that came and waits for an answer, for as long as its notice's
// Snooze would.
TEST_F(ReminderControllerTest, SnoozeFromTheTrayIsTheNoticesSnooze)
{
    startWith({fixedRule(QStringLiteral("desk"), {QTime(10, 30)})});
    QSignalSpy status(m_controller.get(), &ReminderController::statusChanged);
    runMinutes(31);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    ASSERT_TRUE(m_controller->pending().has_value());
    EXPECT_GT(status.count(), 0) << "the tray learns that a reminder waits";

    status.clear();
    m_controller->snoozePending();
    EXPECT_FALSE(m_controller->pending().has_value());
    EXPECT_EQ(m_notifier.withdrawn, 1) << "the notice goes";
    EXPECT_GT(status.count(), 0);
    const Schedule saved = savedSchedule();
    ASSERT_TRUE(saved.snooze.has_value());
    EXPECT_EQ(saved.snooze->until, m_wall.now().addSecs(60 * ReminderNotice::snoozeMinutes));
    EXPECT_EQ(ReminderNotice::snoozeMinutes, 10);

    runMinutes(ReminderNotice::snoozeMinutes + 1);
    ASSERT_EQ(m_notifier.shown.size(), 2);
    EXPECT_TRUE(m_notifier.shown.constLast().reminder.snoozed);
}

// Once the user answered the notice (here: closed it), the tray no longer offers to snooze it.
TEST_F(ReminderControllerTest, AnAnsweredReminderNoLongerWaits)
{
    startWith({fixedRule(QStringLiteral("desk"), {QTime(10, 30)})});
    runMinutes(31);
    ASSERT_TRUE(m_controller->pending().has_value());
    QSignalSpy status(m_controller.get(), &ReminderController::statusChanged);
    Q_EMIT m_notifier.dismissed(m_notifier.shown.constFirst().reminder);
    EXPECT_FALSE(m_controller->pending().has_value());
    EXPECT_EQ(status.count(), 1);
    m_controller->snoozePending(); // nothing waits: nothing is snoozed
    EXPECT_FALSE(savedSchedule().snooze.has_value());
}

TEST_F(ReminderControllerTest, PauseSkipAndResumeReachTheServiceAndTheFile)
{
    startWith({intervalRule(QStringLiteral("posture"), QTime(10, 30), QTime(17, 0), 30)});
    QSignalSpy status(m_controller.get(), &ReminderController::statusChanged);
    EXPECT_EQ(m_controller->nextMoment(), at(berlin(), 2026, 11, 23, 10, 30));
    EXPECT_EQ(m_controller->nextName(), QStringLiteral("posture"));

    m_controller->skipNext();
    EXPECT_EQ(m_controller->nextMoment(), at(berlin(), 2026, 11, 23, 11, 0));
    EXPECT_GT(status.count(), 0);

    m_controller->pauseForAnHour();
    EXPECT_EQ(savedSchedule().pausedUntil, at(berlin(), 2026, 11, 23, 11, 0));
    runMinutes(59);
    EXPECT_TRUE(m_notifier.shown.isEmpty());

    m_controller->pauseUntilTomorrow();
    EXPECT_EQ(savedSchedule().pausedUntil, at(berlin(), 2026, 11, 24, 0, 0));
    m_controller->resume();
    EXPECT_FALSE(savedSchedule().pausedUntil.isValid());
    runMinutes(32); // to 11:31: the 11:00 and 11:30 reminders come
    EXPECT_EQ(m_notifier.shown.size(), 2);
}

TEST_F(ReminderControllerTest, AfterSleepOneCatchUpSaysWhatWasMissed)
{
    startWith({intervalRule(QStringLiteral("posture"), QTime(10, 10), QTime(17, 0), 10)});
    // The machine sleeps from 10:00 to 10:45; then the watchdog notices.
    m_wall.advanceMinutes(45);
    runMinutes(2);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    const ReminderNotice &notice = m_notifier.shown.constFirst();
    EXPECT_TRUE(notice.reminder.catchUp);
    EXPECT_TRUE(notice.body.contains(QStringLiteral("away"))) << notice.body.toStdString();
}

TEST_F(ReminderControllerTest, ARuleForAMissingRoutineCannotStart)
{
    ReminderRule rule = fixedRule(QStringLiteral("gone"), {QTime(10, 30)});
    rule.target = ReminderTarget::routine(QStringLiteral("deleted-long-ago"));
    startWith({rule});
    runMinutes(31);
    ASSERT_EQ(m_notifier.shown.size(), 1);
    EXPECT_FALSE(m_notifier.shown.constFirst().canStart);
    QSignalSpy starts(m_controller.get(), &ReminderController::startRoutineRequested);
    m_controller->startPending();
    EXPECT_EQ(starts.count(), 0);
}

TEST_F(ReminderControllerTest, OnlyRulesThatAreOnKeepLimberInTheTray)
{
    ReminderRule off = fixedRule(QStringLiteral("desk"), {QTime(10, 30)});
    off.enabled = false;
    startWith({off});
    EXPECT_FALSE(m_controller->hasActiveRules());
    off.enabled = true;
    m_service->setRules({off});
    EXPECT_TRUE(m_controller->hasActiveRules());
    EXPECT_EQ(savedSchedule().rules.size(), 1);
}

TEST_F(ReminderControllerTest, ASaveThatFailsIsReportedOnce)
{
    startWith({fixedRule(QStringLiteral("desk"), {QTime(10, 30)})});
    // Something that is not a file stands where the schedule goes, so saving must fail (also for
    // root, who may write anywhere). ScheduleStoreTest shows a failed save keeps the old file.
    QFile::remove(m_store.path());
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("schedule.json")));
    QSignalSpy failures(m_controller.get(), &ReminderController::saveFailed);
    m_controller->pauseForAnHour();
    m_controller->resume();
    ASSERT_EQ(failures.count(), 1);
    EXPECT_TRUE(failures.constFirst().constFirst().toString().contains(QStringLiteral("schedule.json")));
    EXPECT_TRUE(QFileInfo(m_store.path()).isDir());
}

} // namespace
