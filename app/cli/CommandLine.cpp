#include "CommandLine.h"

#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/RoutineSheet.h"
#include "report/JsonReport.h"
#include "report/ReminderReport.h"
#include "report/TimelineReport.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleStore.h"
#include "schedule/SystemWallClock.h"
#include "session/TimelineBuilder.h"
#include "storage/AtomicFile.h"
#include "storage/DataFolder.h"
#include "storage/JsonFile.h"
#include "storage/Library.h"
#include "storage/RoutineFormat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Limber {

namespace {

// What a command accepts. Options are given without dashes; "o" is the short form of "output".
struct CommandSpec {
    QString name;
    QString synopsis;
    const char *summary;
    int minPositional;
    int maxPositional;
    QStringList options;
};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs{
        {QStringLiteral("exercises"),
         QStringLiteral("exercises [--json]"),
         QT_TRANSLATE_NOOP("Limber::CommandLine", "List the exercise library."),
         0,
         0,
         {QStringLiteral("json")}},
        {QStringLiteral("routines"),
         QStringLiteral("routines [--json]"),
         QT_TRANSLATE_NOOP("Limber::CommandLine", "List built-in and your own routines with their total times."),
         0,
         0,
         {QStringLiteral("json")}},
        {QStringLiteral("show"),
         QStringLiteral("show ROUTINE [--level gentle|standard|full] [--json]"),
         QT_TRANSLATE_NOOP("Limber::CommandLine", "Show a routine's exercises with concrete doses and its total time."),
         1,
         1,
         {QStringLiteral("json"), QStringLiteral("level")}},
        {QStringLiteral("plan"),
         QStringLiteral("plan ROUTINE [--level gentle|standard|full] [--json]"),
         QT_TRANSLATE_NOOP(
             "Limber::CommandLine",
             "Print a session's timeline: every step with its start and length in milliseconds, and its cues."),
         1,
         1,
         {QStringLiteral("json"), QStringLiteral("level")}},
        {QStringLiteral("check"),
         QStringLiteral("check FILE"),
         QT_TRANSLATE_NOOP("Limber::CommandLine", "Check a routine file and say what is wrong with it, if anything."),
         1,
         1,
         {}},
        {QStringLiteral("import"),
         QStringLiteral("import FILE"),
         QT_TRANSLATE_NOOP("Limber::CommandLine", "Add the routine in a .limber.json file to your routines."),
         1,
         1,
         {}},
        {QStringLiteral("export"),
         QStringLiteral("export ROUTINE -o FILE [--force]"),
         QT_TRANSLATE_NOOP("Limber::CommandLine", "Save a routine to a .limber.json file to share it."),
         1,
         1,
         {QStringLiteral("output"), QStringLiteral("force")}},
        {QStringLiteral("sheet"),
         QStringLiteral("sheet ROUTINE -o FILE.pdf [--level gentle|standard|full] [--paper a4|letter] "
                        "[--layout detailed|compact] [--weeks N] [--name TEXT] [--force]"),
         QT_TRANSLATE_NOOP("Limber::CommandLine",
                           "Write a printable routine sheet as a PDF: illustrations, doses, steps, safety notes and "
                           "N weeks (1 to 8) of tick boxes. The paper defaults to your locale's."),
         1,
         1,
         {QStringLiteral("output"), QStringLiteral("force"), QStringLiteral("level"), QStringLiteral("paper"),
          QStringLiteral("layout"), QStringLiteral("weeks"), QStringLiteral("name")}},
        {QStringLiteral("reminders"),
         QStringLiteral("reminders [--json] [--next N] [--from ISO-8601-TIME] [--schedule FILE] [--ics FILE]"),
         QT_TRANSLATE_NOOP("Limber::CommandLine",
                           "List the next reminders (time with offset, rule, routine) from your schedule or "
                           "another schedule file, or export the schedule as an iCalendar file."),
         0,
         0,
         {QStringLiteral("json"), QStringLiteral("next"), QStringLiteral("from"), QStringLiteral("schedule"),
          QStringLiteral("ics"), QStringLiteral("force")}},
    };
    return specs;
}

