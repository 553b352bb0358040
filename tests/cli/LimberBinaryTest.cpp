// Runs the real `limber` binary without a display, for what only a process shows: exit codes
// through main(), stdout and stderr apart, the environment (LIMBER_DATA_DIR, TZ), and the
// translations main() installs (German, English plurals).
#include "CliRun.h"
#include "ProcessRun.h"
#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using CliTest::json;
using CliTest::Outcome;
using CliTest::write;

class LimberBinaryTest : public CliTest::FoldersTest
{
protected:
    // Runs limber with the test's own data folder, no display and no inherited Limber settings.
    Outcome limber(QStringList arguments, const QMap<QString, QString> &extraEnvironment = {}) const
    {
        if (!extraEnvironment.contains(QStringLiteral("LIMBER_DATA_DIR")))
            arguments.prepend(QStringLiteral("--data-dir=") + m_data.path());
        return CliTest::runBinary(arguments, extraEnvironment);
    }
};

} // namespace

TEST_F(LimberBinaryTest, ListsTheExercisesWithoutADisplay)
{
    const Outcome run = limber({QStringLiteral("exercises")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 12);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Child's Pose")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Hold 30–60 s, 3–5 times")));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_F(LimberBinaryTest, DataFolderComesFromTheEnvironmentToo)
{
    const Outcome imported
        = limber({QStringLiteral("import"), m_golden}, {{QStringLiteral("LIMBER_DATA_DIR"), m_work.path()}});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_work.filePath(QStringLiteral("routines.json"))));
    EXPECT_FALSE(QFile::exists(storePath()));
}

TEST_F(LimberBinaryTest, SpeaksGermanWhenThePersonDoes)
{
    const Outcome help = limber({QStringLiteral("--help")}, {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Befehle:"))) << help.out.toStdString();
    const Outcome show = limber({QStringLiteral("show"), QStringLiteral("desk-break")},
                                {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    EXPECT_TRUE(show.out.contains(QStringLiteral("Gesamt:"))) << show.out.toStdString();
    // The content is translated too, not only the interface.
    EXPECT_TRUE(show.out.contains(QStringLiteral("Eckendehnung"))) << show.out.toStdString();
}

// LANGUAGE=de (as the README says) dates the sheet in German too, not only its words.
TEST_F(LimberBinaryTest, TheGermanSheetHasAGermanDate)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils is not installed";
    const QString pdf = m_work.filePath(QStringLiteral("blatt.pdf"));
    const Outcome run = limber({QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), pdf},
                               {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Limber::ProcessRun text = Limber::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    static const QRegularExpression germanDate(
        QStringLiteral("Datum: (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \\d{1,2}\\. "
                       "(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) "
                       "\\d{4}"));
    EXPECT_TRUE(germanDate.match(text.out).hasMatch()) << text.out.toStdString();
}

TEST_F(LimberBinaryTest, EnglishPluralsAreRight)
{
    const QString one = m_work.filePath(QStringLiteral("one.limber.json"));
    write(
        one,
        R"({"format":"limber-routine","version":1,"routine":{"id":"one","name":"One","items":[{"exercise":"cobra","reps":1}]}})");
    const Outcome run = limber({QStringLiteral("check"), one});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("has 1 exercise and"))) << run.out.toStdString();
    const Outcome show = limber({QStringLiteral("import"), one});
    const Outcome detail = limber({QStringLiteral("show"), QStringLiteral("one")});
    EXPECT_TRUE(detail.out.contains(QStringLiteral("Hold 18 s, once *"))) << detail.out.toStdString();
}

TEST_F(LimberBinaryTest, RemindersListTheScheduleInTheirTimeZone)
{
    const QString schedule = QStringLiteral(LIMBER_TEST_DATA_DIR "/schedule/schedule.json");
    const QMap<QString, QString> berlin{{QStringLiteral("TZ"), QStringLiteral("Europe/Berlin")},
                                        {QStringLiteral("LIMBER_DATA_DIR"), m_data.path()}};
    const Outcome list
        = limber({QStringLiteral("reminders"), QStringLiteral("--schedule"), schedule, QStringLiteral("--from"),
                  QStringLiteral("2026-11-24T09:00"), QStringLiteral("--next"), QStringLiteral("2")},
                 berlin);
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.startsWith(QStringLiteral("2026-11-24T10:30:00+01:00"))) << list.out.toStdString();
    EXPECT_EQ(list.out.count(QLatin1Char('\n')), 2);

    const QJsonObject listed
        = json(limber({QStringLiteral("reminders"), QStringLiteral("--schedule"), schedule, QStringLiteral("--from"),
                       QStringLiteral("2026-11-24T09:00"), QStringLiteral("--json")},
                      berlin));
    EXPECT_EQ(listed.value(QStringLiteral("format")).toString(), QStringLiteral("limber-reminders"));
}

TEST_F(LimberBinaryTest, WrongUsageIsExitTwoOnStderrOnly)
{
    const QList<QStringList> cases{
        {QStringLiteral("dance")},
        {QStringLiteral("exercises"), QStringLiteral("--colour")},
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("desk-break"), QStringLiteral("--level")},
    };
    for (const QStringList &arguments : cases) {
        const Outcome run = limber(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("limber: "))) << run.err.toStdString();
        EXPECT_TRUE(run.err.endsWith(QStringLiteral("Try 'limber --help' for how to use it.\n")))
            << run.err.toStdString();
    }
}

// main() reads `start` before it opens a window, so a mistake in it is wrong usage (exit code 2)
// even with no display, and says only what is wrong.
TEST_F(LimberBinaryTest, MistakesInStartAreWrongUsageWithoutAWindow)
{
    const QList<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("start")},
         QStringLiteral(
             "limber: 'start' needs one routine. Usage: limber start ROUTINE [--level gentle|standard|full]\n")},
        {{QStringLiteral("start"), QStringLiteral("desk-break"), QStringLiteral("--level"), QStringLiteral("hard")},
         QStringLiteral("limber: the level must be gentle, standard or full, not 'hard'.\n")},
        {{QStringLiteral("start"), QStringLiteral("desk-break"), QStringLiteral("--json")},
         QStringLiteral("limber: 'start' does not take the option --json.\n")},
    };
    for (const auto &[arguments, error] : cases) {
        const Outcome run = limber(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_EQ(run.err, error);
    }
}
