#include "DesktopApp.h"

#include "MainWindow.h"
#include "QtCueOutput.h"
#include "platform/Theme.h"
#include "storage/Library.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace Limber {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::DesktopApp)
};
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

int runDesktopApp(QApplication &app, const QString &dataDir, const QString &startRoutine, std::optional<Level> level)
{
    QGuiApplication::setDesktopFileName(QStringLiteral(LIMBER_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(LIMBER_APP_ID), QIcon(QStringLiteral(":/limber/icons/" LIMBER_APP_ID ".svg"))));

    Result<std::shared_ptr<Library>> opened = Library::open(dataDir);
    if (!opened) {
        QMessageBox::critical(
            nullptr, Text::tr("Limber cannot start"),
            Text::tr("Limber's own files are damaged; please reinstall it.\n\n%1").arg(opened.error().message()));
        return 1;
    }
    std::shared_ptr<Library> library = std::move(opened).value();
    if (!startRoutine.isEmpty()) {
        const Routine *routine = library->routines().find(startRoutine);
        if (!routine || routine->items.isEmpty()) {
            QTextStream(stderr)
                << QStringLiteral("limber: ")
                << (routine ? Text::tr("the routine '%1' has no exercises to play.").arg(startRoutine)
                            : Text::tr("there is no routine '%1'. 'limber routines' lists them.").arg(startRoutine))
                << Qt::endl;
            return 1;
        }
    }

    // The window keeps its settings beside the routines, so --data-dir keeps everything apart.
    QSettings settings(QDir(dataDir).filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    applyTheme(MainWindow::savedTheme(settings));
    MainWindow window(*library, settings);
    QtCueOutput cues;
    cues.setSettings(MainWindow::savedCueSettings(settings));
    window.setCueOutput(&cues);
    window.show();
    if (!startRoutine.isEmpty())
        window.startSession(startRoutine, level);

    if (const QString message = recoverUnreadableStore(*library); !message.isEmpty())
        QMessageBox::warning(&window, Text::tr("Your routines could not be read"), message);
    return app.exec();
}

} // namespace Limber