const CommandSpec *findSpec(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

// Options that take a value; all others are flags.
bool takesValue(const QString &option)
{
    return option == QLatin1String("data-dir") || option == QLatin1String("level") || option == QLatin1String("output")
        || option == QLatin1String("paper") || option == QLatin1String("layout") || option == QLatin1String("weeks")
        || option == QLatin1String("name") || option == QLatin1String("next") || option == QLatin1String("from")
        || option == QLatin1String("schedule") || option == QLatin1String("ics");
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

// Prints rows as columns sized to their widest cell (translations make cells longer), two
// spaces apart; the last column is not padded.
void printColumns(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], int(row.at(column).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? padded(row.at(column), widths.at(column) + 2) : row.at(column);
        out << line << Qt::endl;
    }
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

CommandLine::~CommandLine() = default;

bool CommandLine::isCommand(const QStringList &arguments)
{
    // Qt's own options that take a value (-style Fusion, -platform xcb, ...): the value is not
    // a command word.
    static const QStringList qtOptionsWithValue{QStringLiteral("style"),           QStringLiteral("stylesheet"),
                                                QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                                QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                                QStringLiteral("display"),         QStringLiteral("geometry"),
                                                QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
                                                QStringLiteral("qwindowicon"),     QStringLiteral("session"),
                                                QStringLiteral("title"),           QStringLiteral("name"),
                                                QStringLiteral("data-dir")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version"))
            return true;
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a command word, known or not: the command line answers it
        QString option = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!option.contains(QLatin1Char('=')) && qtOptionsWithValue.contains(option))
            ++i; // skip its value
        // Anything else starting with '-' is left to Qt and the window.
    }
    return false;
}

std::optional<CommandLine::StartRequest> CommandLine::startRequest(const QStringList &arguments)
{
    if (!isCommand(arguments))
        return std::nullopt;
    Parsed parsed;
    QString error;
    if (!parse(arguments, parsed, error) || parsed.command != QLatin1String("start"))
        return std::nullopt;
    StartRequest request;
    request.dataDir = parsed.options.value(QStringLiteral("data-dir"));
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        if (it.key() != QLatin1String("data-dir") && it.key() != QLatin1String("level"))
            request.error = tr("'start' does not take the option --%1.").arg(it.key());
    }
    if (parsed.positional.size() != 1)
        request.error = tr("'start' needs one routine. Usage: limber start ROUTINE [--level gentle|standard|full]");
    else
        request.routine = parsed.positional.first();
    if (parsed.options.contains(QStringLiteral("level"))) {
        request.level = levelFromId(parsed.options.value(QStringLiteral("level")));
        if (!request.level)
            request.error = tr("the level must be gentle, standard or full, not '%1'.")
                                .arg(parsed.options.value(QStringLiteral("level")));
    }
    return request;
}

QString CommandLine::commandName(const QStringList &arguments)
{
    Parsed parsed;
    QString error;
    return isCommand(arguments) && parse(arguments, parsed, error) ? parsed.command : QString();
}

bool CommandLine::parse(const QStringList &arguments, Parsed &parsed, QString &error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            parsed.positional += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(QLatin1String("--"))
            || (argument.startsWith(QLatin1Char('-')) && argument.size() == 2)) {
            QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2) : argument.mid(1);
            QString value;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            const bool hasInlineValue = equals >= 0;
            if (hasInlineValue) {
                value = name.mid(equals + 1);
                name = name.left(equals);
            }
            if (name == QLatin1String("o"))
                name = QStringLiteral("output");
            if (name == QLatin1String("h"))
                name = QStringLiteral("help");
            if (takesValue(name)) {
                if (!hasInlineValue) {
                    if (i + 1 >= arguments.size()) {
                        error = tr("the option %1 needs a value.").arg(argument);
                        return false;
                    }
                    value = arguments.at(++i);
                }
                if (value.isEmpty()) {
                    error = tr("the option %1 needs a value.").arg(argument);
                    return false;
                }
            } else if (hasInlineValue) {
                error = tr("the option --%1 takes no value.").arg(name);
                return false;
            }
            if (parsed.options.contains(name)) {
                error = tr("the option --%1 is given twice.").arg(name);
                return false;
            }
            parsed.options.insert(name, value);
            continue;
        }
        if (parsed.command.isEmpty())
            parsed.command = argument;
        else
            parsed.positional.append(argument);
    }
    return true;
}

