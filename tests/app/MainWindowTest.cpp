// The main window, offscreen, over a real library in a temporary data folder.
#include "FindChild.h"
#include "QtGTest.h"

#include "desktop/DesktopApp.h"
#include "gui/appearance/Theme.h"
#include "gui/library/ExerciseLibraryView.h"
#include "gui/main/MainWindow.h"
#include "gui/routines/RoutineListDelegate.h"
#include "gui/routines/RoutinesView.h"
#include "gui/session/SessionWindow.h"
#include "gui/widgets/PageTabs.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/RoutineEdits.h"
#include "session/SessionEngine.h"
#include "session/TimelineBuilder.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Limber;

namespace {

class MainWindowTest : public testing::Test
{
protected:
    MainWindowTest()
        : m_library(Library::open(m_dir.path()).value())
        , m_settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat)
    { }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_library, m_settings);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    QSettings m_settings;
};

} // namespace

TEST_F(MainWindowTest, ListsTheWholeLibraryAndShowsTheFirstExercise)
{
    auto window = openWindow();
    auto *list = child<QListView>(window.get(), "exerciseList");
    ASSERT_EQ(list->model()->rowCount(), 12);
    EXPECT_EQ(child<QLabel>(window.get(), "titleLabel")->text(), QStringLiteral("Cat-Cow"));
    EXPECT_TRUE(child<QLabel>(window.get(), "stepsLabel")->text().contains(QStringLiteral("wrists directly below")));
}

TEST_F(MainWindowTest, SelectingAnExerciseShowsItsDetails)
{
    auto window = openWindow();
    window->libraryView()->selectExercise(QStringLiteral("childs-pose"));
    EXPECT_EQ(child<QLabel>(window.get(), "titleLabel")->text(), QStringLiteral("Child's Pose"));
    const QString dose = child<QLabel>(window.get(), "doseLabel")->text();
    EXPECT_TRUE(dose.contains(QStringLiteral("Hold 30–60 s, 3–5 times"))) << dose.toStdString();
    EXPECT_TRUE(dose.contains(QStringLiteral("Hold 45 s, 4 times"))) << dose.toStdString();
    EXPECT_TRUE(dose.contains(QStringLiteral("Hold 1 min, 5 times"))) << dose.toStdString();
    EXPECT_TRUE(child<QLabel>(window.get(), "factsLabel")->text().contains(QStringLiteral("Kneeling")));
    EXPECT_FALSE(child<QLabel>(window.get(), "safetyLabel")->text().isEmpty());
}

TEST_F(MainWindowTest, SearchAndFiltersNarrowTheList)
{
    auto window = openWindow();
    auto *list = child<QListView>(window.get(), "exerciseList");
    auto *search = child<QLineEdit>(window.get(), "searchField");
    QTest::keyClicks(search, QStringLiteral("cobra"));
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(child<QLabel>(window.get(), "titleLabel")->text(), QStringLiteral("Cobra"));
    search->clear();
    child<QCheckBox>(window.get(), "noFloorFilter")->setChecked(true);
    EXPECT_EQ(list->model()->rowCount(), 6);
    auto *kind = child<QComboBox>(window.get(), "kindFilter");
    kind->setCurrentIndex(kind->findData(QStringLiteral("strength")));
    EXPECT_EQ(list->model()->rowCount(), 3);
    auto *equipment = child<QComboBox>(window.get(), "equipmentFilter");
    equipment->setCurrentIndex(equipment->findData(QStringLiteral("none")));
    EXPECT_EQ(list->model()->rowCount(), 1); // Scapular Retractions
    equipment->setCurrentIndex(0);
    child<QCheckBox>(window.get(), "noFloorFilter")->setChecked(false);
    kind->setCurrentIndex(0);
    auto *position = child<QComboBox>(window.get(), "positionFilter");
    position->setCurrentIndex(position->findData(QStringLiteral("lying-face-down")));
    EXPECT_EQ(list->model()->rowCount(), 2); // Superman and Cobra
}

