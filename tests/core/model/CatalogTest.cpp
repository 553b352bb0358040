// The catalog must say what the article says: every item, its position, equipment and dose.
#include "model/Catalog.h"

#include "BundledContent.h"
#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Limber;

namespace {

Range range(int min, int max)
{
    return Range{min, max, true, {}};
}

} // namespace

TEST(Catalog, HasTheArticlesTwelveItemsInItsOrder)
{
    QStringList codes;
    QStringList ids;
    for (const Exercise &e : bundledCatalog().exercises()) {
        codes.append(e.code);
        ids.append(e.id);
    }
    EXPECT_EQ(codes.join(QLatin1Char(' ')), QStringLiteral("S1 S2 S3 S4 S5 T1 T2 T3 T4 T5 P1 P2"));
    EXPECT_EQ(ids.join(QLatin1Char(' ')),
              QStringLiteral("cat-cow childs-pose thread-the-needle corner-stretch wall-angels scapular-retractions "
                             "superman rows reverse-fly cobra foam-rolling posture-correction"));
}

TEST(Catalog, KindsFollowTheArticlesSections)
{
    for (const char *id : {"cat-cow", "childs-pose", "thread-the-needle", "corner-stretch", "wall-angels"})
        EXPECT_EQ(bundledExercise(id).kinds, QList<ExerciseKind>{ExerciseKind::Stretch}) << id;
    for (const char *id : {"scapular-retractions", "superman", "rows", "reverse-fly"})
        EXPECT_EQ(bundledExercise(id).kinds, QList<ExerciseKind>{ExerciseKind::Strength}) << id;
    // "Cobra Stretch (for strength and stretch)", listed with the strengthening exercises.
    EXPECT_EQ(bundledExercise("cobra").kinds, (QList<ExerciseKind>{ExerciseKind::Strength, ExerciseKind::Stretch}));
    for (const char *id : {"foam-rolling", "posture-correction"})
        EXPECT_EQ(bundledExercise(id).kinds, QList<ExerciseKind>{ExerciseKind::Posture}) << id;
}

TEST(Catalog, PositionsAreTheArticles)
{
    EXPECT_EQ(bundledExercise("cat-cow").position, Position::AllFours);
    EXPECT_EQ(bundledExercise("childs-pose").position, Position::Kneeling);
    EXPECT_EQ(bundledExercise("thread-the-needle").position, Position::AllFours);
    EXPECT_EQ(bundledExercise("corner-stretch").position, Position::Standing);
    EXPECT_EQ(bundledExercise("wall-angels").position, Position::Standing);
    EXPECT_EQ(bundledExercise("scapular-retractions").position, Position::SittingOrStanding);
    EXPECT_EQ(bundledExercise("superman").position, Position::LyingFaceDown);
    EXPECT_EQ(bundledExercise("reverse-fly").position, Position::SittingOrStanding);
    EXPECT_EQ(bundledExercise("cobra").position, Position::LyingFaceDown);
    EXPECT_EQ(bundledExercise("posture-correction").position, Position::SittingOrStanding);
}

TEST(Catalog, EquipmentIsTheArticles)
{
    EXPECT_EQ(bundledExercise("corner-stretch").equipment, QList<Equipment>{Equipment::Corner});
    EXPECT_EQ(bundledExercise("wall-angels").equipment, QList<Equipment>{Equipment::Wall});
    for (const char *id : {"rows", "reverse-fly"}) {
        // "resistance band or (light) dumbbells": either will do.
        EXPECT_EQ(bundledExercise(id).equipment, (QList<Equipment>{Equipment::ResistanceBand, Equipment::Dumbbells}))
            << id;
        EXPECT_TRUE(bundledExercise(id).equipmentIsChoice) << id;
    }
    EXPECT_EQ(bundledExercise("foam-rolling").equipment, QList<Equipment>{Equipment::FoamRoller});
    for (const char *id : {"cat-cow", "childs-pose", "thread-the-needle", "scapular-retractions", "superman", "cobra",
                           "posture-correction"})
        EXPECT_TRUE(bundledExercise(id).equipment.isEmpty()) << id;
}

TEST(Catalog, CatCowIsTenToFifteenBreathPacedRepsInhaleCowExhaleCat)
{
    const Dose &dose = bundledExercise("cat-cow").dose;
    EXPECT_EQ(dose.pattern, DosePattern::BreathReps);
    EXPECT_EQ(dose.reps, range(10, 15));
    ASSERT_EQ(dose.tempo.size(), 2);
    EXPECT_EQ(dose.tempo.at(0).name, QStringLiteral("Inhale"));
    EXPECT_EQ(dose.tempo.at(0).keyPosition, QStringLiteral("cow"));
    EXPECT_EQ(dose.tempo.at(1).name, QStringLiteral("Exhale"));
    EXPECT_EQ(dose.tempo.at(1).keyPosition, QStringLiteral("cat"));
}

TEST(Catalog, ChildsPoseHoldsThirtyToSixtySecondsThreeToFiveTimes)
{
    const Dose &dose = bundledExercise("childs-pose").dose;
    EXPECT_EQ(dose.pattern, DosePattern::Hold);
    EXPECT_EQ(dose.holdSeconds, range(30, 60));
    EXPECT_EQ(dose.reps, range(3, 5));
    EXPECT_FALSE(dose.perSide);
}

TEST(Catalog, ThreadTheNeedleHoldsTwentyToThirtySecondsFiveToTenTimesEachSide)
{
    const Dose &dose = bundledExercise("thread-the-needle").dose;
    EXPECT_EQ(dose.pattern, DosePattern::Hold);
    EXPECT_EQ(dose.holdSeconds, range(20, 30));
    EXPECT_EQ(dose.reps, range(5, 10));
    EXPECT_TRUE(dose.perSide);
}

