#include "ScheduleFormat.h"

#include "model/Limits.h"
#include "storage/JsonDocument.h"
#include "storage/JsonFields.h"
#include "storage/JsonFile.h"
#include "storage/RoutineFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Limber::ScheduleFormat {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::ScheduleFormat)
};

const QString kRules = QStringLiteral("rules");
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kEnabled = QStringLiteral("enabled");
const QString kKind = QStringLiteral("kind");
const QString kDays = QStringLiteral("days");
const QString kTimes = QStringLiteral("times");
const QString kEvery = QStringLiteral("everyMinutes");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kTarget = QStringLiteral("target");
const QString kRoutine = QStringLiteral("routine");
const QString kState = QStringLiteral("state");
const QString kLastHandled = QStringLiteral("lastHandled");
const QString kPausedUntil = QStringLiteral("pausedUntil");
const QString kSkippedThrough = QStringLiteral("skippedThrough");
const QString kSnooze = QStringLiteral("snooze");
const QString kRule = QStringLiteral("rule");
const QString kScheduled = QStringLiteral("scheduled");
const QString kUntil = QStringLiteral("until");
const QString kTimesKind = QStringLiteral("times");
const QString kIntervalKind = QStringLiteral("interval");
const QString kRoutineTarget = QStringLiteral("routine");
const QString kPostureTarget = QStringLiteral("posture-check");
constexpr int maxMomentLength = 40;

QString momentText(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

QTime readTime(const JsonFields &fields, const QString &key)
{
    const QString text = fields.requiredString(key, 16);
    const std::optional<QTime> time = parseTime(text);
    if (!time)
        fields.fail(key,
                    Text::tr("\"%1\" is not a time of day; write 24-hour time as HH:MM, such as \"09:30\".").arg(text));
    return *time;
}

QTime readTimeAt(const JsonFields &fields, const QJsonArray &array, const QString &key, qsizetype index)
{
    const QString text = fields.stringAt(array, key, index, 16);
    const std::optional<QTime> time = parseTime(text);
    if (!time)
        throw JsonProblem{
            fields.pathOf(key) + QStringLiteral("[%1]").arg(index),
            Text::tr("\"%1\" is not a time of day; write 24-hour time as HH:MM, such as \"09:30\".").arg(text)};
    return *time;
}

QDateTime readMoment(const JsonFields &fields, const QString &key)
{
    const QString text = fields.optionalString(key, maxMomentLength);
    if (!fields.has(key))
        return {};
    // Moments are written in UTC ("Z"); an offset is accepted, a time without one is not.
    static const QRegularExpression withOffset(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$)"));
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!withOffset.match(text).hasMatch() || !moment.isValid())
        fields.fail(key,
                    Text::tr("expected a date and time with its offset from UTC, such as \"2025-03-31T08:30:00Z\"."));
    return moment.toUTC();
}

