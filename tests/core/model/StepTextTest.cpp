// The steps say the dose being given: the routine's level or the user's own numbers, not the
// article's ranges, wherever they are shown.
#include "model/StepText.h"

#include "BundledContent.h"
#include "QtGTest.h"
#include "model/Catalog.h"
#include "storage/CatalogFormat.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using namespace Limber;

namespace {

QString catalogWith(const QString &step, const char *dose)
{
    return QStringLiteral(R"({"format":"limber-catalog","version":1,"exercises":[
        {"id":"x","code":"X1","name":"X","kinds":["stretch"],"position":"standing","targets":["spine"],
         "summary":"s","steps":["%1"],"safety":"s","dose":%2,
         "illustration":{"resource":":/x.svg","keyPositions":["a","b"]}}]})")
        .arg(step, QString::fromLatin1(dose));
}

} // namespace

TEST(StepText, TheLevelsNumbersReplaceTheArticlesRanges)
{
    const Exercise &corner = bundledExercise("corner-stretch");
    const ConcreteDose standard = ConcreteDose::resolve(corner.dose, Level::Standard);
    EXPECT_EQ(StepText::forDose(corner, standard).last(),
              QStringLiteral("Hold for 25 seconds, then step back. Do it 4 times."));
    const ConcreteDose gentle = ConcreteDose::resolve(corner.dose, Level::Gentle);
    EXPECT_EQ(StepText::forDose(corner, gentle).last(),
              QStringLiteral("Hold for 20 seconds, then step back. Do it 3 times."));
    // The library, which gives no level, keeps the article's words.
    EXPECT_EQ(corner.steps.last(), QStringLiteral("Hold for 20 to 30 seconds, then step back. Do it 3 to 5 times."));
}

TEST(StepText, TheUsersOwnNumbersAreTheOnesTheStepsSay)
{
    const Exercise &thread = bundledExercise("thread-the-needle");
    DoseOverride own;
    own.holdSeconds = 5;
    own.reps = 2;
    const QStringList steps = StepText::forDose(thread, ConcreteDose::resolve(thread.dose, Level::Standard, own));
    EXPECT_EQ(steps.at(2), QStringLiteral("Hold for 5 seconds, then do the same with the other arm."));
    EXPECT_EQ(steps.at(3), QStringLiteral("Repeat 2 times on each side."));
    // (The singular, "Repeat once", comes from limber_en.qm, which the core tests do not load.)
}

TEST(StepText, ATimedBlockSaysMinutesWhenTheyAreWhole)
{
    const Exercise &angels = bundledExercise("wall-angels");
    EXPECT_EQ(angels.steps.last(), QStringLiteral("Carry on for 1 to 2 minutes."));
    ConcreteDose dose = ConcreteDose::resolve(angels.dose, Level::Full);
    EXPECT_EQ(StepText::forDose(angels, dose).last(), QStringLiteral("Carry on for 2 minutes."));
    dose.durationSeconds = 90;
    EXPECT_EQ(StepText::forDose(angels, dose).last(), QStringLiteral("Carry on for 90 seconds."));
    dose.durationSeconds = 180;
    EXPECT_EQ(StepText::forDose(angels, dose).last(), QStringLiteral("Carry on for 3 minutes."));
}

TEST(StepText, NoBuiltInStepLeavesAPlaceholderOrANumberOfItsOwn)
{
    // Any number a step states must come from its dose: a digit in a template is a number the
    // dose cannot change.
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    for (const Exercise &e : bundledCatalog().exercises()) {
        for (const QString &step : e.stepTemplates)
            EXPECT_FALSE(step.contains(digit)) << e.id.toStdString() << ": " << step.toStdString();
        for (Level level : {Level::Gentle, Level::Standard, Level::Full})
            for (const QString &step : StepText::forDose(e, ConcreteDose::resolve(e.dose, level)))
                EXPECT_FALSE(step.contains(QLatin1Char('{'))) << e.id.toStdString() << ": " << step.toStdString();
    }
}

TEST(StepText, TheArticlesRangeIsGivenOnlyWhereItIsTheArticles)
{
    EXPECT_EQ(StepText::articleSuggests(bundledExercise("corner-stretch").dose),
              QStringLiteral("The article suggests: Hold 20–30 s, 3–5 times."));
    // Limber chose these numbers; the article suggests none.
    EXPECT_TRUE(StepText::articleSuggests(bundledExercise("foam-rolling").dose).isEmpty());
    EXPECT_TRUE(StepText::articleSuggests(bundledExercise("superman").dose).isEmpty());
}

TEST(StepText, ACatalogStepWithAPlaceholderItsDoseHasNotIsRefused)
{
    const char *timed = R"({"pattern":"timed","durationSeconds":{"min":60,"max":120}})";
    Result<Catalog> unknown = CatalogFormat::parse(catalogWith(QStringLiteral("Do {laps}."), timed).toUtf8(),
                                                   QStringLiteral("catalog.json"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().where, QStringLiteral("exercises[0].steps[0]"));
    EXPECT_TRUE(unknown.error().problem.contains(QStringLiteral("{laps}"))) << unknown.error().problem.toStdString();

    Result<Catalog> missing = CatalogFormat::parse(catalogWith(QStringLiteral("Hold for {seconds}."), timed).toUtf8(),
                                                   QStringLiteral("catalog.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().where, QStringLiteral("exercises[0].steps[0]"));
    EXPECT_TRUE(missing.error().problem.contains(QStringLiteral("no such number")));
}