int CommandLine::usageError(const QString &message)
{
    m_err << QStringLiteral("limber: ") << message << Qt::endl
          << tr("Try 'limber --help' for how to use it.") << Qt::endl;
    return BadUsage;
}

int CommandLine::fail(const QString &message)
{
    m_err << QStringLiteral("limber: ") << message << Qt::endl;
    return BadInput;
}

void CommandLine::printHelp()
{
    m_out << tr("Usage: limber [COMMAND] [OPTIONS]") << Qt::endl
          << tr("Without a command, limber opens its window; 'limber start ROUTINE [--level L]' opens it "
                "straight into that routine's session.")
          << Qt::endl
          << tr("'limber --background' starts Limber in the tray without opening its window, to wait for "
                "reminders (starting at login does this). While Limber runs, 'limber' brings its window "
                "forward and 'limber start' starts the routine there.")
          << Qt::endl
          << Qt::endl
          << tr("Commands:") << Qt::endl;
    for (const CommandSpec &spec : commandSpecs()) {
        m_out << QStringLiteral("  limber ") << spec.synopsis << Qt::endl
              << QStringLiteral("      ") << tr(spec.summary) << Qt::endl;
    }
    m_out << Qt::endl
          << tr("Options for every command:") << Qt::endl
          << QStringLiteral("  ") << padded(QStringLiteral("--data-dir DIR"), 18)
          << tr("where your routines are kept (now %1; $%2 sets it too)")
                 .arg(DataFolder::resolve(), QLatin1String(DataFolder::environmentVariable))
          << Qt::endl
          << QStringLiteral("  ") << padded(QStringLiteral("-h, --help"), 18) << tr("show this help") << Qt::endl
          << QStringLiteral("  ") << padded(QStringLiteral("--version"), 18) << tr("show the version") << Qt::endl
          << Qt::endl
          << tr("ROUTINE is a routine's id or its exact name. Exit codes: 0 success, 1 a bad file or "
                "unknown routine, 2 wrong usage.")
          << Qt::endl;
}