ReminderRule readRule(const JsonFields &fields)
{
    ReminderRule rule;
    rule.id = fields.requiredString(kId, Limits::maxIdLength);
    if (!RoutineFormat::isValidId(rule.id))
        fields.fail(kId, Text::tr("an id may only use lowercase letters a-z, digits and '-'."));
    rule.name = fields.requiredString(kName, Limits::maxNameLength).trimmed();
    if (rule.name.contains(QLatin1Char('\n')))
        fields.fail(kName, Text::tr("a name must fit on one line."));
    rule.enabled = fields.optionalBool(kEnabled, true);

    const QJsonArray days = fields.requiredArray(kDays, 7);
    rule.weekdays = Weekdays();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QString text = fields.stringAt(days, kDays, i, 16);
        const std::optional<int> day = Weekdays::fromId(text);
        if (!day)
            throw JsonProblem{
                fields.pathOf(kDays) + QStringLiteral("[%1]").arg(i),
                Text::tr("\"%1\" is not a day of the week; use mon, tue, wed, thu, fri, sat or sun.").arg(text)};
        if (rule.weekdays.contains(*day))
            throw JsonProblem{fields.pathOf(kDays) + QStringLiteral("[%1]").arg(i),
                              Text::tr("\"%1\" is listed twice.").arg(text)};
        rule.weekdays.insert(*day);
    }

    const QString kind = fields.requiredString(kKind, 16);
    if (kind == kTimesKind) {
        rule.kind = ReminderRule::Kind::FixedTimes;
        const QJsonArray times = fields.requiredArray(kTimes, ReminderRule::maxTimes);
        if (times.isEmpty())
            fields.fail(kTimes, Text::tr("a rule needs at least one time."));
        for (qsizetype i = 0; i < times.size(); ++i) {
            const QTime time = readTimeAt(fields, times, kTimes, i);
            if (rule.times.contains(time))
                throw JsonProblem{fields.pathOf(kTimes) + QStringLiteral("[%1]").arg(i),
                                  Text::tr("%1 is listed twice.").arg(timeText(time))};
            rule.times.append(time);
        }
        std::sort(rule.times.begin(), rule.times.end());
    } else if (kind == kIntervalKind) {
        rule.kind = ReminderRule::Kind::Interval;
        rule.intervalMinutes
            = fields.requiredInt(kEvery, ReminderRule::minIntervalMinutes, ReminderRule::maxIntervalMinutes);
        rule.windowStart = readTime(fields, kFrom);
        rule.windowEnd = readTime(fields, kTo);
        if (rule.windowEnd < rule.windowStart)
            fields.fail(kTo,
                        Text::tr("the window ends (%1) before it starts (%2).")
                            .arg(timeText(rule.windowEnd), timeText(rule.windowStart)));
    } else {
        fields.fail(kKind, Text::tr("the kind must be \"times\" or \"interval\"."));
    }

    const QString target = fields.requiredString(kTarget, 32);
    if (target == kRoutineTarget) {
        const QString routine = fields.requiredString(kRoutine, Limits::maxIdLength);
        if (!RoutineFormat::isValidId(routine))
            fields.fail(kRoutine, Text::tr("a routine id may only use lowercase letters a-z, digits and '-'."));
        rule.target = ReminderTarget::routine(routine);
    } else if (target == kPostureTarget) {
        rule.target = ReminderTarget::postureCheck();
    } else {
        fields.fail(kTarget, Text::tr("the target must be \"routine\" or \"posture-check\"."));
    }
    return rule;
}

void readState(const JsonFields &fields, Schedule &schedule)
{
    schedule.lastHandled = readMoment(fields, kLastHandled);
    schedule.pausedUntil = readMoment(fields, kPausedUntil);
    schedule.skippedThrough = readMoment(fields, kSkippedThrough);
    if (const std::optional<JsonFields> snooze = fields.optionalObject(kSnooze)) {
        Schedule::Snooze value;
        value.ruleId = snooze->requiredString(kRule, Limits::maxIdLength);
        if (!schedule.findRule(value.ruleId))
            snooze->fail(kRule, Text::tr("there is no rule with the id \"%1\".").arg(value.ruleId));
        if (!snooze->has(kScheduled))
            snooze->fail(kScheduled, Text::tr("this field is required."));
        if (!snooze->has(kUntil))
            snooze->fail(kUntil, Text::tr("this field is required."));
        value.scheduled = readMoment(*snooze, kScheduled);
        value.until = readMoment(*snooze, kUntil);
        schedule.snooze = value;
    }
}

} // namespace

QString timeText(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d\d):(\d\d)$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return QTime(hours, minutes);
}

