// The command line run in this process, as main() runs it, with string streams for stdout and
// stderr: what it prints, what it writes and its exit codes (0 success, 1 bad file or unknown
// routine, 2 wrong usage). LimberBinaryTest runs the real binary for what only a process shows.
#include "CliRun.h"
#include "QtGTest.h"

#include "LimberVersion.h"
#include "cli/CommandLine.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using CliTest::json;
using CliTest::Outcome;
using CliTest::readAll;
using CliTest::write;

class CommandLineTest : public CliTest::FoldersTest
{
protected:
    // Runs the command line with the test's own data folder.
    Outcome limber(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("--data-dir=") + m_data.path());
        return CliTest::runInProcess(arguments);
    }
};

} // namespace

TEST_F(CommandLineTest, ExercisesAsJsonCarryTheArticlesDosesAndEachLevel)
{
    const QJsonObject root = json(limber({QStringLiteral("exercises"), QStringLiteral("--json")}));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray exercises = root.value(QStringLiteral("exercises")).toArray();
    ASSERT_EQ(exercises.size(), 12);
    const QJsonObject catCow = exercises.at(0).toObject();
    EXPECT_EQ(catCow.value(QStringLiteral("id")).toString(), QStringLiteral("cat-cow"));
    EXPECT_TRUE(catCow.value(QStringLiteral("floor")).toBool());
    const QJsonObject dose = catCow.value(QStringLiteral("dose")).toObject();
    EXPECT_EQ(dose.value(QStringLiteral("pattern")).toString(), QStringLiteral("breath-reps"));
    EXPECT_EQ(dose.value(QStringLiteral("reps")).toObject().value(QStringLiteral("min")).toInt(), 10);
    EXPECT_EQ(dose.value(QStringLiteral("reps")).toObject().value(QStringLiteral("max")).toInt(), 15);
    const QJsonObject levels = dose.value(QStringLiteral("levels")).toObject();
    EXPECT_EQ(levels.value(QStringLiteral("gentle")).toObject().value(QStringLiteral("reps")).toInt(), 10);
    EXPECT_EQ(levels.value(QStringLiteral("standard")).toObject().value(QStringLiteral("reps")).toInt(), 13);
    EXPECT_EQ(levels.value(QStringLiteral("full")).toObject().value(QStringLiteral("reps")).toInt(), 15);
}

// The article has Cobra "for strength and stretch": the list names both kinds, main one first,
// and the JSON's "kinds" array (ids) carries both as it always did.
TEST_F(CommandLineTest, ExercisesNameEveryKind)
{
    const Outcome plain = limber({QStringLiteral("exercises")});
    EXPECT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    const QStringList lines = plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 12);
    const QString cobra = lines.at(9);
    EXPECT_TRUE(cobra.contains(QStringLiteral("Cobra"))) << cobra.toStdString();
    EXPECT_TRUE(cobra.contains(QStringLiteral("Strength and Stretch"))) << cobra.toStdString();
    EXPECT_TRUE(lines.at(7).contains(QStringLiteral("Strength"))) << lines.at(7).toStdString(); // Rows
    EXPECT_FALSE(lines.at(7).contains(QStringLiteral("Stretch"))) << lines.at(7).toStdString();

    const QJsonArray exercises = json(limber({QStringLiteral("exercises"), QStringLiteral("--json")}))
                                     .value(QStringLiteral("exercises"))
                                     .toArray();
    ASSERT_EQ(exercises.size(), 12);
    const QJsonObject cobraJson = exercises.at(9).toObject();
    EXPECT_EQ(cobraJson.value(QStringLiteral("id")).toString(), QStringLiteral("cobra"));
    EXPECT_EQ(cobraJson.value(QStringLiteral("kinds")).toArray(),
              (QJsonArray{QStringLiteral("strength"), QStringLiteral("stretch")}));
}

