#pragma once

#include "ReminderRule.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Limber {

// The user's reminder schedule as saved in `schedule.json`: the rules and the little state the
// reminder service keeps between runs. All moments are absolute (compared as instants), so a
// change of time zone or a daylight-saving change does not make them mean something else.
struct Schedule {
    // A reminder that was snoozed: it comes again at `until`.
    struct Snooze {
        QString ruleId;
        QDateTime scheduled; // the occurrence that was snoozed
        QDateTime until;

        friend bool operator==(const Snooze &, const Snooze &) = default;
    };

    static constexpr int maxRules = 50;

    QList<ReminderRule> rules;
    // Every occurrence up to and including this moment has been delivered, missed or dropped.
    QDateTime lastHandled;
    // Paused: occurrences before this moment are dropped; one exactly at it still comes.
    QDateTime pausedUntil;
    // Skipped: occurrences up to and including this moment are dropped.
    QDateTime skippedThrough;
    std::optional<Snooze> snooze;

    [[nodiscard]] const ReminderRule *findRule(const QString &id) const
    {
        for (const ReminderRule &rule : rules) {
            if (rule.id == id)
                return &rule;
        }
        return nullptr;
    }

    // An id for a new rule called `name`, made from the name as routine ids are, that none of
    // `rules` has and that is not in `reserved` (say, a rule removed but still undoable):
    // "desk-break", then "desk-break-2", "desk-break-3"...
    [[nodiscard]] static QString uniqueRuleId(const QList<ReminderRule> &rules, const QString &name,
                                              const QStringList &reserved = {});

    // Why no reminder is coming up, most telling first.
    enum class Quiet {
        NoRules, // there are no rules yet
        AllOff, // every rule is switched off
        NoDays, // the rules that are on have no days chosen
        Paused, // reminders are paused at `now`
        Otherwise, // none of these: say only that nothing is coming up
    };
    [[nodiscard]] static Quiet whyQuiet(const QList<ReminderRule> &rules, const QDateTime &pausedUntil,
                                        const QDateTime &now);

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace Limber