QJsonObject ruleToJson(const ReminderRule &rule)
{
    QJsonObject object{{kId, rule.id}, {kName, rule.name}, {kEnabled, rule.enabled}};
    object.insert(kDays, QJsonArray::fromStringList(rule.weekdays.ids()));
    if (rule.kind == ReminderRule::Kind::FixedTimes) {
        object.insert(kKind, kTimesKind);
        QJsonArray times;
        for (const QTime &time : rule.times)
            times.append(timeText(time));
        object.insert(kTimes, times);
    } else {
        object.insert(kKind, kIntervalKind);
        object.insert(kEvery, rule.intervalMinutes);
        object.insert(kFrom, timeText(rule.windowStart));
        object.insert(kTo, timeText(rule.windowEnd));
    }
    object.insert(kTarget, rule.target.kindId());
    if (rule.target.isRoutine())
        object.insert(kRoutine, rule.target.routineId);
    return object;
}

QJsonObject toJson(const Schedule &schedule)
{
    QJsonArray rules;
    for (const ReminderRule &rule : schedule.rules)
        rules.append(ruleToJson(rule));
    QJsonObject state;
    if (schedule.lastHandled.isValid())
        state.insert(kLastHandled, momentText(schedule.lastHandled));
    if (schedule.pausedUntil.isValid())
        state.insert(kPausedUntil, momentText(schedule.pausedUntil));
    if (schedule.skippedThrough.isValid())
        state.insert(kSkippedThrough, momentText(schedule.skippedThrough));
    if (schedule.snooze) {
        state.insert(kSnooze,
                     QJsonObject{{kRule, schedule.snooze->ruleId},
                                 {kScheduled, momentText(schedule.snooze->scheduled)},
                                 {kUntil, momentText(schedule.snooze->until)}});
    }
    QJsonObject root{{QStringLiteral("format"), format}, {QStringLiteral("version"), newestVersion}, {kRules, rules}};
    if (!state.isEmpty())
        root.insert(kState, state);
    return root;
}

QByteArray document(const Schedule &schedule)
{
    return QJsonDocument(toJson(schedule)).toJson(QJsonDocument::Indented);
}

Result<Schedule> parse(const QByteArray &bytes, const QString &sourceName)
{
    return JsonDocument::parse<Schedule>(bytes, sourceName, format, newestVersion, [](const JsonFields &fields) {
        const QJsonArray rules = fields.requiredArray(kRules, Schedule::maxRules);
        Schedule schedule;
        QSet<QString> ids;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const JsonFields item = fields.objectAt(rules, kRules, i);
            ReminderRule rule = readRule(item);
            if (ids.contains(rule.id))
                item.fail(kId, Text::tr("the id \"%1\" is used twice.").arg(rule.id));
            ids.insert(rule.id);
            schedule.rules.append(std::move(rule));
        }
        if (const std::optional<JsonFields> state = fields.optionalObject(kState))
            readState(*state, schedule);
        return schedule;
    });
}

Result<Schedule> read(const QString &path)
{
    Result<QByteArray> bytes = JsonFile::readBytes(path, maxFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path);
}

Schedule starter()
{
    ReminderRule deskBreak;
    deskBreak.id = QStringLiteral("desk-break");
    deskBreak.name = Text::tr("Desk break");
    deskBreak.enabled = false;
    deskBreak.kind = ReminderRule::Kind::FixedTimes;
    deskBreak.weekdays = Weekdays::mondayToFriday();
    deskBreak.times = {QTime(10, 30), QTime(15, 0)};
    deskBreak.target = ReminderTarget::routine(QStringLiteral("desk-break"));

    ReminderRule posture;
    posture.id = QStringLiteral("posture-check");
    posture.name = ReminderTarget::postureCheckTitle();
    posture.enabled = false;
    posture.kind = ReminderRule::Kind::Interval;
    posture.weekdays = Weekdays::mondayToFriday();
    posture.intervalMinutes = 60;
    posture.windowStart = QTime(9, 0);
    posture.windowEnd = QTime(17, 30);
    posture.target = ReminderTarget::postureCheck();

    Schedule schedule;
    schedule.rules = {deskBreak, posture};
    return schedule;
}

} // namespace Limber::ScheduleFormat
