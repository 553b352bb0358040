#include "DesktopApp.h"

#include "AfterFirstPaint.h"
#include "SessionWindows.h"

#include "DesktopReminders.h"
#include "LimberVersion.h"
#include "audio/QtCueOutput.h"
#include "gui/appearance/Theme.h"
#include "gui/main/MainWindow.h"
#include "gui/session/SessionWindow.h"
#include "platform/SingleInstance.h"
#include "platform/TerminationSignals.h"
#include "storage/Library.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QChildEvent>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

namespace Limber {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::DesktopApp)
};

void setApplicationIcon()
{
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(LIMBER_APP_ID), QIcon(QStringLiteral(":/limber/icons/" LIMBER_APP_ID ".svg"))));
}

} // namespace

QString recoverUnreadableStore(Library &library)
{
    const MaybeError &problem = library.storeProblem();
    if (!problem || !library.routines().isBlocked())
        return {};
    Result<QString> backup = library.routines().setAsideUnreadableStore();
    const QString what = backup ? Text::tr("It was kept as %1, and Limber starts with the built-in routines.")
                                      .arg(QDir::toNativeSeparators(backup.value()))
                                : Text::tr("It could not be moved aside (%1), so Limber will not save over it "
                                           "until you move it yourself.")
                                      .arg(backup.error().problem);
    return Text::tr("%1\n\n%2").arg(problem->message(), what);
}

// A second `limber` hands its request to this one: raise the window, or start a routine here.
void answerOtherLaunches(SingleInstance &instance, MainWindow &window, const Library &library)
{
    instance.setHandler([&window, &library](const SingleInstance::Request &request) -> QString {
        if (request.action == SingleInstance::Request::Action::Start) {
            if (const RoutineStore::Playable found = library.routines().findPlayable(request.routine); !found.routine)
                return found.problem;
        }
        QTimer::singleShot(0, &window, [&window, request] {
            if (!request.activationToken.isEmpty())
                qputenv("XDG_ACTIVATION_TOKEN", request.activationToken.toUtf8());
            if (request.action == SingleInstance::Request::Action::Start) {
                if (SessionWindow *session = window.startSession(request.routine, request.level)) {
                    session->setWindowState(session->windowState() & ~Qt::WindowMinimized);
                    return;
                }
            }
            if (SessionWindow *session = window.sessionWindow();
                session && session->isVisible() && !window.isVisible()) {
                session->raise();
                session->activateWindow();
                return;
            }
            window.bringForward();
        });
        return {};
    });
}

int runDesktopApp(QApplication &app, const DesktopOptions &options, SingleInstance *instance)
{
    QGuiApplication::setDesktopFileName(QStringLiteral(LIMBER_APP_ID));
    const QString &dataDir = options.dataDir;
    const QString &startRoutine = options.startRoutine;

    Result<std::shared_ptr<Library>> opened = Library::open(dataDir);
    if (!opened) {
        QMessageBox::critical(
            nullptr, Text::tr("Limber cannot start"),
            Text::tr("Limber's own files are damaged; please reinstall it.\n\n%1").arg(opened.error().message()));
        return 1;
    }
    std::shared_ptr<Library> library = std::move(opened).value();
    if (!startRoutine.isEmpty()) {
        if (const RoutineStore::Playable found = library->routines().findPlayable(startRoutine); !found.routine) {
            QTextStream(stderr) << QStringLiteral("limber: ") << found.problem << Qt::endl;
            return 1;
        }
    }

    // The window keeps its settings beside the routines, so --data-dir keeps everything apart.
    QSettings settings(Settings::filePath(dataDir), QSettings::IniFormat);
    applyTheme(MainWindow::savedTheme(settings));
    MainWindow window(*library, settings);
    QtCueOutput cues;
    cues.setSettings(MainWindow::savedCueSettings(settings));
    window.setCueOutput(&cues);
    auto *sessions = new SessionWindows(window, cues);
    std::unique_ptr<DesktopReminders> reminders;
    const auto startReminders = [&] {
        reminders = std::make_unique<DesktopReminders>(*library, window, settings, dataDir, options.dataDirOption);
        if (const QString problem = reminders->startupProblem(); !problem.isEmpty())
            QMessageBox::warning(&window, Text::tr("Your reminders could not be read"), problem);
    };
    if (instance)
        answerOtherLaunches(*instance, window, *library);
    // Asked to end (the desktop session ends, or SIGTERM): as File > Quit.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &window, &MainWindow::quit);

    if (options.background && startRoutine.isEmpty()) {
        // Started at login: wait in the tray. Without a tray, the window waits minimised.
        startReminders();
        setApplicationIcon();
        if (!reminders->canWaitInTray())
            window.showMinimized();
        else
            QApplication::setQuitOnLastWindowClosed(false);
        if (const QString message = recoverUnreadableStore(*library); !message.isEmpty()) {
            window.bringForward();
            QMessageBox::warning(&window, Text::tr("Your routines could not be read"), message);
        }
    } else {
        // Straight into a session, only the session window is shown: the main window (a second
        // full-size window to draw and keep) appears when the session window closes.
        QWidget *first = &window;
        if (!startRoutine.isEmpty()) {
            if (SessionWindow *session = window.startSession(startRoutine, options.level)) {
                sessions->showMainWindowAfterSessions();
                first = session;
            }
        }
        if (first == &window)
            window.show();
        // The window icon (an SVG, looked up in the icon theme first) and the reminders (the tray,
        // the notification service on D-Bus) are not needed for the first picture.
        new AfterFirstPaint(first, [&] {
            setApplicationIcon();
            startReminders();
        });
        if (const QString message = recoverUnreadableStore(*library); !message.isEmpty())
            QMessageBox::warning(first, Text::tr("Your routines could not be read"), message);
    }

    const int exitCode = app.exec();
    if (instance)
        instance->setHandler({});
    return exitCode;
}

} // namespace Limber
