#include "MainWindow.h"

#include "LimberVersion.h"
#include "gui/appearance/Theme.h"
#include "gui/library/ExerciseLibraryView.h"
#include "gui/reminders/ReminderController.h"
#include "gui/reminders/RemindersView.h"
#include "gui/routines/FieldUndo.h"
#include "gui/routines/RoutineEditor.h"
#include "gui/routines/RoutineHistory.h"
#include "gui/routines/RoutinesView.h"
#include "gui/session/BeforeYouStartPage.h"
#include "gui/session/SessionWindow.h"
#include "gui/session/SoundMenu.h"
#include "gui/widgets/PageTabs.h"
#include "model/RoutineEdits.h"
#include "model/SafetyAdvice.h"
#include "platform/LoginItem.h"
#include "platform/freedesktop/FreedesktopScreenSaver.h"
#include "print/RoutineSheetDialogs.h"
#include "session/SteadyClock.h"
#include "session/TimelineBuilder.h"
#include "storage/ExportPaths.h"
#include "storage/Library.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace Limber {

MainWindow::MainWindow(Library &library, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_history(new RoutineHistory(library.routines(), this))
    , m_clock(std::make_unique<SteadyClock>())
    , m_tabs(new PageTabs(this))
    , m_libraryView(new ExerciseLibraryView(library.catalog()))
{
    setWindowTitle(tr("Limber"));
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addPage(m_libraryView, tr("E&xercises"));
    // The routines and their editor are built when the tab is first opened: the window opens
    // sooner without them.
    m_routinesTab = m_tabs->addPageOnFirstUse([this] { return buildRoutinesView(); }, tr("&Routines"));
    setCentralWidget(m_tabs);
    connect(m_libraryView, &ExerciseLibraryView::exerciseStartRequested, this,
            [this](const QString &exerciseId, Level level) { startExercise(exerciseId, level); });
    connect(m_libraryView, &ExerciseLibraryView::addToRoutineRequested, this, &MainWindow::addExerciseToRoutine);
    offerRoutinesToAddTo();
    connect(&library.routines(), &RoutineStore::routinesChanged, this, &MainWindow::offerRoutinesToAddTo);

    createMenus();
    resize(1100, 720);
    restoreState();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRoutine = file->addAction(tr("&New Routine"), this, [this] { openRoutines()->newRoutine(); });
    newRoutine->setShortcut(QKeySequence::New);
    QAction *import = file->addAction(tr("&Import Routine…"), this, [this] { openRoutines()->importRoutine(); });
    import->setShortcut(QKeySequence::Open);
    QAction *exportAction = file->addAction(tr("&Export Routine…"), this, [this] { openRoutines()->exportCurrent(); });
    exportAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    const auto addSheetAction = [this, file](const QString &text, RoutineEditor::SheetAction action,
                                             const QKeySequence &shortcut) {
        QAction *item = file->addAction(text, this, [this, action] { openRoutines()->editor()->requestSheet(action); });
        item->setShortcut(shortcut);
    };
    addSheetAction(tr("Print Pre&view…"), RoutineEditor::SheetAction::Preview,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addSheetAction(tr("&Print…"), RoutineEditor::SheetAction::Print, QKeySequence::Print);
    addSheetAction(tr("Export P&DF…"), RoutineEditor::SheetAction::ExportPdf, {});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_history->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_history->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(FieldUndo::redoKeys()); // Ctrl+Shift+Z, and Ctrl+Y as well
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *exercises = view->addAction(tr("&Exercises"), this, [this] { m_tabs->setCurrentPage(m_libraryView); });
    exercises->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *routines = view->addAction(tr("&Routines"), this, [this] { openRoutines(); });
    routines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_remindersAction = view->addAction(tr("Re&minders"), this, [this] {
        if (m_remindersView)
            m_tabs->setCurrentPage(m_remindersView);
    });
    m_remindersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_remindersAction->setVisible(false);
    QAction *find = view->addAction(tr("&Find Exercise"), this, [this] {
        m_tabs->setCurrentPage(m_libraryView);
        m_libraryView->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *themes = new QActionGroup(this);
    const Theme current = themeFromId(Settings::value(m_settings, Settings::appearanceTheme));
    for (const auto &[theme, label] : {std::pair{Theme::System, tr("Like the &Desktop")},
                                       std::pair{Theme::Light, tr("&Light")}, std::pair{Theme::Dark, tr("D&ark")}}) {
        QAction *action = appearance->addAction(label);
        action->setObjectName(QStringLiteral("theme-") + themeId(theme));
        action->setCheckable(true);
        action->setChecked(theme == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            applyTheme(theme);
            Settings::setValue(m_settings, Settings::appearanceTheme, themeId(theme));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    help->addAction(tr("&Before You Start…"), this, [this] {
        QMessageBox box(QMessageBox::Information, SafetyAdvice::beforeYouStartTitle(), BeforeYouStartPage::html(),
                        QMessageBox::Close, this);
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    QAction *about = help->addAction(tr("&About Limber"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

RoutinesView *MainWindow::buildRoutinesView()
{
    m_routinesView = new RoutinesView(m_library.routines(), *m_history, m_settings);
    connect(m_routinesView, &RoutinesView::startRequested, this,
            [this](const QString &id, Level level) { startSession(id, level); });
    connect(m_routinesView->editor(), &RoutineEditor::sheetRequested, this, &MainWindow::onSheetRequested);
    if (const QString routine = Settings::value(m_settings, Settings::routinesRoutine); !routine.isEmpty())
        m_routinesView->selectRoutine(routine);
    return m_routinesView;
}

RoutinesView *MainWindow::routinesView()
{
    m_tabs->page(m_routinesTab); // builds it if this is the first time
    return m_routinesView;
}

RoutinesView *MainWindow::openRoutines()
{
    m_tabs->setCurrentIndex(m_routinesTab);
    return routinesView();
}

void MainWindow::setCueOutput(CueOutput *output)
{
    m_output = output;
    if (!output || m_soundMenu)
        return;
    m_soundMenu = new SoundMenu(*output, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_soundMenu);
    connect(m_soundMenu, &SoundMenu::settingsChanged, this, &MainWindow::saveCueSettings);
}

CueSettings MainWindow::savedCueSettings(const QSettings &settings)
{
    const QByteArray json = Settings::value(settings, Settings::soundCues);
    return CueSettings::fromJson(QJsonDocument::fromJson(json).object());
}

void MainWindow::saveCueSettings(const CueSettings &settings)
{
    Settings::setValue(m_settings, Settings::soundCues,
                       QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    if (m_soundMenu)
        m_soundMenu->showSettings(settings);
}

void MainWindow::setReminders(ReminderController *controller, const WallClock &clock, LoginItem *loginItem)
{
    if (m_remindersView || !controller)
        return;
    m_remindersView = new RemindersView(m_library.routines(), clock);
    m_tabs->addPage(m_remindersView, tr("Re&minders"));
    m_remindersAction->setVisible(true);

    m_remindersView->setRules(controller->rules());
    const auto showStatus = [this, controller] {
        m_remindersView->setUpcoming(controller->upcoming(5));
        m_remindersView->setPausedUntil(controller->pausedUntil());
    };
    showStatus();
    connect(controller, &ReminderController::statusChanged, m_remindersView, showStatus);
    connect(m_remindersView, &RemindersView::rulesChanged, controller, &ReminderController::setRules);
    connect(m_remindersView, &RemindersView::resumeRequested, controller, &ReminderController::resume);

    if (loginItem) {
        m_remindersView->setStartAtLogin(loginItem->isSupported(), loginItem->isEnabled());
        connect(m_remindersView, &RemindersView::startAtLoginChanged, this, [this, loginItem](bool enabled) {
            if (const MaybeError problem = loginItem->setEnabled(enabled)) {
                QMessageBox::warning(
                    this, tr("Starting at login"),
                    enabled ? tr("Limber could not set itself to start at login.\n\n%1").arg(problem->message())
                            : tr("Limber could not stop starting at login.\n\n%1").arg(problem->message()));
            }
            m_remindersView->setStartAtLogin(loginItem->isSupported(), loginItem->isEnabled());
        });
    } else {
        m_remindersView->setStartAtLogin(false, false);
    }
    // The tab that was open last time, now that it exists.
    if (const int tab = Settings::value(m_settings, Settings::windowTab); tab == m_tabs->indexOf(m_remindersView))
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::bringForward()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (m_session)
        m_session->close();
    close();
    QCoreApplication::quit();
}

SessionWindow *MainWindow::startSession(const QString &routineIdOrName, std::optional<Level> level)
{
    const Routine *routine = m_library.routines().find(routineIdOrName);
    if (!routine)
        return nullptr;
    const QString id = routine->id;
    const Level played = level.value_or(routine->level);
    return playRoutine(*routine, played, [this, id, played] { startSession(id, played); });
}

SessionWindow *MainWindow::startExercise(const QString &exerciseId, Level level)
{
    const Exercise *exercise = m_library.catalog().find(exerciseId);
    if (!exercise)
        return nullptr;
    return playRoutine(RoutineEdits::ofOneExercise(*exercise, level), level,
                       [this, exerciseId, level] { startExercise(exerciseId, level); });
}

void MainWindow::offerRoutinesToAddTo()
{
    QList<RoutineChoice> choices;
    for (const Routine &routine : m_library.routines().userRoutines())
        choices.append({routine.id, routine.name, RoutineEdits::canAddExercise(routine)});
    m_libraryView->setRoutineChoices(choices);
}

void MainWindow::addExerciseToRoutine(const QString &exerciseId, const QString &routineId)
{
    const Exercise *exercise = m_library.catalog().find(exerciseId);
    if (!exercise)
        return;
    if (routineId.isEmpty()) {
        openRoutines()->newRoutine(exerciseId);
        return;
    }
    const Routine *found = m_library.routines().findById(routineId);
    if (!found)
        return;
    Routine changed = *found;
    if (!RoutineEdits::addExercise(changed, exerciseId))
        return;
    routinesView(); // it reports a change that cannot be saved
    if (m_history->update(tr("Add %1 to %2").arg(exercise->name, changed.name), changed))
        m_libraryView->showNote(
            tr("Added %1 to %2. Edit ▸ Undo takes it out again.").arg(exercise->name, changed.name));
}

SessionWindow *MainWindow::playRoutine(const Routine &routine, Level level, const std::function<void()> &again)
{
    if (!routine.isPlayable())
        return nullptr;
    if (m_session) {
        m_session->close();
        m_session->deleteLater();
    }
    const Timeline timeline = TimelineBuilder(m_library.catalog()).build(routine, level);
    m_session = new SessionWindow(m_library.catalog(), timeline, *m_clock, this);
    m_session->setAttribute(Qt::WA_DeleteOnClose);
    m_session->setCueOutput(m_output);
    connect(m_session, &SessionWindow::cueSettingsChanged, this, &MainWindow::saveCueSettings);
    m_session->setScreenSaverInhibitor(new FreedesktopScreenSaver(QDBusConnection::sessionBus(), m_session));
    connect(m_session, &SessionWindow::againRequested, this, again);
    if (!Settings::value(m_settings, Settings::safetyBeforeYouStartRead)) {
        m_session->showBeforeYouStart();
        connect(m_session, &SessionWindow::beforeYouStartRead, this,
                [this] { Settings::setValue(m_settings, Settings::safetyBeforeYouStartRead, true); });
    }
    m_session->show();
    m_session->raise();
    m_session->activateWindow();
    return m_session;
}

void MainWindow::onSheetRequested(const QString &routineId, Level level, RoutineEditor::SheetAction action)
{
    const Routine *routine = m_library.routines().find(routineId);
    if (!routine)
        return;
    // Preview, Print and Export PDF open the one sheet dialog; what was chosen is its default button.
    const auto purpose = [action] {
        switch (action) {
        case RoutineEditor::SheetAction::Preview:
            return RoutineSheetDialog::Purpose::Preview;
        case RoutineEditor::SheetAction::Print:
            return RoutineSheetDialog::Purpose::Print;
        case RoutineEditor::SheetAction::ExportPdf:
            return RoutineSheetDialog::Purpose::ExportPdf;
        }
        return RoutineSheetDialog::Purpose::Preview;
    }();
    RoutineSheetDialogs::open(this, m_library.catalog(), RoutineSheet::forRoutine(*routine, level), purpose,
                              m_settings);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Limber"),
        tr("<h3>Limber %1</h3><p>Stretches and strengthening exercises for mid to upper back pain from desk "
           "work.</p><p>A few minutes every day works better than a long session now and then: consistency "
           "is what brings lasting relief.</p><p><b>If your pain persists or gets worse, see a healthcare "
           "professional.</b></p>")
            .arg(QLatin1String(LIMBER_VERSION)));
}

Theme MainWindow::savedTheme(const QSettings &settings)
{
    return themeFromId(Settings::value(settings, Settings::appearanceTheme));
}

void MainWindow::restoreState()
{
    if (const QByteArray geometry = Settings::value(m_settings, Settings::windowGeometry); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = Settings::value(m_settings, Settings::windowState); !state.isEmpty())
        QMainWindow::restoreState(state);
    m_tabs->setCurrentIndex(qBound(0, Settings::value(m_settings, Settings::windowTab), m_tabs->count() - 1));
    if (const QString exercise = Settings::value(m_settings, Settings::libraryExercise); !exercise.isEmpty())
        m_libraryView->selectExercise(exercise);
    // The routine chosen last time is chosen again when the Routines tab is built.
}

void MainWindow::saveState()
{
    Settings::setValue(m_settings, Settings::windowGeometry, saveGeometry());
    Settings::setValue(m_settings, Settings::windowState, QMainWindow::saveState());
    Settings::setValue(m_settings, Settings::windowTab, m_tabs->currentIndex());
    Settings::setValue(m_settings, Settings::libraryExercise, m_libraryView->currentExerciseId());
    if (m_routinesView) // otherwise the one saved last time stays
        Settings::setValue(m_settings, Settings::routinesRoutine, m_routinesView->currentRoutineId());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_routinesView)
        m_routinesView->editor()->commitPendingText(); // a name still being typed is kept
    saveState();
    if (!m_quitting && m_keepRunning && m_keepRunning()) {
        event->ignore();
        hide();
        Q_EMIT hiddenToTray();
        return;
    }
    event->accept();
}

} // namespace Limber
