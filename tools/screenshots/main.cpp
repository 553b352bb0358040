// Takes the screenshots in docs/screenshots from real windows. Run it through
// scripts/screenshots.sh, which starts it under Xvfb so the pictures come from an X server.
#include "cues/CueOutputNull.h"
#include "gui/appearance/Theme.h"
#include "gui/library/ExerciseLibraryView.h"
#include "gui/main/MainWindow.h"
#include "gui/reminders/ReminderController.h"
#include "gui/reminders/ReminderRuleDialog.h"
#include "gui/reminders/RemindersView.h"
#include "gui/routines/RoutineEditor.h"
#include "gui/routines/RoutinesView.h"
#include "gui/session/SessionWindow.h"
#include "gui/widgets/PageTabs.h"
#include "illustration/IllustrationFormat.h"
#include "platform/Translations.h"
#include "print/RoutineSheetDialog.h"
#include "schedule/QtWakeUpTimer.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ReminderService.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleStore.h"
#include "schedule/WallClock.h"
#include "session/SteadyClock.h"
#include "session/TimelineBuilder.h"
#include "storage/Library.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace {

bool capture(QWidget &window, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(300); // let the X server draw what was just shown
    const QPixmap shot = window.screen()->grabWindow(window.winId());
    if (shot.isNull() || !shot.save(path)) {
        QTextStream(stderr) << "screenshots: could not save " << path << Qt::endl;
        return false;
    }
    QTextStream(stdout) << "screenshots: wrote " << path << Qt::endl;
    return true;
}