int CommandLine::run(const QStringList &arguments)
{
    Parsed parsed;
    QString error;
    if (!parse(arguments, parsed, error))
        return usageError(error);

    if (parsed.options.contains(QStringLiteral("help"))) {
        printHelp();
        return Success;
    }
    if (parsed.options.contains(QStringLiteral("version"))) {
        m_out << QStringLiteral("limber %1").arg(QLatin1String(LIMBER_VERSION)) << Qt::endl;
        return Success;
    }
    if (parsed.command.isEmpty())
        return usageError(tr("no command given."));

    const CommandSpec *spec = findSpec(parsed.command);
    if (!spec)
        return usageError(tr("'%1' is not a command.").arg(parsed.command));

    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        if (it.key() != QLatin1String("data-dir") && !spec->options.contains(it.key()))
            return usageError(tr("'%1' does not take the option --%2.").arg(spec->name, it.key()));
    }
    if (parsed.positional.size() < spec->minPositional)
        return usageError(tr("'%1' is missing an argument. Usage: limber %2").arg(spec->name, spec->synopsis));
    if (parsed.positional.size() > spec->maxPositional)
        return usageError(
            tr("'%1' got too many arguments (%2). Usage: limber %3")
                .arg(spec->name, parsed.positional.mid(spec->maxPositional).join(QLatin1Char(' ')), spec->synopsis));
    if (parsed.options.contains(QStringLiteral("level")) && !levelFromId(parsed.options.value(QStringLiteral("level"))))
        return usageError(tr("the level must be gentle, standard or full, not '%1'.")
                              .arg(parsed.options.value(QStringLiteral("level"))));
    if (spec->name == QLatin1String("export") && !parsed.options.contains(QStringLiteral("output")))
        return usageError(tr("'export' needs -o FILE, the file to write."));
    if (spec->name == QLatin1String("sheet")) {
        if (!parsed.options.contains(QStringLiteral("output")))
            return usageError(tr("'sheet' needs -o FILE.pdf, the file to write."));
        if (const std::optional<QString> problem = RoutineSheet::problemWithOptions(
                parsed.options.value(QStringLiteral("paper"), QStringLiteral("a4")),
                parsed.options.value(QStringLiteral("layout"), QStringLiteral("detailed")),
                parsed.options.value(QStringLiteral("weeks"), QStringLiteral("1")),
                parsed.options.value(QStringLiteral("name"))))
            return usageError(*problem);
    }

    if (spec->name == QLatin1String("reminders") && parsed.options.contains(QStringLiteral("next"))) {
        bool isNumber = false;
        const int next = parsed.options.value(QStringLiteral("next")).toInt(&isNumber);
        if (!isNumber || next < 1 || next > 1000)
            return usageError(tr("--next must be a whole number from 1 to 1000, not '%1'.")
                                  .arg(parsed.options.value(QStringLiteral("next"))));
    }
    if (spec->name == QLatin1String("reminders") && parsed.options.contains(QStringLiteral("from"))
        && !ReminderReport::parseMoment(parsed.options.value(QStringLiteral("from")), SystemWallClock().zone()))
        return usageError(tr("--from must be a date and time such as 2026-11-24T09:00 or 2026-11-24T09:00+01:00, "
                             "not '%1'.")
                              .arg(parsed.options.value(QStringLiteral("from"))));

    if (!openLibrary(parsed.options.value(QStringLiteral("data-dir"))))
        return BadInput;

    int result = BadUsage;
    if (spec->name == QLatin1String("exercises"))
        result = exercises(parsed);
    else if (spec->name == QLatin1String("routines"))
        result = routines(parsed);
    else if (spec->name == QLatin1String("show"))
        result = show(parsed);
    else if (spec->name == QLatin1String("plan"))
        result = plan(parsed);
    else if (spec->name == QLatin1String("check"))
        result = check(parsed);
    else if (spec->name == QLatin1String("import"))
        result = importRoutine(parsed);
    else if (spec->name == QLatin1String("export"))
        result = exportRoutine(parsed);
    else if (spec->name == QLatin1String("sheet"))
        result = sheet(parsed);
    else if (spec->name == QLatin1String("reminders"))
        result = reminders(parsed);

    // A broken routine store was reported on stderr; say so in the exit code too.
    if (result == Success && m_storeUnreadable && spec->name != QLatin1String("exercises")
        && spec->name != QLatin1String("check"))
        result = BadInput;
    return result;
}

bool CommandLine::openLibrary(const QString &dataDirOverride)
{
    Result<std::shared_ptr<Library>> library = Library::open(DataFolder::resolve(dataDirOverride));
    if (!library) {
        fail(library.error().message());
        return false;
    }
    m_library = std::move(library).value();
    m_catalog = &m_library->catalog();
    m_store = &m_library->routines();
    if (const MaybeError &problem = m_library->storeProblem()) {
        m_storeUnreadable = true;
        m_err << tr("limber: warning: your routines could not be read: %1").arg(problem->message()) << Qt::endl
              << tr("limber: the file is left as it is; only the built-in routines are available. Opening "
                    "Limber's window moves it aside and starts afresh.")
              << Qt::endl;
    }
    return true;
}

const Routine *CommandLine::findRoutine(const QString &idOrName)
{
    const Routine *routine = m_store->find(idOrName);
    if (!routine)
        fail(tr("there is no routine '%1'. 'limber routines' lists them.").arg(idOrName));
    return routine;
}

void CommandLine::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CommandLine::exercises(const Parsed &parsed)
{
    if (parsed.options.contains(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Exercise &exercise : m_catalog->exercises())
            array.append(JsonReport::exercise(exercise));
        printJson({{QStringLiteral("version"), JsonReport::version}, {QStringLiteral("exercises"), array}});
        return Success;
    }
    QList<QStringList> rows;
    for (const Exercise &exercise : m_catalog->exercises())
        rows.append({exercise.code, exercise.id, exercise.name, labelOf(exercise.mainKind()),
                     labelOf(exercise.position), DoseText::describeRange(exercise.dose)});
    printColumns(m_out, rows);
    return Success;
}