TEST_F(MainWindowTest, StartThisExercisePlaysItAloneAtTheChosenLevel)
{
    auto window = openWindow();
    window->libraryView()->selectExercise(QStringLiteral("childs-pose"));
    auto *level = child<QComboBox>(window.get(), "exerciseLevel");
    EXPECT_EQ(level->currentData().toString(), QStringLiteral("standard"));
    level->setCurrentIndex(level->findData(QStringLiteral("full")));
    child<QPushButton>(window.get(), "startExerciseButton")->click();

    SessionWindow *session = window->sessionWindow();
    ASSERT_NE(session, nullptr);
    EXPECT_TRUE(session->isVisible());
    const Timeline &timeline = session->engine().timeline();
    const Exercise &childsPose = *m_library->catalog().find(QStringLiteral("childs-pose"));
    EXPECT_EQ(timeline.level, Level::Full);
    EXPECT_EQ(timeline.routineName, childsPose.name);
    ASSERT_EQ(timeline.exercises.size(), 1);
    EXPECT_EQ(timeline.exercises.first().id, QStringLiteral("childs-pose"));
    EXPECT_EQ(timeline.exercises.first().dose, ConcreteDose::resolve(childsPose.dose, Level::Full)); // 5 × 1 min
    for (const Step &step : timeline.steps)
        EXPECT_TRUE(step.exerciseId.isEmpty() || step.exerciseId == QStringLiteral("childs-pose"));
    EXPECT_EQ(timeline,
              TimelineBuilder(m_library->catalog()).build(RoutineEdits::ofOneExercise(childsPose, Level::Full)));
    // The user's routines are as they were.
    EXPECT_TRUE(m_library->routines().userRoutines().isEmpty());
    session->close();
}

TEST_F(MainWindowTest, RoutinesShowItemsAndTotals)
{
    auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_R, Qt::AltModifier); // the Routines tab
    auto *routines = child<QListWidget>(window.get(), "routineList");
    ASSERT_NE(routines, nullptr);
    ASSERT_EQ(routines->count(), 4);
    window->routinesView()->selectRoutine(QStringLiteral("desk-break"));
    QAbstractItemModel *items = child<QTableView>(window.get(), "routineItems")->model();
    ASSERT_EQ(items->rowCount(), 4);
    EXPECT_EQ(items->index(1, 0).data().toString(), QStringLiteral("Corner Stretch"));
    EXPECT_EQ(items->index(1, 1).data().toString(), QStringLiteral("Hold 25 s, 4 times"));

    const Routine *desk = m_library->routines().find(QStringLiteral("desk-break"));
    const QString total = DoseText::duration(routineSeconds(*desk, m_library->catalog(), Level::Standard));
    EXPECT_TRUE(child<QLabel>(window.get(), "routineTotal")->text().contains(total));

    // Trying another level on a built-in previews it without changing the routine.
    auto *level = child<QComboBox>(window.get(), "levelChooser");
    level->setCurrentIndex(level->findData(QStringLiteral("full")));
    EXPECT_EQ(items->index(1, 1).data().toString(), QStringLiteral("Hold 30 s, 5 times"));
    EXPECT_EQ(m_library->routines().find(QStringLiteral("desk-break"))->level, Level::Standard);

    // Built-ins cannot be deleted, only copied.
    EXPECT_FALSE(child<QPushButton>(window.get(), "deleteButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(window.get(), "copyButton")->isEnabled());
}

TEST_F(MainWindowTest, TheRoutineListShowsHowLongEachRoutineTakes)
{
    auto window = openWindow();
    window->routinesView(); // the tab is built when first opened
    auto *routines = child<QListWidget>(window.get(), "routineList");
    ASSERT_NE(routines, nullptr);
    const auto itemOf = [routines](const QString &id) -> QListWidgetItem * {
        for (int row = 0; row < routines->count(); ++row) {
            if (routines->item(row)->data(Qt::UserRole + 1).toString() == id)
                return routines->item(row);
        }
        return nullptr;
    };
    const auto totalOf = [this](const QString &id) {
        const Routine *routine = m_library->routines().find(id);
        return DoseText::duration(routineSeconds(*routine, m_library->catalog(), routine->level));
    };
    for (const Routine &routine : m_library->routines().builtIns()) {
        QListWidgetItem *item = itemOf(routine.id);
        ASSERT_NE(item, nullptr) << routine.id.toStdString();
        EXPECT_EQ(item->text(), routine.name + QStringLiteral(" (built-in)"));
        EXPECT_EQ(item->data(RoutineListDelegate::timeRole).toString(), totalOf(routine.id));
        // A screen reader says it too.
        EXPECT_TRUE(item->data(Qt::AccessibleTextRole).toString().contains(totalOf(routine.id)));
    }

    // A new routine has no time yet; adding an exercise gives it one.
    window->routinesView()->newRoutine();
    const QString id = window->routinesView()->currentRoutineId();
    EXPECT_EQ(itemOf(id)->data(RoutineListDelegate::timeRole).toString(), QStringLiteral("No exercises yet"));
    window->routinesView()->editor()->addExercise(QStringLiteral("cobra"));
    EXPECT_EQ(itemOf(id)->data(RoutineListDelegate::timeRole).toString(), totalOf(id));
    // Wide enough for the name and the time side by side.
    const QFontMetrics metrics(routines->font());
    EXPECT_GT(routines->visualItemRect(itemOf(id)).width(),
              metrics.horizontalAdvance(QStringLiteral("My routine")) + metrics.horizontalAdvance(totalOf(id)));
    EXPECT_EQ(itemOf(id)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("My routine, ") + totalOf(id));
}

TEST_F(MainWindowTest, CopyingARoutineSavesItAndSelectsIt)
{
    auto window = openWindow();
    window->routinesView()->selectRoutine(QStringLiteral("desk-break"));
    child<QPushButton>(window.get(), "copyButton")->click();
    EXPECT_EQ(child<QListWidget>(window.get(), "routineList")->count(), 5);
    EXPECT_EQ(child<QLineEdit>(window.get(), "nameField")->text(), QStringLiteral("Desk break (copy)"));
    EXPECT_TRUE(child<QPushButton>(window.get(), "deleteButton")->isEnabled());
    EXPECT_TRUE(QFile::exists(m_library->routines().storePath()));
}

TEST_F(MainWindowTest, RemembersTabAndSelection)
{
    {
        auto window = openWindow();
        window->libraryView()->selectExercise(QStringLiteral("wall-angels"));
        window->routinesView()->selectRoutine(QStringLiteral("strength-set"));
        child<PageTabs>(window.get(), "mainTabs")->setCurrentIndex(1);
        window->close();
    }
    auto window = openWindow();
    EXPECT_EQ(window->libraryView()->currentExerciseId(), QStringLiteral("wall-angels"));
    EXPECT_EQ(window->routinesView()->currentRoutineId(), QStringLiteral("strength-set"));
    EXPECT_EQ(child<PageTabs>(window.get(), "mainTabs")->currentIndex(), 1);
}

TEST_F(MainWindowTest, TheRoutinesTabIsBuiltWhenFirstOpened)
{
    auto window = openWindow();
    auto *tabs = child<PageTabs>(window.get(), "mainTabs");
    ASSERT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("&Routines"));
    EXPECT_FALSE(tabs->isBuilt(1));
    EXPECT_EQ(window->findChild<RoutinesView *>(), nullptr);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_TRUE(tabs->isBuilt(1));
    ASSERT_NE(window->findChild<RoutinesView *>(), nullptr);
    EXPECT_EQ(tabs->currentPage(), window->routinesView());
    EXPECT_TRUE(window->routinesView()->isVisible());
    EXPECT_FALSE(window->libraryView()->isVisible());
}