// A wall clock stopped on a Thursday afternoon, so the reminder shots say the same every time.
class StoppedClock final : public Limber::WallClock
{
public:
    StoppedClock()
        : m_zone(QByteArrayLiteral("Europe/Berlin"))
        , m_now(QDate(2024, 11, 21), QTime(14, 20), m_zone)
    { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    [[nodiscard]] QTimeZone zone() const override { return m_zone; }

private:
    QTimeZone m_zone;
    QDateTime m_now;
};

// The starter schedule switched on, and a weekend rule of the user's own, switched off.
Limber::Schedule reminderSchedule()
{
    Limber::Schedule schedule = Limber::ScheduleFormat::starter();
    for (Limber::ReminderRule &rule : schedule.rules)
        rule.enabled = true;
    Limber::ReminderRule weekend;
    weekend.id = QStringLiteral("weekend-mobility");
    weekend.name = QStringLiteral("Weekend mobility");
    weekend.enabled = false;
    weekend.weekdays = Limber::Weekdays::of({6, 7});
    weekend.times = {QTime(11, 0)};
    weekend.target = Limber::ReminderTarget::routine(QStringLiteral("gentle-morning"));
    schedule.rules.append(weekend);
    return schedule;
}

void showSchedule(Limber::RemindersView &view, const Limber::WallClock &clock, const QDateTime &pausedUntil)
{
    Limber::Schedule schedule = reminderSchedule();
    schedule.pausedUntil = pausedUntil;
    view.setRules(schedule.rules);
    view.setUpcoming(Limber::ReminderPlanner::upcoming(schedule, clock.now(), clock.zone(), 5));
    view.setPausedUntil(pausedUntil);
    view.setStartAtLogin(true, true);
}

// A clock the screenshots set by hand, so each step is caught at the same moment every time.
class ManualClock final : public Limber::Clock
{
public:
    [[nodiscard]] std::chrono::milliseconds now() const override { return m_now; }
    void set(qint64 ms) { m_now = std::chrono::milliseconds(ms); }

private:
    std::chrono::milliseconds m_now{0};
};

// How far into a step its picture is taken: inside the first phase of a paced rep, well into a
// hold, a little into the rest.
qint64 momentIn(const Limber::Step &step)
{
    if (!step.phases.isEmpty())
        return std::min<qint64>(step.phases.first().lengthMs * 2 / 3, step.lengthMs - 1);
    return step.lengthMs * 2 / 5;
}

// The session at the first step of each kind: session-step-<kind>.png.
bool captureStepKinds(const Limber::Library &library, const QDir &out, const Limber::SessionSettings &settings,
                      const QStringList &exercises, QSet<Limber::StepKind> &seen)
{
    Limber::Routine routine;
    routine.id = QStringLiteral("every-kind");
    routine.name = QStringLiteral("Every kind of step");
    routine.restBetweenSeconds = 15;
    for (const QString &id : exercises)
        routine.items.append(Limber::RoutineItem{id, {}});
    const Limber::Timeline timeline
        = Limber::TimelineBuilder(library.catalog(), {}, settings).build(routine, Limber::Level::Gentle);
    ManualClock clock;
    Limber::SessionWindow session(library.catalog(), timeline, clock);
    session.resize(1000, 660);
    session.show();
    if (!QTest::qWaitForWindowExposed(&session))
        return false;
    session.start();
    bool ok = true;
    for (const Limber::Step &step : timeline.steps) {
        if (step.kind == Limber::StepKind::Done || seen.contains(step.kind))
            continue;
        seen.insert(step.kind);
        clock.set(step.startMs + momentIn(step));
        session.tick();
        ok &= capture(session, out.filePath(QStringLiteral("session-step-%1.png").arg(Limber::stepKindId(step.kind))));
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Limber::applyTheme(Limber::Theme::Light);
    const QStringList arguments = QApplication::arguments();
    const bool german = arguments.size() == 3 && arguments.at(2) == QStringLiteral("--german");
    if (arguments.size() != 2 && !german) {
        QTextStream(stderr) << "usage: limber-screenshots OUTPUT_FOLDER [--german]" << Qt::endl;
        return 2;
    }
    const QDir out(arguments.at(1));
    QDir().mkpath(out.path());
    // --german, started with LANGUAGE=de (the README's way): the library and the Reminders tab
    // only, as library-de.png and reminders-de.png.
    if (german)
        Limber::installTranslations(app, QStringLiteral(LIMBER_QM_DIR));

    QTemporaryDir data;
    auto library = Limber::Library::open(data.path()).value();
    QSettings settings(data.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    Limber::MainWindow window(*library, settings);
    // The Reminders tab, wired as in Limber, on a clock stopped on a Thursday afternoon.
    StoppedClock clock;
    Limber::SteadyClock steady;
    Limber::ScheduleStore store(data.path());
    Limber::ReminderService service(clock, steady, std::make_unique<Limber::QtWakeUpTimer>(),
                                    std::make_unique<Limber::QtWakeUpTimer>());
    service.setSchedule(reminderSchedule());
    Limber::ReminderController controller(*library, store, service);
    window.setReminders(&controller, clock, nullptr);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    auto *tabs = window.findChild<Limber::PageTabs *>(QStringLiteral("mainTabs"));
    bool ok = true;
    if (german) {
        window.libraryView()->selectExercise(QStringLiteral("scapular-retractions"));
        ok &= capture(window, out.filePath(QStringLiteral("library-de.png")));
        tabs->setCurrentPage(window.remindersView());
        showSchedule(*window.remindersView(), clock, {});
        ok &= capture(window, out.filePath(QStringLiteral("reminders-de.png")));
        return ok ? 0 : 1;
    }
    tabs->setCurrentIndex(0);
    window.libraryView()->selectExercise(QStringLiteral("childs-pose"));
    ok &= capture(window, out.filePath(QStringLiteral("library.png")));

    tabs->setCurrentIndex(1);
    window.routinesView()->selectRoutine(QStringLiteral("desk-break"));
    ok &= capture(window, out.filePath(QStringLiteral("routines.png")));

    // A routine of the user's own, in the editor, with one number changed.
    window.routinesView()->copyCurrent();
    window.routinesView()->editor()->selectItem(1);
    if (auto *hold = window.findChild<QSpinBox *>(QStringLiteral("holdSpin")))
        hold->setValue(30);
    ok &= capture(window, out.filePath(QStringLiteral("editor.png")));

    Limber::applyTheme(Limber::Theme::Dark);
    ok &= capture(window, out.filePath(QStringLiteral("editor-dark.png")));
    tabs->setCurrentIndex(0);
    ok &= capture(window, out.filePath(QStringLiteral("library-dark.png")));

    // The Reminders tab, paused in dark, then in light with its rule dialog.
    Limber::RemindersView *reminders = window.remindersView();
    tabs->setCurrentPage(reminders);
    QWidget *reminderWindow = &window;
    showSchedule(*reminders, clock, clock.now().addSecs(100 * 60));
    ok &= capture(*reminderWindow, out.filePath(QStringLiteral("reminders-dark.png")));
    Limber::applyTheme(Limber::Theme::Light);
    showSchedule(*reminders, clock, {});
    ok &= capture(*reminderWindow, out.filePath(QStringLiteral("reminders.png")));
    reminders->selectRule(QStringLiteral("posture-check"));
    reminders->editCurrentRule();
    if (Limber::ReminderRuleDialog *dialog = reminders->ruleDialog()) {
        if (QTest::qWaitForWindowExposed(dialog))
            ok &= capture(*dialog, out.filePath(QStringLiteral("reminder-dialog.png")));
        dialog->reject();
    }

    // The routine sheet dialog: the options beside the live preview.
    {
        const Limber::Routine *full = library->routines().find(QStringLiteral("full-program"));
        Limber::RoutineSheet sheet = Limber::RoutineSheet::forRoutine(*full);
        sheet.paper = Limber::RoutineSheet::Paper::A4;
        Limber::RoutineSheetDialog dialog(
            Limber::RoutineSheetWriter(library->catalog(), Limber::IllustrationFormat::load().value()), sheet,
            Limber::RoutineSheetDialog::Purpose::ExportPdf, &window);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            QTest::qWait(800);
            ok &= capture(dialog, out.filePath(QStringLiteral("sheet-dialog.png")));
        }
    }

    // A guided session, some seconds in, then the same across the room.
    Limber::applyTheme(Limber::Theme::Light);
    Limber::SessionWindow *session = window.startSession(QStringLiteral("desk-break"));
    if (!session || !QTest::qWaitForWindowExposed(session))
        return 1;
    session->resize(1200, 800);
    // The first session begins with "Before you start".
    if (session->isShowingBeforeYouStart()) {
        QTest::qWait(300);
        ok &= capture(*session, out.filePath(QStringLiteral("before-you-start.png")));
        if (auto *go = session->findChild<QPushButton *>(QStringLiteral("beforeYouStartContinue")))
            go->click();
    }
    session->start();
    QTest::qWait(7500); // into the first squeeze of Scapular Retractions
    ok &= capture(*session, out.filePath(QStringLiteral("session.png")));
    Limber::applyTheme(Limber::Theme::Dark);
    session->nextStep();
    QTest::qWait(400);
    ok &= capture(*session, out.filePath(QStringLiteral("session-dark.png")));

    // Across the room: full screen, the countdown and the words alone.
    session->toggleRoomMode();
    QTest::qWait(600);
    ok &= capture(*session, out.filePath(QStringLiteral("session-fullscreen-dark.png")));
    Limber::applyTheme(Limber::Theme::Light);
    QTest::qWait(300);
    ok &= capture(*session, out.filePath(QStringLiteral("session-fullscreen.png")));

    // Muted across the room: a mark beside the time left says so. Then stopped early: the
    // summary says what was done.
    Limber::CueOutputNull silent;
    session->setCueOutput(&silent);
    session->toggleMute();
    QTest::qWait(300);
    ok &= capture(*session, out.filePath(QStringLiteral("session-fullscreen-muted.png")));
    session->requestStop();
    QTest::qWait(300);
    ok &= capture(*session, out.filePath(QStringLiteral("session-summary.png")));
    session->setCueOutput(nullptr);
    session->close();

    // Every kind of step a session has, each at the same moment every time.
    QSet<Limber::StepKind> seen;
    ok &= captureStepKinds(*library, out, {},
                           {QStringLiteral("cobra"), QStringLiteral("cat-cow"), QStringLiteral("rows"),
                            QStringLiteral("thread-the-needle"), QStringLiteral("scapular-retractions"),
                            QStringLiteral("posture-correction")},
                           seen);
    ok &= captureStepKinds(*library, out, Limber::SessionSettings{.repMode = Limber::RepMode::SelfPaced},
                           {QStringLiteral("rows")}, seen);
    return ok ? 0 : 1;
}
