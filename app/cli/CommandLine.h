#pragma once

#include "model/Level.h"
#include "model/Routine.h"
#include "storage/FileError.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Limber {

class Catalog;
class Library;
class RoutineStore;
struct Routine;

// The headless side of the `limber` binary: commands that print to stdout, report errors on
// stderr and never open a window. Exit codes: 0 success, 1 a bad file or unknown routine,
// 2 wrong usage.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

    // True when the arguments (without the program name) ask for a command, --help or
    // --version rather than the window.
    static bool isCommand(const QStringList &arguments);

    // `limber start ROUTINE [--level L]` opens the window straight into a session, so main()
    // asks for it before choosing between the command line and the window.
    struct StartRequest {
        QString routine;
        std::optional<Level> level;
        QString dataDir;
        QString error; // set for wrong usage (exit code 2)
    };
    static std::optional<StartRequest> startRequest(const QStringList &arguments);

    // The command word in the arguments ("sheet", "export", ...), or empty. main() asks for it
    // because `sheet` draws, so it needs a QGuiApplication rather than a QCoreApplication.
    static QString commandName(const QStringList &arguments);

    // `limber sheet`: the command line checks the arguments and finds the routine; drawing the
    // PDF needs Qt GUI, which this library does not link, so main() supplies the writer.
    struct SheetRequest {
        Routine routine;
        const Catalog &catalog;
        Level level;
        QString paper; // "a4", "letter", or empty for the locale's usual paper
        QString layout; // "detailed" or "compact"
        int weeks;
        QString personName;
        QString output;
    };
    using SheetWriter = std::function<MaybeError(const SheetRequest &)>;
    void setSheetWriter(SheetWriter writer) { m_sheetWriter = std::move(writer); }

    CommandLine(QTextStream &out, QTextStream &err);
    ~CommandLine();

    // `arguments` without the program name.
    int run(const QStringList &arguments);

private:
    struct Parsed {
        QString command;
        QStringList positional;
        QMap<QString, QString> options; // name without dashes -> value ("" for flags)
    };

    int usageError(const QString &message);
    int fail(const QString &message);
    static bool parse(const QStringList &arguments, Parsed &parsed, QString &error);
    bool openLibrary(const QString &dataDirOverride);
    const Routine *findRoutine(const QString &idOrName);
    void printHelp();

    int exercises(const Parsed &parsed);
    int routines(const Parsed &parsed);
    int show(const Parsed &parsed);
    int plan(const Parsed &parsed);
    int reminders(const Parsed &parsed);
    int check(const Parsed &parsed);
    int importRoutine(const Parsed &parsed);
    int exportRoutine(const Parsed &parsed);
    int sheet(const Parsed &parsed);

    void printJson(const class QJsonObject &object);

    QTextStream &m_out;
    QTextStream &m_err;
    std::shared_ptr<Library> m_library;
    const Catalog *m_catalog = nullptr;
    RoutineStore *m_store = nullptr;
    bool m_storeUnreadable = false;
    SheetWriter m_sheetWriter;
};

} // namespace Limber
