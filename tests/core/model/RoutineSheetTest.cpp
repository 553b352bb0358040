// The options of a printed routine sheet, checked in the core: the paper and layout ids, the
// weeks and the name as `limber sheet` takes them, with the messages it prints.
#include "model/RoutineSheet.h"
#include "model/Limits.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

std::optional<QString> problem(const QString &paper, const QString &layout = QStringLiteral("detailed"),
                               const QString &weeks = QStringLiteral("1"), const QString &name = QString())
{
    return RoutineSheet::problemWithOptions(paper, layout, weeks, name);
}

} // namespace

TEST(RoutineSheetOptions, ThePaperIsA4OrLetterInAnyCase)
{
    for (const char *paper : {"a4", "A4", "letter", "Letter", "LETTER"})
        EXPECT_EQ(problem(QLatin1String(paper)), std::nullopt) << paper;
    EXPECT_EQ(problem(QStringLiteral("a5")), QStringLiteral("the paper must be a4 or letter, not 'a5'."));
    EXPECT_EQ(problem(QString()), QStringLiteral("the paper must be a4 or letter, not ''."));
    EXPECT_EQ(RoutineSheet::paperId(RoutineSheet::Paper::Letter), QStringLiteral("letter"));
    EXPECT_EQ(RoutineSheet::paperId(RoutineSheet::Paper::A4), QStringLiteral("a4"));
}

TEST(RoutineSheetOptions, TheLayoutIsDetailedOrCompactInLowerCase)
{
    EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("compact")), std::nullopt);
    EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("Compact")),
              QStringLiteral("the layout must be detailed or compact, not 'Compact'."));
    EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("tiny")),
              QStringLiteral("the layout must be detailed or compact, not 'tiny'."));
    EXPECT_EQ(RoutineSheet::layoutId(RoutineSheet::Layout::Compact), QStringLiteral("compact"));
    EXPECT_EQ(RoutineSheet::layoutFromId(QStringLiteral("detailed")), RoutineSheet::Layout::Detailed);
}

TEST(RoutineSheetOptions, WeeksAreAWholeNumberFromOneToEight)
{
    EXPECT_EQ(RoutineSheet::minWeeks, 1);
    EXPECT_EQ(RoutineSheet::maxWeeks, 8);
    EXPECT_EQ(RoutineSheet::weeksFromText(QStringLiteral("1")), 1);
    EXPECT_EQ(RoutineSheet::weeksFromText(QStringLiteral("8")), 8);
    for (const char *weeks : {"0", "9", "-1", "two", "2.5", ""}) {
        EXPECT_EQ(RoutineSheet::weeksFromText(QLatin1String(weeks)), std::nullopt) << weeks;
        EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("detailed"), QLatin1String(weeks)),
                  QStringLiteral("--weeks must be a whole number from 1 to 8, not '%1'.").arg(QLatin1String(weeks)))
            << weeks;
    }
}

TEST(RoutineSheetOptions, TheNameIsOneShortLine)
{
    const QString longest(Limits::maxNameLength, QLatin1Char('x'));
    EXPECT_TRUE(RoutineSheet::isPrintableName(QString()));
    EXPECT_TRUE(RoutineSheet::isPrintableName(longest));
    EXPECT_FALSE(RoutineSheet::isPrintableName(longest + QLatin1Char('x')));
    EXPECT_FALSE(RoutineSheet::isPrintableName(QStringLiteral("Jane\nDoe")));
    EXPECT_FALSE(RoutineSheet::isPrintableName(QStringLiteral("Jane\rDoe")));
    EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("detailed"), QStringLiteral("2"), QStringLiteral("a\nb")),
              QStringLiteral("--name must be one line of at most 80 characters."));
    EXPECT_EQ(problem(QStringLiteral("letter"), QStringLiteral("compact"), QStringLiteral("8"), longest), std::nullopt);
}

TEST(RoutineSheetOptions, TheFirstWrongOptionIsTheOneReported)
{
    const QString badName(Limits::maxNameLength + 1, QLatin1Char('x'));
    EXPECT_EQ(problem(QStringLiteral("a5"), QStringLiteral("tiny"), QStringLiteral("9"), badName),
              QStringLiteral("the paper must be a4 or letter, not 'a5'."));
    EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("tiny"), QStringLiteral("9"), badName),
              QStringLiteral("the layout must be detailed or compact, not 'tiny'."));
    EXPECT_EQ(problem(QStringLiteral("a4"), QStringLiteral("compact"), QStringLiteral("9"), badName),
              QStringLiteral("--weeks must be a whole number from 1 to 8, not '9'."));
}

TEST(RoutineSheetOptions, ThePrintedWeeksStayInRangeAndTheDateDefaultsToToday)
{
    RoutineSheet sheet;
    for (const auto &[asked, printed] : {std::pair{-3, 1}, {0, 1}, {1, 1}, {5, 5}, {8, 8}, {9, 8}, {100, 8}}) {
        sheet.weeks = asked;
        EXPECT_EQ(sheet.weekCount(), printed) << asked;
    }
    EXPECT_EQ(sheet.printedDate(), QDate::currentDate());
    sheet.date = QDate(2026, 3, 2);
    EXPECT_EQ(sheet.printedDate(), QDate(2026, 3, 2));
}

TEST(RoutineSheetOptions, ASheetForARoutineTakesItsLevelUnlessToldOtherwise)
{
    Routine routine;
    routine.id = QStringLiteral("mine");
    routine.level = Level::Gentle;
    const RoutineSheet own = RoutineSheet::forRoutine(routine);
    EXPECT_EQ(own.routine, routine);
    EXPECT_EQ(own.level, Level::Gentle);
    EXPECT_EQ(own.paper, RoutineSheet::defaultPaper());
    EXPECT_EQ(own.date, QDate::currentDate());
    EXPECT_EQ(RoutineSheet::forRoutine(routine, Level::Full).level, Level::Full);
}