TEST_F(CommandLineTest, RoutinesTellTheirTotalTimeAtEachLevel)
{
    const QJsonArray routines = json(limber({QStringLiteral("routines"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("routines"))
                                    .toArray();
    ASSERT_EQ(routines.size(), 4);
    const QJsonObject desk = routines.at(1).toObject();
    EXPECT_EQ(desk.value(QStringLiteral("id")).toString(), QStringLiteral("desk-break"));
    EXPECT_TRUE(desk.value(QStringLiteral("builtIn")).toBool());
    const QJsonObject totals = desk.value(QStringLiteral("totalSeconds")).toObject();
    // About five minutes at the standard level.
    EXPECT_GE(totals.value(QStringLiteral("standard")).toInt(), 4 * 60);
    EXPECT_LE(totals.value(QStringLiteral("standard")).toInt(), 6 * 60);
    EXPECT_LT(totals.value(QStringLiteral("gentle")).toInt(), totals.value(QStringLiteral("standard")).toInt());
    EXPECT_LT(totals.value(QStringLiteral("standard")).toInt(), totals.value(QStringLiteral("full")).toInt());

    const Outcome plain = limber({QStringLiteral("routines")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.contains(QStringLiteral("4 exercises")));
}

TEST_F(CommandLineTest, ShowGivesConcreteDosesAtALevel)
{
    const QJsonObject full
        = json(limber({QStringLiteral("show"), QStringLiteral("Full program"), QStringLiteral("--level"),
                       QStringLiteral("full"), QStringLiteral("--json")}));
    EXPECT_EQ(full.value(QStringLiteral("playedLevel")).toString(), QStringLiteral("full"));
    const QJsonArray items = full.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 12);
    const QJsonObject childsPose = items.at(1).toObject().value(QStringLiteral("dose")).toObject();
    EXPECT_EQ(childsPose.value(QStringLiteral("holdSeconds")).toInt(), 60);
    EXPECT_EQ(childsPose.value(QStringLiteral("reps")).toInt(), 5);
    EXPECT_EQ(childsPose.value(QStringLiteral("text")).toString(), QStringLiteral("Hold 1 min, 5 times"));
    int sum = full.value(QStringLiteral("getReadySeconds")).toInt();
    for (const QJsonValue &item : items)
        sum += item.toObject().value(QStringLiteral("seconds")).toInt();
    sum += (items.size() - 1) * full.value(QStringLiteral("restBetweenSeconds")).toInt();
    EXPECT_EQ(full.value(QStringLiteral("seconds")).toInt(), sum);

    const Outcome plain = limber({QStringLiteral("show"), QStringLiteral("desk-break")});
    EXPECT_EQ(plain.exitCode, 0);
    EXPECT_TRUE(plain.out.contains(QStringLiteral("Corner Stretch")));
    EXPECT_TRUE(plain.out.contains(QStringLiteral("Total: ")));
}

TEST_F(CommandLineTest, UnknownRoutineIsExitOne)
{
    const Outcome run = limber({QStringLiteral("show"), QStringLiteral("headstands")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("no routine 'headstands'"))) << run.err.toStdString();
}

TEST_F(CommandLineTest, WrongUsageIsExitTwo)
{
    const QList<QStringList> cases{
        {QStringLiteral("dance")},
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("desk-break"), QStringLiteral("extra")},
        {QStringLiteral("show"), QStringLiteral("desk-break"), QStringLiteral("--level"), QStringLiteral("extreme")},
        {QStringLiteral("show"), QStringLiteral("desk-break"), QStringLiteral("--level")},
        {QStringLiteral("exercises"), QStringLiteral("--colour")},
        {QStringLiteral("exercises"), QStringLiteral("--json=yes")},
        {QStringLiteral("export"), QStringLiteral("desk-break")},
        {QStringLiteral("check")},
    };
    for (const QStringList &arguments : cases) {
        const Outcome run = limber(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("limber: "))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("limber --help")));
    }
}

