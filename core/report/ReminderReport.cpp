#include "ReminderReport.h"

#include "model/Routine.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ScheduleFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace Limber {

namespace {

constexpr int icsLineOctets = 75;

QString routineName(const QString &id, const QHash<QString, QString> &names)
{
    return names.value(id, id);
}

// RFC 5545 TEXT: backslash, semicolon, comma and newline are escaped.
QString icsText(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            escaped += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c.category() != QChar::Other_Control)
            escaped += c;
    }
    return escaped;
}

// Lines longer than 75 octets continue on the next line after CRLF and a space; a UTF-8
// character is never split.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    int limit = icsLineOctets;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
            --end; // back to the start of a character
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = icsLineOctets - 1; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

// A floating local date and time, as its fields say (no conversion through any zone).
QString icsLocal(QDate date, QTime time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
}

QString icsUtc(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString icsOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(seconds) / 60;
    return sign
        + QStringLiteral("%1%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// The zone's observances from a year before `from` to ten years after: one STANDARD or DAYLIGHT
// part per transition (RDATE-free, so every calendar reads it the same way).
void appendTimeZone(QByteArray &out, const QTimeZone &zone, const QDateTime &from)
{
    appendLine(out, QStringLiteral("BEGIN:VTIMEZONE"));
    appendLine(out, QStringLiteral("TZID:") + QString::fromUtf8(zone.id()));
    const QDateTime start = from.addYears(-1);
    const QList<QTimeZone::OffsetData> transitions = zone.transitions(start, from.addYears(10));
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(from);
        appendLine(out, QStringLiteral("BEGIN:STANDARD"));
        appendLine(out, QStringLiteral("DTSTART:19700101T000000"));
        appendLine(out, QStringLiteral("TZOFFSETFROM:") + icsOffset(offset));
        appendLine(out, QStringLiteral("TZOFFSETTO:") + icsOffset(offset));
        appendLine(out, QStringLiteral("END:STANDARD"));
    }
    int previous = zone.offsetFromUtc(start);
    for (const QTimeZone::OffsetData &transition : transitions) {
        const QString part
            = transition.daylightTimeOffset > 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        appendLine(out, QStringLiteral("BEGIN:") + part);
        // The onset in the local time in force before it.
        const QDateTime onset = transition.atUtc.toUTC().addSecs(previous);
        appendLine(out, QStringLiteral("DTSTART:") + icsLocal(onset.date(), onset.time()));
        appendLine(out, QStringLiteral("TZOFFSETFROM:") + icsOffset(previous));
        appendLine(out, QStringLiteral("TZOFFSETTO:") + icsOffset(transition.offsetFromUtc));
        if (!transition.abbreviation.isEmpty() && !transition.abbreviation.startsWith(QLatin1Char('+'))
            && !transition.abbreviation.startsWith(QLatin1Char('-')))
            appendLine(out, QStringLiteral("TZNAME:") + icsText(transition.abbreviation));
        appendLine(out, QStringLiteral("END:") + part);
        previous = transition.offsetFromUtc;
    }
    appendLine(out, QStringLiteral("END:VTIMEZONE"));
}

} // namespace

QString ReminderReport::timeWithOffset(const QDateTime &moment)
{
    return moment.toOffsetFromUtc(moment.offsetFromUtc()).toString(Qt::ISODate);
}

QString ReminderReport::targetText(const ReminderTarget &target, const QHash<QString, QString> &routineNames)
{
    if (target.isRoutine())
        return tr("%1 (routine)").arg(routineName(target.routineId, routineNames));
    return ReminderTarget::postureCheckTitle();
}

QHash<QString, QString> ReminderReport::routineNames(const QList<Routine> &routines)
{
    QHash<QString, QString> names;
    for (const Routine &routine : routines)
        names.insert(routine.id, routine.name);
    return names;
}

std::optional<QDateTime> ReminderReport::parseMoment(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d\d-\d\d$)"));
    static const QRegularExpression withOffset(QStringLiteral(R"(T\d\d:\d\d(:\d\d([.,]\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$)"));
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        // A date alone means its start.
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return ReminderPlanner::resolve(date, QTime(0, 0), zone);
    }
    const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    if (!withOffset.match(trimmed).hasMatch())
        return ReminderPlanner::resolve(moment.date(), moment.time(), zone); // local time in `zone`
    return moment.toTimeZone(zone);
}

