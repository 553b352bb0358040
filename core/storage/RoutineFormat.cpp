#include "RoutineFormat.h"

#include "JsonDocument.h"
#include "model/Limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Limber::RoutineFormat {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineFormat)
};

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kDescription = QStringLiteral("description");
const QString kLevel = QStringLiteral("level");
const QString kRest = QStringLiteral("restBetweenSeconds");
const QString kItems = QStringLiteral("items");
const QString kExercise = QStringLiteral("exercise");
const QString kReps = QStringLiteral("reps");
const QString kHold = QStringLiteral("holdSeconds");
const QString kDuration = QStringLiteral("durationSeconds");
const QString kSets = QStringLiteral("sets");
const QString kRelease = QStringLiteral("releaseSeconds");
const QString kSetRest = QStringLiteral("restBetweenSetsSeconds");
constexpr int maxRoutinesInStore = 1000;

void putIfSet(QJsonObject &object, const QString &key, const std::optional<int> &value)
{
    if (value)
        object.insert(key, *value);
}

QJsonObject itemToJson(const RoutineItem &item)
{
    QJsonObject object{{kExercise, item.exerciseId}};
    putIfSet(object, kReps, item.override.reps);
    putIfSet(object, kHold, item.override.holdSeconds);
    putIfSet(object, kDuration, item.override.durationSeconds);
    putIfSet(object, kSets, item.override.sets);
    putIfSet(object, kRelease, item.override.releaseSeconds);
    putIfSet(object, kSetRest, item.override.restBetweenSetsSeconds);
    return object;
}

RoutineItem readItem(const JsonFields &fields, const Catalog &catalog)
{
    RoutineItem item;
    item.exerciseId = fields.requiredString(kExercise, Limits::maxIdLength);
    const Exercise *exercise = catalog.find(item.exerciseId);
    if (!exercise)
        fields.fail(kExercise, Text::tr("there is no exercise with the id \"%1\".").arg(item.exerciseId));

    DoseOverride &o = item.override;
    o.reps = fields.optionalInt(kReps, Limits::minReps, Limits::maxReps);
    o.holdSeconds = fields.optionalInt(kHold, Limits::minSeconds, Limits::maxSeconds);
    o.durationSeconds = fields.optionalInt(kDuration, Limits::minSeconds, Limits::maxSeconds);
    o.sets = fields.optionalInt(kSets, Limits::minSets, Limits::maxSets);
    o.releaseSeconds = fields.optionalInt(kRelease, 0, Limits::maxRestSeconds);
    o.restBetweenSetsSeconds = fields.optionalInt(kSetRest, 0, Limits::maxRestSeconds);

    const DosePattern pattern = exercise->dose.pattern;
    const bool holds = pattern == DosePattern::Hold || pattern == DosePattern::SqueezeReps;
    if (o.holdSeconds && !holds)
        fields.fail(kHold, Text::tr("%1 has no hold to set.").arg(exercise->name));
    if (o.durationSeconds && pattern != DosePattern::Timed)
        fields.fail(kDuration, Text::tr("%1 is not a timed exercise.").arg(exercise->name));
    if (o.reps && pattern == DosePattern::Timed)
        fields.fail(kReps, Text::tr("%1 is timed, not counted in reps.").arg(exercise->name));
    return item;
}

Routine readRoutine(const JsonFields &fields, const Catalog &catalog)
{
    Routine routine;
    routine.id = fields.requiredString(kId, Limits::maxIdLength);
    if (!isValidId(routine.id))
        fields.fail(kId, Text::tr("an id may only use lowercase letters a-z, digits and '-'."));
    routine.name = fields.requiredString(kName, Limits::maxNameLength).trimmed();
    if (routine.name.contains(QLatin1Char('\n')))
        fields.fail(kName, Text::tr("a name must fit on one line."));
    routine.description = fields.optionalString(kDescription, Limits::maxDescriptionLength);
    const QString levelText = fields.optionalString(kLevel, Limits::maxIdLength, levelId(Level::Standard));
    const std::optional<Level> level = levelFromId(levelText);
    if (!level)
        fields.fail(kLevel, Text::tr("the level must be \"gentle\", \"standard\" or \"full\"."));
    routine.level = *level;
    routine.restBetweenSeconds
        = fields.optionalInt(kRest, 0, Limits::maxRestSeconds).value_or(Routine::defaultRestBetweenSeconds);

    const QJsonArray items = fields.requiredArray(kItems, Limits::maxItems);
    for (qsizetype i = 0; i < items.size(); ++i)
        routine.items.append(readItem(fields.objectAt(items, kItems, i), catalog));
    return routine;
}

} // namespace

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

