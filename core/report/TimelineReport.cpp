#include "TimelineReport.h"

#include "model/DoseText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Limber {

QString TimelineReport::priorityId(CuePriority priority)
{
    switch (priority) {
    case CuePriority::Tempo:
        return QStringLiteral("tempo");
    case CuePriority::Halfway:
        return QStringLiteral("halfway");
    case CuePriority::Phase:
        return QStringLiteral("phase");
    case CuePriority::Count:
        return QStringLiteral("count");
    case CuePriority::Announce:
        return QStringLiteral("announce");
    case CuePriority::Action:
        return QStringLiteral("action");
    case CuePriority::Done:
        return QStringLiteral("done");
    }
    return {};
}

QJsonObject TimelineReport::toJson(const Timeline &timeline)
{
    QJsonArray exercises;
    for (int i = 0; i < timeline.exercises.size(); ++i) {
        const SessionExercise &exercise = timeline.exercises.at(i);
        exercises.append(QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("id"), exercise.id},
            {QStringLiteral("name"), exercise.name},
            {QStringLiteral("dose"), DoseText::describe(exercise.dose)},
            {QStringLiteral("firstStep"), exercise.firstStep},
            {QStringLiteral("stepCount"), exercise.stepCount},
        });
    }

    QJsonArray steps;
    for (int i = 0; i < timeline.steps.size(); ++i) {
        const Step &step = timeline.steps.at(i);
        QJsonArray phases;
        for (const StepPhase &phase : step.phases) {
            phases.append(QJsonObject{
                {QStringLiteral("name"), phase.name},
                {QStringLiteral("keyPosition"), phase.keyPosition},
                {QStringLiteral("offsetMs"), phase.offsetMs},
                {QStringLiteral("lengthMs"), phase.lengthMs},
            });
        }
        QJsonArray cues;
        for (const Cue &cue : step.cues) {
            cues.append(QJsonObject{
                {QStringLiteral("id"), cue.id},
                {QStringLiteral("offsetMs"), cue.offsetMs},
                {QStringLiteral("tone"), cue.tone.isEmpty() ? QJsonValue() : QJsonValue(cue.tone)},
                {QStringLiteral("text"), cue.text},
                {QStringLiteral("priority"), priorityId(cue.priority)},
            });
        }
        steps.append(QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("kind"), stepKindId(step.kind)},
            {QStringLiteral("exercise"), step.exerciseId.isEmpty() ? QJsonValue() : QJsonValue(step.exerciseId)},
            {QStringLiteral("exerciseIndex"), step.exerciseIndex},
            {QStringLiteral("side"), sideId(step.side)},
            {QStringLiteral("rep"), step.rep},
            {QStringLiteral("reps"), step.reps},
            {QStringLiteral("set"), step.set},
            {QStringLiteral("sets"), step.sets},
            {QStringLiteral("startMs"), step.startMs},
            {QStringLiteral("lengthMs"), step.lengthMs},
            {QStringLiteral("openEnded"), step.openEnded},
            {QStringLiteral("phases"), phases},
            {QStringLiteral("cues"), cues},
        });
    }

    return QJsonObject{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), version},
        {QStringLiteral("routine"),
         QJsonObject{{QStringLiteral("id"), timeline.routineId}, {QStringLiteral("name"), timeline.routineName}}},
        {QStringLiteral("level"), levelId(timeline.level)},
        {QStringLiteral("exercises"), exercises},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("totalMs"), timeline.totalMs},
    };
}

QByteArray TimelineReport::toJsonDocument(const Timeline &timeline)
{
    return QJsonDocument(toJson(timeline)).toJson(QJsonDocument::Indented);
}

QString TimelineReport::formatMs(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    const qint64 seconds = (ms / 1000) % 60;
    const qint64 millis = ms % 1000;
    return QStringLiteral("%1:%2.%3")
        .arg(minutes)
        .arg(seconds, 2, 10, QLatin1Char('0'))
        .arg(millis, 3, 10, QLatin1Char('0'));
}

QString TimelineReport::toText(const Timeline &timeline)
{
    QStringList lines;
    lines.append(tr("%1 (%2): %3, %n steps", nullptr, int(timeline.steps.size()))
                     .arg(timeline.routineName, levelLabel(timeline.level), formatMs(timeline.totalMs)));
    for (int i = 0; i < timeline.steps.size(); ++i) {
        const Step &step = timeline.steps.at(i);
        QStringList what{stepKindId(step.kind)};
        if (!step.exerciseId.isEmpty())
            what.append(step.exerciseId);
        if (step.side != Side::None)
            what.append(sideId(step.side));
        if (step.rep > 0)
            what.append(tr("rep %1/%2").arg(step.rep).arg(step.reps));
        if (step.sets > 1)
            what.append(tr("set %1/%2").arg(step.set).arg(step.sets));
        if (step.openEnded)
            what.append(tr("(self-paced)"));
        lines.append(QStringLiteral("%1  %2  %3")
                         .arg(formatMs(step.startMs), 10)
                         .arg(QLatin1Char('+') + formatMs(step.lengthMs), 11)
                         .arg(what.join(QLatin1Char(' '))));
        for (const Cue &cue : step.cues) {
            QString line = QStringLiteral("%1  %2").arg(QLatin1Char('@') + formatMs(cue.offsetMs), 24).arg(cue.id);
            if (!cue.tone.isEmpty())
                line += QStringLiteral(" [%1]").arg(cue.tone);
            if (!cue.text.isEmpty())
                line += QStringLiteral(" \"%1\"").arg(cue.text);
            lines.append(line);
        }
    }
    lines.append(tr("Total: %1 (%2 ms)").arg(formatMs(timeline.totalMs)).arg(timeline.totalMs));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Limber