int CommandLine::routines(const Parsed &parsed)
{
    const SessionTimings timings;
    const QList<Routine> all = m_store->allRoutines();
    if (parsed.options.contains(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Routine &routine : all)
            array.append(JsonReport::routineSummary(routine, *m_catalog, timings));
        printJson({{QStringLiteral("version"), JsonReport::version}, {QStringLiteral("routines"), array}});
        return Success;
    }
    QList<QStringList> rows;
    for (const Routine &routine : all) {
        QStringList times;
        for (Level level : allLevels)
            times.append(
                tr("%1 %2", "level and time, e.g. 'Gentle 4 min 3 s'")
                    .arg(levelLabel(level), DoseText::duration(routineSeconds(routine, *m_catalog, level, timings))));
        rows.append({routine.id, routine.name, routine.builtIn ? tr("built-in") : tr("yours"),
                     tr("%n exercises", nullptr, int(routine.items.size())), times.join(QStringLiteral(" · "))});
    }
    printColumns(m_out, rows);
    return Success;
}

int CommandLine::show(const Parsed &parsed)
{
    const Routine *routine = findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const SessionTimings timings;
    const Level level = levelFromId(parsed.options.value(QStringLiteral("level"))).value_or(routine->level);
    if (parsed.options.contains(QStringLiteral("json"))) {
        QJsonObject object = JsonReport::routineDetail(*routine, *m_catalog, level, timings);
        object.insert(QStringLiteral("version"), JsonReport::version);
        printJson(object);
        return Success;
    }
    m_out << routine->name << QStringLiteral(" (") << routine->id << QStringLiteral(") · ")
          << (routine->builtIn ? tr("built-in") : tr("yours")) << QStringLiteral(" · ")
          << tr("level: %1").arg(levelLabel(level)) << Qt::endl;
    if (!routine->description.isEmpty())
        m_out << routine->description << Qt::endl;
    m_out << Qt::endl;
    QList<QStringList> rows;
    for (const RoutineItem &item : routine->items) {
        const Exercise *exercise = m_catalog->find(item.exerciseId);
        if (!exercise)
            continue;
        const ConcreteDose dose = ConcreteDose::resolve(exercise->dose, level, item.override);
        rows.append({QStringLiteral("%1.").arg(rows.size() + 1, 3), exercise->name,
                     DoseText::describe(dose) + (item.override.isEmpty() ? QString() : QStringLiteral(" *")),
                     DoseText::duration(exerciseSeconds(dose, timings))});
    }
    printColumns(m_out, rows);
    if (std::any_of(routine->items.cbegin(), routine->items.cend(),
                    [](const RoutineItem &item) { return !item.override.isEmpty(); }))
        m_out << tr("* your own numbers") << Qt::endl;
    m_out << Qt::endl
          << tr("Get ready %1, rest %2 between exercises, %3 to switch sides.")
                 .arg(DoseText::duration(timings.getReadySeconds), DoseText::duration(routine->restBetweenSeconds),
                      DoseText::duration(timings.switchSidesSeconds))
          << Qt::endl
          << tr("Total: %1").arg(DoseText::duration(routineSeconds(*routine, *m_catalog, level, timings))) << Qt::endl;
    return Success;
}

int CommandLine::reminders(const Parsed &parsed)
{
    const SystemWallClock clock; // honours TZ
    const QTimeZone zone = clock.zone();
    Schedule schedule;
    if (parsed.options.contains(QStringLiteral("schedule"))) {
        Result<Schedule> read = ScheduleFormat::read(parsed.options.value(QStringLiteral("schedule")));
        if (!read)
            return fail(read.error().message());
        schedule = read.value();
    } else {
        ScheduleStore store(DataFolder::resolve(parsed.options.value(QStringLiteral("data-dir"))));
        if (MaybeError error = store.load())
            return fail(error->message());
        schedule = store.schedule();
    }
    const QHash<QString, QString> names = ReminderReport::routineNames(m_store->allRoutines());

    if (parsed.options.contains(QStringLiteral("ics"))) {
        const QString path = parsed.options.value(QStringLiteral("ics"));
        if (QFileInfo::exists(path) && !parsed.options.contains(QStringLiteral("force")))
            return fail(tr("%1 already exists; nothing was written. Add --force to replace it.").arg(path));
        if (MaybeError error
            = AtomicFile::write(path, ReminderReport::toIcs(schedule, names, zone, QDateTime::currentDateTimeUtc())))
            return fail(error->message());
        m_out << tr("Wrote the schedule to %1.").arg(path) << Qt::endl;
        return Success;
    }

    const std::optional<QDateTime> from = parsed.options.contains(QStringLiteral("from"))
        ? ReminderReport::parseMoment(parsed.options.value(QStringLiteral("from")), zone)
        : std::optional<QDateTime>(clock.now());
    const int count = parsed.options.value(QStringLiteral("next"), QStringLiteral("5")).toInt();
    const QList<Reminder> upcoming = ReminderPlanner::upcoming(schedule, *from, zone, count);
    if (parsed.options.contains(QStringLiteral("json")))
        m_out << QString::fromUtf8(ReminderReport::toJsonDocument(upcoming, names));
    else
        m_out << ReminderReport::toText(upcoming, names);
    m_out.flush();
    return Success;
}

