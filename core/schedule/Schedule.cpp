#include "Schedule.h"

#include "model/Slug.h"
#include "storage/RoutineFormat.h"

#include <algorithm>

namespace Limber {

QString Schedule::uniqueRuleId(const QList<ReminderRule> &rules, const QString &name, const QStringList &reserved)
{
    const QString slug = slugFrom(name, QStringLiteral("reminder"));
    const auto taken = [&](const QString &id) {
        return reserved.contains(id)
            || std::any_of(rules.cbegin(), rules.cend(), [&id](const ReminderRule &rule) { return rule.id == id; });
    };
    QString id = slug;
    for (int number = 2; taken(id) || !RoutineFormat::isValidId(id); ++number)
        id = slug + QLatin1Char('-') + QString::number(number);
    return id;
}

Schedule::Quiet Schedule::whyQuiet(const QList<ReminderRule> &rules, const QDateTime &pausedUntil, const QDateTime &now)
{
    if (rules.isEmpty())
        return Quiet::NoRules;
    if (std::none_of(rules.cbegin(), rules.cend(), [](const ReminderRule &rule) { return rule.enabled; }))
        return Quiet::AllOff;
    if (std::none_of(rules.cbegin(), rules.cend(),
                     [](const ReminderRule &rule) { return rule.enabled && !rule.weekdays.isEmpty(); }))
        return Quiet::NoDays;
    if (pausedUntil.isValid() && pausedUntil > now)
        return Quiet::Paused;
    return Quiet::Otherwise;
}

} // namespace Limber
