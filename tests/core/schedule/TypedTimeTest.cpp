// Times of day as people type them into a time field.
#include "schedule/TypedTime.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

using namespace Limber;
using TypedTime::State;

namespace {

TypedTime::Reading time(int hour, int minute)
{
    return {State::Time, QTime(hour, minute)};
}

const TypedTime::Reading unfinished{State::Unfinished, {}};
const TypedTime::Reading invalid{State::Invalid, {}};

TEST(TypedTimeTest, TheWaysPeopleWriteATime)
{
    const QList<std::pair<QString, TypedTime::Reading>> cases{
        {QStringLiteral("21"), time(21, 0)},     {QStringLiteral("9"), time(9, 0)},
        {QStringLiteral("09"), time(9, 0)},      {QStringLiteral("0"), time(0, 0)},
        {QStringLiteral("2119"), time(21, 19)},  {QStringLiteral("930"), time(9, 30)},
        {QStringLiteral("0930"), time(9, 30)},   {QStringLiteral("9:30"), time(9, 30)},
        {QStringLiteral("09:30"), time(9, 30)},  {QStringLiteral("9.30"), time(9, 30)},
        {QStringLiteral("23:59"), time(23, 59)}, {QStringLiteral(" 7:05 "), time(7, 5)},
        {QStringLiteral("211"), time(2, 11)},    {QStringLiteral("0000"), time(0, 0)},
    };
    for (const auto &[typed, reading] : cases)
        EXPECT_EQ(TypedTime::read(typed), reading) << typed.toStdString();
}

TEST(TypedTimeTest, TwelveHourTimes)
{
    EXPECT_EQ(TypedTime::read(QStringLiteral("9pm")), time(21, 0));
    EXPECT_EQ(TypedTime::read(QStringLiteral("9 PM")), time(21, 0));
    EXPECT_EQ(TypedTime::read(QStringLiteral("9:30 am")), time(9, 30));
    EXPECT_EQ(TypedTime::read(QStringLiteral("930p")), time(21, 30));
    EXPECT_EQ(TypedTime::read(QStringLiteral("12am")), time(0, 0));
    EXPECT_EQ(TypedTime::read(QStringLiteral("12:15 p.m.")), time(12, 15));
    EXPECT_EQ(TypedTime::read(QStringLiteral("9 a.")), unfinished);
    EXPECT_EQ(TypedTime::read(QStringLiteral("13pm")), invalid);
    EXPECT_EQ(TypedTime::read(QStringLiteral("0am")), invalid);
}

// What is on its way to a time (so a field lets the next key in) and what never will be.
TEST(TypedTimeTest, UnfinishedAndImpossible)
{
    for (const QString &typed : {QString(), QStringLiteral("9:"), QStringLiteral("9:3"), QStringLiteral("24"),
                                 QStringLiteral("093"), QStringLiteral("25"), QStringLiteral("21:")})
        EXPECT_EQ(TypedTime::read(typed), unfinished) << typed.toStdString();
    for (const QString &typed :
         {QStringLiteral("99"), QStringLiteral("9:7"), QStringLiteral("9:75"), QStringLiteral("2400"),
          QStringLiteral("2360"), QStringLiteral("21190"), QStringLiteral("abc"), QStringLiteral(":30"),
          QStringLiteral("123:4"), QStringLiteral("9:300"), QStringLiteral("9x")})
        EXPECT_EQ(TypedTime::read(typed), invalid) << typed.toStdString();
}

} // namespace