int CommandLine::plan(const Parsed &parsed)
{
    const Routine *routine = findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const Level level = levelFromId(parsed.options.value(QStringLiteral("level"))).value_or(routine->level);
    const Timeline timeline = TimelineBuilder(*m_catalog).build(*routine, level);
    if (parsed.options.contains(QStringLiteral("json")))
        m_out << QString::fromUtf8(TimelineReport::toJsonDocument(timeline));
    else
        m_out << TimelineReport::toText(timeline);
    m_out.flush();
    return Success;
}

int CommandLine::check(const Parsed &parsed)
{
    const QString path = parsed.positional.at(0);
    Result<Routine> routine = RoutineFormat::readShared(path, *m_catalog);
    if (!routine)
        return fail(routine.error().message());
    const Routine &r = routine.value();
    m_out << tr("%1: OK. \"%2\" has %n exercises and takes %3 (level: %4).", nullptr, int(r.items.size()))
                 .arg(path, r.name, DoseText::duration(routineSeconds(r, *m_catalog, r.level)), levelLabel(r.level))
          << Qt::endl;
    return Success;
}

int CommandLine::importRoutine(const Parsed &parsed)
{
    if (m_store->isBlocked())
        return fail(tr("nothing was imported, because your routines file could not be read (see above)."));
    Result<Routine> routine = m_store->importFile(parsed.positional.at(0));
    if (!routine)
        return fail(routine.error().message());
    m_out << tr("Imported \"%1\" (id %2) into %3.").arg(routine.value().name, routine.value().id, m_store->storePath())
          << Qt::endl;
    return Success;
}

int CommandLine::exportRoutine(const Parsed &parsed)
{
    const Routine *routine = findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const QString path = parsed.options.value(QStringLiteral("output"));
    if (QFileInfo::exists(path) && !parsed.options.contains(QStringLiteral("force")))
        return fail(tr("%1 already exists; nothing was written. Add --force to replace it.").arg(path));
    if (MaybeError error = m_store->exportFile(routine->id, path))
        return fail(error->message());
    m_out << tr("Exported \"%1\" to %2.").arg(routine->name, path) << Qt::endl;
    return Success;
}

int CommandLine::sheet(const Parsed &parsed)
{
    const Routine *routine = findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const QString path = parsed.options.value(QStringLiteral("output"));
    if (QFileInfo::exists(path) && !parsed.options.contains(QStringLiteral("force")))
        return fail(tr("%1 already exists; nothing was written. Add --force to replace it.").arg(path));
    if (!m_sheetWriter)
        return fail(tr("this build of Limber cannot write routine sheets."));
    const SheetRequest request{*routine,
                               *m_catalog,
                               levelFromId(parsed.options.value(QStringLiteral("level"))).value_or(routine->level),
                               parsed.options.value(QStringLiteral("paper")).toLower(),
                               parsed.options.value(QStringLiteral("layout"), QStringLiteral("detailed")),
                               parsed.options.value(QStringLiteral("weeks"), QStringLiteral("1")).toInt(),
                               parsed.options.value(QStringLiteral("name")),
                               path};
    if (MaybeError error = m_sheetWriter(request))
        return fail(error->message());
    m_out << tr("Wrote the routine sheet for \"%1\" to %2.").arg(routine->name, path) << Qt::endl;
    return Success;
}

} // namespace Limber
