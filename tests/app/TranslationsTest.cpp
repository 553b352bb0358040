// The translations main() installs, and the locale they bring: with LANGUAGE=de (what the README
// tells people to set) Limber writes German dates and day names too, not only German words.
#include "ProcessRun.h"
#include "QtGTest.h"

#include "model/StepText.h"
#include "platform/Translations.h"
#include "schedule/ReminderText.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTimeZone>
#include <QTranslator>

using namespace Limber;

namespace {

const char *const childVariable = "LIMBER_TEST_TRANSLATIONS_CHILD";

TEST(TranslationsTest, DatesFollowTheLanguageShown)
{
    const QLocale germany(QLocale::German, QLocale::Germany);
    EXPECT_EQ(uiLocale(QStringLiteral("de_DE"), QLocale(QLocale::English, QLocale::UnitedStates)), germany);
    EXPECT_EQ(uiLocale(QStringLiteral("de"), QLocale::c()), germany);
    // The system's country is kept where the language is spoken there.
    EXPECT_EQ(uiLocale(QStringLiteral("de_DE"), QLocale(QLocale::French, QLocale::Switzerland)),
              QLocale(QLocale::German, QLocale::Switzerland));
    // A system of the same language keeps its own ways.
    const QLocale austria(QLocale::German, QLocale::Austria);
    EXPECT_EQ(uiLocale(QStringLiteral("de_DE"), austria), austria);
    const QLocale britain(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(uiLocale(QStringLiteral("en"), britain), britain);
    // English words on a C system (scripts, CI) change nothing; on a French one, English dates.
    EXPECT_EQ(uiLocale(QStringLiteral("en"), QLocale::c()), QLocale::c());
    EXPECT_EQ(uiLocale(QStringLiteral("en"), QLocale(QLocale::French, QLocale::France)).language(), QLocale::English);
    EXPECT_EQ(uiLocale(QString(), QLocale(QLocale::French, QLocale::France)),
              QLocale(QLocale::French, QLocale::France));
}

// Run again in a process of its own started as the README says (LANGUAGE=de on an English
// system), since the system locale is read once per process.
TEST(TranslationsTest, WithLanguageDeTheRemindersSpeakGermanDates)
{
    if (qEnvironmentVariable(childVariable) != QLatin1String("1")) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_TIME"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
        const ProcessRun run
            = runProcess(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--gtest_filter=TranslationsTest.WithLanguageDeTheRemindersSpeakGermanDates")},
                         60'000, environment);
        EXPECT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("[  PASSED  ] 1 test"))) << run.out.toStdString();
        return;
    }

    installTranslations(*QCoreApplication::instance(), QStringLiteral(LIMBER_QM_DIR));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(QLocale().territory(), QLocale::Germany);
    EXPECT_EQ(ReminderText::days(Weekdays::mondayToFriday()), QStringLiteral("Montag bis Freitag"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({1, 3})), QStringLiteral("Mo. und Mi."));
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), berlin);
    EXPECT_EQ(ReminderText::moment(QDateTime(QDate(2026, 12, 8), QTime(10, 0), berlin), now),
              QStringLiteral("Di., 8. Dez. 10:00"));
    EXPECT_EQ(QLocale().toString(QDate(2026, 12, 6), QLocale::LongFormat), QStringLiteral("Sonntag, 6. Dezember 2026"));
    ConcreteDose dose;
    dose.reps = 4;
    dose.holdSeconds = 1;
    EXPECT_EQ(StepText::fill(QStringLiteral("{seconds}, {times}"), dose), QStringLiteral("1 Sekunde, 4-mal"));
}

// English is the source language, but its singulars come from limber_en.qm: a step says "once".
TEST(TranslationsTest, EnglishStepsSayOnceAndOneMinute)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral("limber_en"), QStringLiteral(LIMBER_QM_DIR)));
    QCoreApplication::installTranslator(&english);
    ConcreteDose dose;
    dose.reps = 1;
    dose.holdSeconds = 1;
    dose.durationSeconds = 60;
    EXPECT_EQ(StepText::fill(QStringLiteral("Repeat {times}, hold {seconds}, for {duration}."), dose),
              QStringLiteral("Repeat once, hold 1 second, for 1 minute."));
    QCoreApplication::removeTranslator(&english);
}

} // namespace