TEST_F(CommandLineTest, HelpAndVersion)
{
    const Outcome help = limber({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *command : {"exercises", "routines", "show", "check", "import", "export", "--data-dir"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    const Outcome version = limber({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("limber " LIMBER_VERSION));
}

TEST_F(CommandLineTest, CheckAcceptsAGoodFileAndNamesTheProblemInABadOne)
{
    const Outcome good = limber({QStringLiteral("check"), m_golden});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("OK")));
    EXPECT_TRUE(good.out.contains(QStringLiteral("4 exercises")));

    const QString bad = m_work.filePath(QStringLiteral("bad.limber.json"));
    write(
        bad,
        R"({"format":"limber-routine","version":1,"routine":{"id":"x","name":"X","items":[{"exercise":"cobra","holdSeconds":5000}]}})");
    const Outcome run = limber({QStringLiteral("check"), bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(bad)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("routine.items[0].holdSeconds"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("5000"))) << run.err.toStdString();
}

TEST_F(CommandLineTest, ImportThenExportRoundTrips)
{
    const Outcome imported = limber({QStringLiteral("import"), m_golden});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(QFile::exists(storePath()));
    const Outcome again = limber({QStringLiteral("import"), m_golden});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("My desk break (2)"))) << again.out.toStdString();

    const QJsonArray routines = json(limber({QStringLiteral("routines"), QStringLiteral("--json")}))
                                    .value(QStringLiteral("routines"))
                                    .toArray();
    EXPECT_EQ(routines.size(), 6);

    const QString exported = m_work.filePath(QStringLiteral("shared.limber.json"));
    const Outcome out
        = limber({QStringLiteral("export"), QStringLiteral("my-desk-break"), QStringLiteral("-o"), exported});
    EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
    EXPECT_EQ(readAll(exported), readAll(m_golden));
}

TEST_F(CommandLineTest, ExportNeverOverwritesWithoutForce)
{
    const QString target = m_work.filePath(QStringLiteral("mine.limber.json"));
    write(target, "precious");
    const Outcome refused
        = limber({QStringLiteral("export"), QStringLiteral("desk-break"), QStringLiteral("-o"), target});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(readAll(target), QByteArray("precious"));

    const Outcome forced = limber({QStringLiteral("export"), QStringLiteral("desk-break"), QStringLiteral("--output"),
                                   target, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(readAll(target).contains("\"desk-break\""));
}

TEST_F(CommandLineTest, ExportIntoAnImpossibleFolderFailsCleanly)
{
    const QString file = m_work.filePath(QStringLiteral("a-file"));
    write(file, "x");
    const Outcome run = limber({QStringLiteral("export"), QStringLiteral("desk-break"), QStringLiteral("-o"),
                                file + QStringLiteral("/inside/out.limber.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("out.limber.json"))) << run.err.toStdString();
}

TEST_F(CommandLineTest, ABrokenRoutineStoreIsReportedAndLeftAlone)
{
    const QByteArray broken = "{\"format\": \"limber-routines\", \"version\": 1, \"routines\": [";
    write(storePath(), broken);

    const Outcome list = limber({QStringLiteral("routines")});
    EXPECT_EQ(list.exitCode, 1);
    EXPECT_TRUE(list.out.contains(QStringLiteral("desk-break"))); // built-ins still listed
    EXPECT_TRUE(list.err.contains(storePath())) << list.err.toStdString();
    EXPECT_TRUE(list.err.contains(QStringLiteral("ends too soon"))) << list.err.toStdString();

    const Outcome import = limber({QStringLiteral("import"), m_golden});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_EQ(readAll(storePath()), broken);
}

TEST(CommandLineWords, QtOptionsAndTheirValuesOpenTheWindow)
{
    using Limber::CommandLine;
    const auto words
        = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    EXPECT_FALSE(CommandLine::isCommand({}));
    EXPECT_FALSE(CommandLine::isCommand(words("-style Fusion")));
    EXPECT_FALSE(CommandLine::isCommand(words("--data-dir /tmp/x -platform xcb -reverse")));
    EXPECT_FALSE(CommandLine::isCommand(words("--data-dir=/tmp/x -style=Fusion")));
    EXPECT_TRUE(CommandLine::isCommand(words("routines")));
    EXPECT_TRUE(CommandLine::isCommand(words("--data-dir /tmp/x routines")));
    EXPECT_TRUE(CommandLine::isCommand(words("-style Fusion dance")));
    EXPECT_TRUE(CommandLine::isCommand(words("--version")));
    EXPECT_TRUE(CommandLine::isCommand(words("-h")));
}

TEST_F(CommandLineTest, PlanPrintsTheTimelineWhoseTotalMatchesShow)
{
    const QJsonObject plan
        = json(limber({QStringLiteral("plan"), QStringLiteral("desk-break"), QStringLiteral("--level"),
                       QStringLiteral("gentle"), QStringLiteral("--json")}));
    EXPECT_EQ(plan.value(QStringLiteral("format")).toString(), QStringLiteral("limber-plan"));
    EXPECT_EQ(plan.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject show
        = json(limber({QStringLiteral("show"), QStringLiteral("desk-break"), QStringLiteral("--level"),
                       QStringLiteral("gentle"), QStringLiteral("--json")}));
    EXPECT_EQ(plan.value(QStringLiteral("totalMs")).toInteger(),
              show.value(QStringLiteral("seconds")).toInteger() * 1000);
    const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
    ASSERT_FALSE(steps.isEmpty());
    qint64 expectedStart = 0;
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        EXPECT_EQ(step.value(QStringLiteral("startMs")).toInteger(), expectedStart);
        expectedStart += step.value(QStringLiteral("lengthMs")).toInteger();
    }
    EXPECT_EQ(expectedStart, plan.value(QStringLiteral("totalMs")).toInteger());

    const Outcome text = limber({QStringLiteral("plan"), QStringLiteral("Desk break")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Get ready"))) << text.out.toStdString();
    EXPECT_EQ(limber({QStringLiteral("plan"), QStringLiteral("nope")}).exitCode, 1);
    EXPECT_EQ(limber({QStringLiteral("plan"), QStringLiteral("desk-break"), QStringLiteral("--level=hard")}).exitCode,
              2);
}

TEST_F(CommandLineTest, RemindersExportICalendarAndCheckTheirOptions)
{
    const QString schedule = QStringLiteral(LIMBER_TEST_DATA_DIR "/schedule/schedule.json");
    const QString ics = m_work.filePath(QStringLiteral("limber.ics"));
    const Outcome written
        = limber({QStringLiteral("reminders"), QStringLiteral("--schedule"), schedule, QStringLiteral("--ics"), ics});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(readAll(ics).startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(readAll(ics).contains("RRULE:FREQ=WEEKLY"));
    EXPECT_EQ(
        limber({QStringLiteral("reminders"), QStringLiteral("--schedule"), schedule, QStringLiteral("--ics"), ics})
            .exitCode,
        1); // never replaced without --force

    // With no schedule saved yet, the starter schedule is off: nothing is coming.
    const Outcome empty = limber({QStringLiteral("reminders")});
    EXPECT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_EQ(limber({QStringLiteral("reminders"), QStringLiteral("--next"), QStringLiteral("0")}).exitCode, 2);
    EXPECT_EQ(limber({QStringLiteral("reminders"), QStringLiteral("--from"), QStringLiteral("soon")}).exitCode, 2);
    const Outcome missing
        = limber({QStringLiteral("reminders"), QStringLiteral("--schedule"), QStringLiteral("/no/such.json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/no/such.json")));
}

// The sheet is a PDF whatever the name says, so a name that says otherwise is refused before
// anything is written, naming the file.
TEST_F(CommandLineTest, ASheetNamedOtherThanPdfIsRefused)
{
    int written = 0;
    const Limber::CommandLine::SheetWriter writer = [&written](const Limber::SheetRequest &) -> Limber::MaybeError {
        ++written;
        return std::nullopt;
    };
    const auto sheet = [&](const QString &path) {
        return CliTest::runInProcess({QStringLiteral("--data-dir=") + m_data.path(), QStringLiteral("sheet"),
                                      QStringLiteral("desk-break"), QStringLiteral("-o"), path},
                                     writer);
    };

    const QString text = m_work.filePath(QStringLiteral("x.txt"));
    const Outcome refused = sheet(text);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.startsWith(
        QStringLiteral("limber: %1: a routine sheet is a PDF; give a name ending in .pdf\n").arg(text)))
        << refused.err.toStdString();
    EXPECT_EQ(sheet(m_work.filePath(QStringLiteral("sheet"))).exitCode, 2); // no ending at all
    EXPECT_EQ(written, 0);
    EXPECT_FALSE(QFile::exists(text));

    const Outcome upper = sheet(m_work.filePath(QStringLiteral("SHEET.PDF")));
    EXPECT_EQ(upper.exitCode, 0) << upper.err.toStdString();
    EXPECT_EQ(written, 1);
}
