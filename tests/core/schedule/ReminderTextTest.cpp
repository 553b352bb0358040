// Reminder rules and moments in words, as the Reminders tab and its dialog show them.
#include "schedule/ReminderText.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QTimeZone>

using namespace Limber;

namespace {

QDateTime berlinAt(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

TEST(ReminderTextTest, DaysInWords)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(ReminderText::days(Weekdays::everyDay()), QStringLiteral("every day"));
    EXPECT_EQ(ReminderText::days(Weekdays::mondayToFriday()), QStringLiteral("Monday to Friday"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({6, 7})), QStringLiteral("weekends"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({2})), QStringLiteral("every Tuesday"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({1, 3, 5})), QStringLiteral("Mon, Wed and Fri"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({1, 2})), QStringLiteral("Mon and Tue"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({4, 5, 6, 7})), QStringLiteral("Thursday to Sunday"));
    EXPECT_EQ(ReminderText::days(Weekdays()), QStringLiteral("no days"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // weeks start on Sunday
    EXPECT_EQ(ReminderText::days(Weekdays::of({7, 1, 2})), QStringLiteral("Sunday to Tuesday"));
    EXPECT_EQ(ReminderText::days(Weekdays::of({5, 6, 7})), QStringLiteral("Sun, Fri and Sat"));
    QLocale::setDefault(QLocale::system());
}

TEST(ReminderTextTest, MomentsFromNow)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QDateTime now = berlinAt(11, 21, 23, 50);
    EXPECT_EQ(ReminderText::moment(berlinAt(11, 21, 23, 55), now), QStringLiteral("Today 23:55"));
    EXPECT_EQ(ReminderText::moment(berlinAt(11, 22, 0, 0), now), QStringLiteral("Tomorrow 00:00"));
    EXPECT_EQ(ReminderText::moment(berlinAt(11, 23, 9, 0), now), QStringLiteral("Sat 23 Nov 09:00"));
    // A moment given in another zone is read in now's zone.
    EXPECT_EQ(ReminderText::moment(berlinAt(11, 22, 9, 0).toUTC(), now), QStringLiteral("Tomorrow 09:00"));
    QLocale::setDefault(QLocale::system());
}

} // namespace