QJsonObject ReminderReport::toJson(const QList<Reminder> &reminders, const QHash<QString, QString> &routineNames)
{
    QJsonArray list;
    for (const Reminder &reminder : reminders) {
        QJsonObject object{
            {QStringLiteral("time"), timeWithOffset(reminder.scheduled)},
            {QStringLiteral("timeZone"), QString::fromUtf8(reminder.scheduled.timeZone().id())},
            {QStringLiteral("rule"), reminder.ruleId},
            {QStringLiteral("ruleName"), reminder.ruleName},
            {QStringLiteral("target"), reminder.target.kindId()},
        };
        if (reminder.target.isRoutine()) {
            object.insert(QStringLiteral("routine"), reminder.target.routineId);
            object.insert(QStringLiteral("routineName"), routineName(reminder.target.routineId, routineNames));
        } else {
            object.insert(QStringLiteral("prompt"), ReminderTarget::postureCheckPrompt());
        }
        if (reminder.snoozed)
            object.insert(QStringLiteral("snoozed"), true);
        list.append(object);
    }
    return QJsonObject{{QStringLiteral("format"), formatName},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("reminders"), list}};
}

QByteArray ReminderReport::toJsonDocument(const QList<Reminder> &reminders, const QHash<QString, QString> &routineNames)
{
    return QJsonDocument(toJson(reminders, routineNames)).toJson(QJsonDocument::Indented);
}

QString ReminderReport::toText(const QList<Reminder> &reminders, const QHash<QString, QString> &routineNames)
{
    if (reminders.isEmpty())
        return tr("No reminders are coming up (no rule is switched on, or none has a day and a time).")
            + QLatin1Char('\n');
    QString text;
    const QLocale locale;
    for (const Reminder &reminder : reminders) {
        QString line = timeWithOffset(reminder.scheduled) + QStringLiteral("  ")
            + locale.dayName(reminder.scheduled.date().dayOfWeek(), QLocale::ShortFormat) + QStringLiteral("  ")
            + reminder.ruleName + QStringLiteral(": ") + targetText(reminder.target, routineNames);
        if (reminder.snoozed)
            line += QStringLiteral("  ") + tr("(snoozed)");
        text += line + QLatin1Char('\n');
    }
    return text;
}

QByteArray ReminderReport::toIcs(const Schedule &schedule, const QHash<QString, QString> &routineNames,
                                 const QTimeZone &zone, const QDateTime &now)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Limber//Limber reminders//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + icsText(tr("Limber reminders")));
    appendLine(out, QStringLiteral("X-WR-TIMEZONE:") + QString::fromUtf8(zone.id()));
    appendTimeZone(out, zone, now);

    const QString stamp = icsUtc(now);
    const QString tzid = QString::fromUtf8(zone.id());
    const QDate today = now.toTimeZone(zone).date();
    for (const ReminderRule &rule : schedule.rules) {
        if (!rule.enabled || rule.weekdays.isEmpty())
            continue;
        // DTSTART is the first matching day from today, so it is itself an occurrence.
        QDate first = today;
        while (!rule.weekdays.contains(first.dayOfWeek()))
            first = first.addDays(1);
        const QString description = rule.target.isRoutine()
            ? tr("Start the routine \"%1\" in Limber.").arg(routineName(rule.target.routineId, routineNames))
            : ReminderTarget::postureCheckPrompt();
        for (const QTime &time : rule.timesOfDay()) {
            appendLine(out, QStringLiteral("BEGIN:VEVENT"));
            appendLine(out,
                       QStringLiteral("UID:%1-%2@limber.limberapp.github.io")
                           .arg(rule.id, time.toString(QStringLiteral("HHmm"))));
            appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
            appendLine(out, QStringLiteral("DTSTART;TZID=%1:%2").arg(tzid, icsLocal(first, time)));
            appendLine(out, QStringLiteral("DURATION:PT5M"));
            appendLine(out, QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=") + rule.weekdays.icalDays());
            appendLine(out, QStringLiteral("SUMMARY:") + icsText(rule.name));
            appendLine(out, QStringLiteral("DESCRIPTION:") + icsText(description));
            appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
            appendLine(out, QStringLiteral("END:VEVENT"));
        }
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Limber
