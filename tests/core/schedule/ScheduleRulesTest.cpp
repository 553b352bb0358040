// The rules a schedule keeps about its own rules: ids that stay unique, and why nothing is coming.
#include "schedule/Schedule.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace Limber;

namespace {

ReminderRule ruleWithId(const QString &id, bool enabled = true, Weekdays days = Weekdays::mondayToFriday())
{
    ReminderRule rule;
    rule.id = id;
    rule.name = id;
    rule.enabled = enabled;
    rule.weekdays = days;
    return rule;
}

TEST(ScheduleRuleIds, AreMadeFromTheNameAndNumberedWhenTaken)
{
    EXPECT_EQ(Schedule::uniqueRuleId({}, QStringLiteral("Desk break")), QStringLiteral("desk-break"));
    const QList<ReminderRule> rules{ruleWithId(QStringLiteral("desk-break")),
                                    ruleWithId(QStringLiteral("desk-break-2"))};
    EXPECT_EQ(Schedule::uniqueRuleId(rules, QStringLiteral("Desk break")), QStringLiteral("desk-break-3"));
    // An id still held by Undo is taken too.
    EXPECT_EQ(Schedule::uniqueRuleId({}, QStringLiteral("Desk break"), {QStringLiteral("desk-break")}),
              QStringLiteral("desk-break-2"));
    // Nothing of the name is left: the fallback.
    EXPECT_EQ(Schedule::uniqueRuleId({}, QStringLiteral("!!!")), QStringLiteral("reminder"));
}

TEST(ScheduleRuleIds, AreAlwaysValidIdsEvenFromALongName)
{
    const QString longName(200, QLatin1Char('a'));
    const QList<ReminderRule> rules{ruleWithId(Schedule::uniqueRuleId({}, longName))};
    const QString second = Schedule::uniqueRuleId(rules, longName);
    EXPECT_NE(second, rules.first().id);
    EXPECT_LE(second.size(), 64);
    EXPECT_TRUE(second.endsWith(QStringLiteral("-2"))) << second.toStdString();
}

TEST(ScheduleQuiet, SaysTheMostTellingReason)
{
    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(Schedule::whyQuiet({}, {}, now), Schedule::Quiet::NoRules);
    EXPECT_EQ(Schedule::whyQuiet({ruleWithId(QStringLiteral("a"), false)}, {}, now), Schedule::Quiet::AllOff);
    EXPECT_EQ(Schedule::whyQuiet(
                  {ruleWithId(QStringLiteral("a"), true, Weekdays()), ruleWithId(QStringLiteral("b"), false)}, {}, now),
              Schedule::Quiet::NoDays);
    const QList<ReminderRule> on{ruleWithId(QStringLiteral("a"))};
    EXPECT_EQ(Schedule::whyQuiet(on, now.addSecs(60), now), Schedule::Quiet::Paused);
    // A pause that has ended, or ends right now, is no reason.
    EXPECT_EQ(Schedule::whyQuiet(on, now, now), Schedule::Quiet::Otherwise);
    EXPECT_EQ(Schedule::whyQuiet(on, now.addSecs(-60), now), Schedule::Quiet::Otherwise);
    // Switched off wins over no days: the rule that is off may well have days.
    EXPECT_EQ(Schedule::whyQuiet({ruleWithId(QStringLiteral("a"), false, Weekdays())}, now.addSecs(60), now),
              Schedule::Quiet::AllOff);
}

} // namespace