TEST_F(MainWindowTest, TheRoutineChosenLastTimeSurvivesARunThatNeverOpenedTheTab)
{
    {
        auto window = openWindow();
        window->routinesView()->selectRoutine(QStringLiteral("strength-set"));
        window->close();
    }
    {
        auto window = openWindow(); // the Routines tab is never opened
        EXPECT_FALSE(child<PageTabs>(window.get(), "mainTabs")->isBuilt(1));
        window->close();
    }
    auto window = openWindow();
    EXPECT_EQ(window->routinesView()->currentRoutineId(), QStringLiteral("strength-set"));
}

TEST_F(MainWindowTest, CtrlTabAndCtrlPageKeysMoveBetweenTabs)
{
    auto window = openWindow();
    auto *tabs = child<PageTabs>(window.get(), "mainTabs");
    child<QLineEdit>(window.get(), "searchField")->setFocus();
    // Keys go where a person's keys go: to the widget with the focus, whichever tab it is on.
    const auto press = [&window](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        QWidget *focus = window->focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, key, modifiers);
    };
    ASSERT_EQ(tabs->currentIndex(), 0);
    press(Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 1);
    press(Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 0) << "from the last tab to the first";
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(tabs->currentIndex(), 1);
    press(Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 0);
    press(Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(tabs->currentIndex(), 1);
    // Alt and the tab's underlined letter.
    press(Qt::Key_X, Qt::AltModifier);
    EXPECT_EQ(tabs->currentIndex(), 0);
}

TEST_F(MainWindowTest, FindShortcutFocusesSearch)
{
    auto window = openWindow();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(child<QLineEdit>(window.get(), "searchField")->hasFocus());
}

TEST(DesktopStart, AnUnreadableRoutineFileIsKeptAsideAndExplained)
{
    QTemporaryDir dir;
    const QByteArray broken = "{\"format\": \"limber-routines\", \"version\": 1, \"routines\": [{";
    {
        QFile file(dir.filePath(QStringLiteral("routines.json")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    auto library = Library::open(dir.path()).value();
    const QString message = recoverUnreadableStore(*library);
    EXPECT_TRUE(message.contains(dir.filePath(QStringLiteral("routines.json")))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("routines.unreadable-"))) << message.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("routines.json"))));
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("routines.unreadable-*.json")});
    ASSERT_EQ(kept.size(), 1);
    QFile keptFile(dir.filePath(kept.first()));
    ASSERT_TRUE(keptFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(keptFile.readAll(), broken);
    EXPECT_EQ(library->routines().allRoutines().size(), 4);
    EXPECT_TRUE(library->routines().add(library->routines().builtIns().first()).ok());

    // A healthy start says nothing.
    auto healthy = Library::open(dir.path()).value();
    EXPECT_TRUE(recoverUnreadableStore(*healthy).isEmpty());
}

