#include "JsonReport.h"

#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/Routine.h"

#include <QJsonArray>

namespace Limber::JsonReport {

namespace {

template <typename Enum> QJsonArray ids(const QList<Enum> &values)
{
    return QJsonArray::fromStringList(idsOf(values));
}

QJsonObject range(const Range &range)
{
    QJsonObject object{{QStringLiteral("min"), range.min},
                       {QStringLiteral("max"), range.max},
                       {QStringLiteral("fromArticle"), range.fromArticle}};
    if (!range.note.isEmpty())
        object.insert(QStringLiteral("note"), range.note);
    return object;
}

QJsonArray tempo(const QList<TempoPhase> &phases)
{
    QJsonArray array;
    for (const TempoPhase &phase : phases) {
        QJsonObject object{{QStringLiteral("name"), phase.name}, {QStringLiteral("seconds"), phase.seconds}};
        if (!phase.keyPosition.isEmpty())
            object.insert(QStringLiteral("keyPosition"), phase.keyPosition);
        array.append(object);
    }
    return array;
}

QJsonObject perLevel(const std::function<QJsonValue(Level)> &value)
{
    QJsonObject object;
    for (Level level : allLevels)
        object.insert(levelId(level), value(level));
    return object;
}

} // namespace

QJsonObject concreteDose(const ConcreteDose &dose)
{
    QJsonObject object{{QStringLiteral("pattern"), dosePatternId(dose.pattern)},
                       {QStringLiteral("reps"), dose.reps},
                       {QStringLiteral("perSide"), dose.perSide},
                       {QStringLiteral("sets"), dose.sets},
                       {QStringLiteral("text"), DoseText::describe(dose)}};
    if (dose.holdSeconds > 0)
        object.insert(QStringLiteral("holdSeconds"), dose.holdSeconds);
    if (dose.durationSeconds > 0)
        object.insert(QStringLiteral("durationSeconds"), dose.durationSeconds);
    object.insert(QStringLiteral("releaseSeconds"), dose.releaseSeconds);
    object.insert(QStringLiteral("restBetweenSetsSeconds"), dose.restBetweenSetsSeconds);
    if (!dose.tempo.isEmpty())
        object.insert(QStringLiteral("tempo"), tempo(dose.tempo));
    return object;
}

QJsonObject exercise(const Exercise &exercise)
{
    const Dose &dose = exercise.dose;
    QJsonObject doseObject{{QStringLiteral("pattern"), dosePatternId(dose.pattern)},
                           {QStringLiteral("perSide"), dose.perSide},
                           {QStringLiteral("sets"), dose.sets},
                           {QStringLiteral("releaseSeconds"), dose.releaseSeconds},
                           {QStringLiteral("text"), DoseText::describeRange(dose)}};
    if (dose.reps.isValid())
        doseObject.insert(QStringLiteral("reps"), range(dose.reps));
    if (dose.holdSeconds.isValid())
        doseObject.insert(QStringLiteral("holdSeconds"), range(dose.holdSeconds));
    if (dose.durationSeconds.isValid())
        doseObject.insert(QStringLiteral("durationSeconds"), range(dose.durationSeconds));
    if (!dose.tempo.isEmpty())
        doseObject.insert(QStringLiteral("tempo"), tempo(dose.tempo));
    doseObject.insert(QStringLiteral("levels"),
                      perLevel([&](Level level) { return concreteDose(ConcreteDose::resolve(dose, level)); }));

    QJsonArray steps;
    for (const QString &step : exercise.steps)
        steps.append(step);
    return QJsonObject{
        {QStringLiteral("id"), exercise.id},
        {QStringLiteral("code"), exercise.code},
        {QStringLiteral("name"), exercise.name},
        {QStringLiteral("kinds"), ids(exercise.kinds)},
        {QStringLiteral("position"), idOf(exercise.position)},
        {QStringLiteral("floor"), exercise.needsFloor()},
        {QStringLiteral("equipment"), ids(exercise.equipment)},
        {QStringLiteral("equipmentIsChoice"), exercise.equipmentIsChoice},
        {QStringLiteral("targets"), ids(exercise.targets)},
        {QStringLiteral("summary"), exercise.summary},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("safety"), exercise.safety},
        {QStringLiteral("dose"), doseObject},
        {QStringLiteral("illustration"),
         QJsonObject{{QStringLiteral("resource"), exercise.illustration.resource},
                     {QStringLiteral("keyPositions"), QJsonArray::fromStringList(exercise.illustration.keyPositions)},
                     {QStringLiteral("placeholder"), exercise.illustration.placeholder}}},
    };
}

QJsonObject routineSummary(const Routine &routine, const Catalog &catalog, const SessionTimings &timings)
{
    return QJsonObject{
        {QStringLiteral("id"), routine.id},
        {QStringLiteral("name"), routine.name},
        {QStringLiteral("description"), routine.description},
        {QStringLiteral("builtIn"), routine.builtIn},
        {QStringLiteral("level"), levelId(routine.level)},
        {QStringLiteral("exerciseCount"), routine.items.size()},
        {QStringLiteral("totalSeconds"),
         perLevel([&](Level level) { return routineSeconds(routine, catalog, level, timings); })},
    };
}

QJsonObject routineDetail(const Routine &routine, const Catalog &catalog, Level level, const SessionTimings &timings)
{
    QJsonObject object = routineSummary(routine, catalog, timings);
    object.insert(QStringLiteral("playedLevel"), levelId(level));
    object.insert(QStringLiteral("restBetweenSeconds"), routine.restBetweenSeconds);
    object.insert(QStringLiteral("getReadySeconds"), timings.getReadySeconds);
    object.insert(QStringLiteral("switchSidesSeconds"), timings.switchSidesSeconds);
    QJsonArray items;
    for (const RoutineItem &item : routine.items) {
        const Exercise *exercise = catalog.find(item.exerciseId);
        if (!exercise)
            continue;
        const ConcreteDose dose = ConcreteDose::resolve(exercise->dose, level, item.override);
        items.append(QJsonObject{{QStringLiteral("exercise"), exercise->id},
                                 {QStringLiteral("name"), exercise->name},
                                 {QStringLiteral("customised"), !item.override.isEmpty()},
                                 {QStringLiteral("dose"), concreteDose(dose)},
                                 {QStringLiteral("seconds"), exerciseSeconds(dose, timings)}});
    }
    object.insert(QStringLiteral("items"), items);
    object.insert(QStringLiteral("seconds"), routineSeconds(routine, catalog, level, timings));
    return object;
}

} // namespace Limber::JsonReport