QJsonObject toJson(const Routine &routine)
{
    QJsonArray items;
    for (const RoutineItem &item : routine.items)
        items.append(itemToJson(item));
    QJsonObject object{{kId, routine.id}, {kName, routine.name}};
    if (!routine.description.isEmpty())
        object.insert(kDescription, routine.description);
    object.insert(kLevel, levelId(routine.level));
    object.insert(kRest, routine.restBetweenSeconds);
    object.insert(kItems, items);
    return object;
}

QByteArray sharedDocument(const Routine &routine)
{
    const QJsonObject root{{QStringLiteral("format"), sharedFormat},
                           {QStringLiteral("version"), newestVersion},
                           {QStringLiteral("routine"), toJson(routine)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray storeDocument(const QList<Routine> &routines)
{
    QJsonArray array;
    for (const Routine &routine : routines)
        array.append(toJson(routine));
    const QJsonObject root{{QStringLiteral("format"), storeFormat},
                           {QStringLiteral("version"), newestVersion},
                           {QStringLiteral("routines"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Routine> parseShared(const QByteArray &bytes, const QString &fileName, const Catalog &catalog)
{
    return JsonDocument::parse<Routine>(bytes, fileName, sharedFormat, newestVersion, [&](const JsonFields &fields) {
        return readRoutine(fields.object(QStringLiteral("routine")), catalog);
    });
}

Result<QList<Routine>> parseStore(const QByteArray &bytes, const QString &fileName, const Catalog &catalog)
{
    return JsonDocument::parse<QList<Routine>>(
        bytes, fileName, storeFormat, newestVersion, [&](const JsonFields &fields) {
            const QString key = QStringLiteral("routines");
            const QJsonArray array = fields.requiredArray(key, maxRoutinesInStore);
            QList<Routine> routines;
            QSet<QString> ids;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const JsonFields item = fields.objectAt(array, key, i);
                Routine routine = readRoutine(item, catalog);
                if (ids.contains(routine.id))
                    item.fail(kId, Text::tr("the id \"%1\" is used twice.").arg(routine.id));
                ids.insert(routine.id);
                routines.append(std::move(routine));
            }
            return routines;
        });
}

Result<Routine> readShared(const QString &path, const Catalog &catalog)
{
    Result<QByteArray> bytes = JsonFile::readBytes(path, Limits::maxFileBytes);
    if (!bytes)
        return bytes.error();
    return parseShared(bytes.value(), path, catalog);
}

Result<QList<Routine>> readStore(const QString &path, const Catalog &catalog)
{
    Result<QByteArray> bytes = JsonFile::readBytes(path, Limits::maxFileBytes);
    if (!bytes)
        return bytes.error();
    return parseStore(bytes.value(), path, catalog);
}

Result<QList<Routine>> loadBuiltIns(const Catalog &catalog, const QString &path)
{
    Result<QList<Routine>> routines = readStore(path, catalog);
    if (!routines)
        return routines;
    for (Routine &routine : routines.value()) {
        routine.builtIn = true;
        routine.name = QCoreApplication::translate("Limber::Catalog", routine.name.toUtf8().constData());
        routine.description = QCoreApplication::translate("Limber::Catalog", routine.description.toUtf8().constData());
    }
    return routines;
}

} // namespace Limber::RoutineFormat