TEST_F(MainWindowTest, DarkAndLightAppearanceIsAppliedAndRemembered)
{
    {
        auto window = openWindow();
        auto *dark = window->findChild<QAction *>(QStringLiteral("theme-dark"));
        ASSERT_NE(dark, nullptr);
        dark->trigger();
        EXPECT_TRUE(isDarkPalette());
        window->findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
        EXPECT_FALSE(isDarkPalette());
        dark->trigger();
        window->close();
    }
    EXPECT_EQ(MainWindow::savedTheme(m_settings), Theme::Dark);
    applyTheme(Theme::System);
}

// Before a person's first session, and only then, "Before you start" names the reasons to see a
// professional first; the session waits behind it.
TEST_F(MainWindowTest, BeforeTheFirstSessionItSaysWhenToSeeAProfessionalFirst)
{
    auto window = openWindow();
    SessionWindow *session = window->startSession(QStringLiteral("desk-break"));
    ASSERT_NE(session, nullptr);
    EXPECT_TRUE(session->isShowingBeforeYouStart());
    const QString words = child<QLabel>(session, "beforeYouStartText")->text();
    for (const char *reason : {"Chest pain", "Numbness, tingling or weakness", "a fall, an accident", "fever",
                               "wakes you at night", "not a diagnosis"})
        EXPECT_TRUE(words.contains(QLatin1String(reason))) << reason;
    QTest::keyClick(session, Qt::Key_Space); // the session waits behind the page
    EXPECT_EQ(session->engine().state(), SessionEngine::State::Idle);

    // "Not now" starts nothing and remembers nothing: the next session asks again.
    child<QPushButton>(session, "beforeYouStartNotNow")->click();
    EXPECT_FALSE(session->isVisible());
    session = window->startSession(QStringLiteral("desk-break"));
    ASSERT_TRUE(session->isShowingBeforeYouStart());
    QTest::keyClick(child<QPushButton>(session, "beforeYouStartContinue"), Qt::Key_Return);
    EXPECT_FALSE(session->isShowingBeforeYouStart());
    EXPECT_TRUE(m_settings.value(QStringLiteral("safety/beforeYouStartRead")).toBool());
    QTest::keyClick(session, Qt::Key_Space);
    EXPECT_EQ(session->engine().state(), SessionEngine::State::Running);

    // Read once: later sessions, and a new start of Limber, go straight to the session.
    session = window->startSession(QStringLiteral("desk-break"));
    EXPECT_FALSE(session->isShowingBeforeYouStart());
    window.reset();
    auto again = openWindow();
    EXPECT_FALSE(again->startSession(QStringLiteral("full-program"))->isShowingBeforeYouStart());
}

TEST_F(MainWindowTest, EveryExerciseSaysWhenToStopAndGetAdvice)
{
    auto window = openWindow();
    for (const char *id : {"cat-cow", "corner-stretch", "foam-rolling"}) {
        window->libraryView()->selectExercise(QLatin1String(id));
        const QString safety = child<QLabel>(window.get(), "safetyLabel")->text();
        EXPECT_TRUE(safety.contains(QStringLiteral("Limber's advice: stop and get advice"))) << safety.toStdString();
        EXPECT_TRUE(safety.contains(QStringLiteral("numbness or tingling"))) << safety.toStdString();
    }
}

// The library's steps say the numbers of the level chosen beside Start This Exercise.
TEST_F(MainWindowTest, TheLibrarysStepsSayTheChosenLevelsNumbers)
{
    auto window = openWindow();
    window->libraryView()->selectExercise(QStringLiteral("corner-stretch"));
    auto *level = child<QComboBox>(window.get(), "exerciseLevel");
    const auto steps = [&] { return child<QLabel>(window.get(), "stepsLabel")->text(); };
    EXPECT_TRUE(steps().contains(QStringLiteral("Hold for 25 seconds, then step back. Do it 4 times.")))
        << steps().toStdString();
    level->setCurrentIndex(level->findData(QStringLiteral("gentle")));
    EXPECT_TRUE(steps().contains(QStringLiteral("Hold for 20 seconds, then step back. Do it 3 times.")))
        << steps().toStdString();
    level->setCurrentIndex(level->findData(QStringLiteral("full")));
    EXPECT_TRUE(steps().contains(QStringLiteral("Hold for 30 seconds, then step back. Do it 5 times.")))
        << steps().toStdString();
    EXPECT_TRUE(steps().contains(QStringLiteral("Steps at the Full level")));
}