TEST(Catalog, CornerStretchHoldsTwentyToThirtySecondsThreeToFiveTimes)
{
    const Dose &dose = bundledExercise("corner-stretch").dose;
    EXPECT_EQ(dose.pattern, DosePattern::Hold);
    EXPECT_EQ(dose.holdSeconds, range(20, 30));
    EXPECT_EQ(dose.reps, range(3, 5));
}

TEST(Catalog, WallAngelsLastOneToTwoMinutes)
{
    const Dose &dose = bundledExercise("wall-angels").dose;
    EXPECT_EQ(dose.pattern, DosePattern::Timed);
    EXPECT_EQ(dose.durationSeconds, range(60, 120));
}

TEST(Catalog, ScapularRetractionsSqueezeThreeToFiveSecondsTenToFifteenTimes)
{
    const Dose &dose = bundledExercise("scapular-retractions").dose;
    EXPECT_EQ(dose.pattern, DosePattern::SqueezeReps);
    EXPECT_EQ(dose.holdSeconds, range(3, 5));
    EXPECT_EQ(dose.reps, range(10, 15));
}

TEST(Catalog, SupermanHoldsAFewSecondsTenToTwelveTimes)
{
    const Dose &dose = bundledExercise("superman").dose;
    EXPECT_EQ(dose.pattern, DosePattern::SqueezeReps);
    EXPECT_EQ(dose.reps, range(10, 12));
    // "Hold for a few seconds": the number is Limber's and is marked as such.
    EXPECT_FALSE(dose.holdSeconds.fromArticle);
    EXPECT_FALSE(dose.holdSeconds.note.isEmpty());
    EXPECT_GE(dose.holdSeconds.min, 2);
    EXPECT_LE(dose.holdSeconds.max, 5);
}

TEST(Catalog, RowsAndReverseFlyAreTenToTwelveReps)
{
    for (const char *id : {"rows", "reverse-fly"}) {
        const Dose &dose = bundledExercise(id).dose;
        EXPECT_EQ(dose.pattern, DosePattern::TempoReps) << id;
        EXPECT_EQ(dose.reps, range(10, 12)) << id;
        EXPECT_FALSE(dose.tempo.isEmpty()) << id;
    }
}

TEST(Catalog, CobraHoldsFifteenToTwentySecondsThreeToFourTimes)
{
    const Dose &dose = bundledExercise("cobra").dose;
    EXPECT_EQ(dose.pattern, DosePattern::Hold);
    EXPECT_EQ(dose.holdSeconds, range(15, 20));
    EXPECT_EQ(dose.reps, range(3, 4));
}

TEST(Catalog, PostureTipsHaveNoDoseFromTheArticle)
{
    for (const char *id : {"foam-rolling", "posture-correction"}) {
        const Dose &dose = bundledExercise(id).dose;
        EXPECT_EQ(dose.pattern, DosePattern::Timed) << id;
        EXPECT_FALSE(dose.durationSeconds.fromArticle) << id;
        EXPECT_FALSE(dose.durationSeconds.note.isEmpty()) << id;
    }
}

TEST(Catalog, EveryItemIsCompleteAndIllustrated)
{
    QSet<QString> ids;
    for (const Exercise &e : bundledCatalog().exercises()) {
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_FALSE(ids.contains(e.id));
        ids.insert(e.id);
        EXPECT_FALSE(e.name.isEmpty());
        EXPECT_FALSE(e.summary.isEmpty());
        EXPECT_GE(e.steps.size(), 2);
        EXPECT_FALSE(e.safety.isEmpty());
        EXPECT_FALSE(e.targets.isEmpty());
        EXPECT_GE(e.illustration.keyPositions.size(), 2);
        EXPECT_TRUE(QFile::exists(e.illustration.resource)) << e.illustration.resource.toStdString();
        for (const TempoPhase &phase : e.dose.tempo) {
            if (!phase.keyPosition.isEmpty()) {
                EXPECT_TRUE(e.illustration.keyPositions.contains(phase.keyPosition));
            }
        }
    }
}

// The app's sentences must be Limber's own words: no step or note may repeat a run of eight
// or more words from the article. (Skipped where the article is not beside the checkout.)
TEST(Catalog, TextIsInOwnWordsNotCopiedFromTheArticle)
{
    QFile article(QStringLiteral(LIMBER_SOURCE_DIR "/../shared/content/source-article.txt"));
    if (!article.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "the source article is not beside the checkout";
    const auto words = [](const QString &text) {
        static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
        return text.toLower().replace(QChar(0x2019), QLatin1Char('\'')).split(nonWord, Qt::SkipEmptyParts);
    };
    const QStringList articleWords = words(QString::fromUtf8(article.readAll()));
    QSet<QString> articleRuns;
    constexpr int run = 8;
    for (qsizetype i = 0; i + run <= articleWords.size(); ++i)
        articleRuns.insert(articleWords.mid(i, run).join(QLatin1Char(' ')));

    for (const Exercise &e : bundledCatalog().exercises()) {
        QStringList texts = e.steps;
        texts << e.summary << e.safety;
        for (const QString &text : texts) {
            const QStringList textWords = words(text);
            for (qsizetype i = 0; i + run <= textWords.size(); ++i)
                EXPECT_FALSE(articleRuns.contains(textWords.mid(i, run).join(QLatin1Char(' '))))
                    << e.id.toStdString() << ": " << text.toStdString();
        }
    }
}
