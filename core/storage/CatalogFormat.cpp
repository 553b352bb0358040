#include "CatalogFormat.h"

#include "JsonDocument.h"
#include "model/Limits.h"
#include "model/StepText.h"

#include <QCoreApplication>
#include <QSet>

namespace Limber::CatalogFormat {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CatalogFormat)
};

constexpr int maxTextLength = 2000;
constexpr int maxListSize = 50;

// Catalog texts are English in the file and translated through Qt Linguist like the UI.
QString content(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("Limber::Catalog", text.toUtf8().constData());
}

Range readRange(const JsonFields &fields, int min, int max)
{
    Range range;
    range.min = fields.requiredInt(QStringLiteral("min"), min, max);
    range.max = fields.requiredInt(QStringLiteral("max"), min, max);
    if (range.max < range.min)
        fields.fail(QStringLiteral("max"), Text::tr("the largest value is below the smallest."));
    range.fromArticle = fields.optionalBool(QStringLiteral("fromArticle"), true);
    range.note = content(fields.optionalString(QStringLiteral("note"), maxTextLength));
    if (!range.fromArticle && range.note.isEmpty())
        fields.fail(QStringLiteral("note"), Text::tr("a value Limber chose needs a note saying why."));
    return range;
}

template <typename Enum, typename FromId>
Enum readWord(const JsonFields &fields, const QString &where, const QString &id, FromId fromId)
{
    const std::optional<Enum> value = fromId(id);
    if (!value)
        fields.fail(where, Text::tr("\"%1\" is not a known value.").arg(id));
    return *value;
}

template <typename Enum, typename FromId>
QList<Enum> readWords(const JsonFields &fields, const QString &key, FromId fromId, bool required)
{
    const QJsonArray array = required ? fields.requiredArray(key, maxListSize) : fields.optionalArray(key, maxListSize);
    QList<Enum> values;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = fields.stringAt(array, key, i, Limits::maxIdLength);
        values.append(readWord<Enum>(fields, key + QStringLiteral("[%1]").arg(i), id, fromId));
    }
    if (required && values.isEmpty())
        fields.fail(key, Text::tr("the list must not be empty."));
    return values;
}

Dose readDose(const JsonFields &fields)
{
    Dose dose;
    const QString patternId = fields.requiredString(QStringLiteral("pattern"), Limits::maxIdLength);
    dose.pattern = readWord<DosePattern>(fields, QStringLiteral("pattern"), patternId, dosePatternFromId);

    const bool needsHold = dose.pattern == DosePattern::Hold || dose.pattern == DosePattern::SqueezeReps;
    const bool isTimed = dose.pattern == DosePattern::Timed;
    if (!isTimed)
        dose.reps = readRange(fields.object(QStringLiteral("reps")), Limits::minReps, Limits::maxReps);
    if (needsHold)
        dose.holdSeconds
            = readRange(fields.object(QStringLiteral("holdSeconds")), Limits::minSeconds, Limits::maxSeconds);
    if (isTimed)
        dose.durationSeconds
            = readRange(fields.object(QStringLiteral("durationSeconds")), Limits::minSeconds, Limits::maxSeconds);

    dose.perSide = fields.optionalBool(QStringLiteral("perSide"), false);
    dose.sets = fields.optionalInt(QStringLiteral("sets"), Limits::minSets, Limits::maxSets).value_or(1);
    dose.releaseSeconds = fields.optionalInt(QStringLiteral("releaseSeconds"), 0, Limits::maxRestSeconds).value_or(0);
    dose.restBetweenSetsSeconds
        = fields.optionalInt(QStringLiteral("restBetweenSetsSeconds"), 0, Limits::maxRestSeconds).value_or(0);

    const QString tempoKey = QStringLiteral("tempo");
    const QJsonArray tempo = fields.optionalArray(tempoKey, 10);
    for (qsizetype i = 0; i < tempo.size(); ++i) {
        const JsonFields phase = fields.objectAt(tempo, tempoKey, i);
        dose.tempo.append({content(phase.requiredString(QStringLiteral("name"), Limits::maxNameLength)),
                           phase.requiredInt(QStringLiteral("seconds"), Limits::minSeconds, 60),
                           phase.optionalString(QStringLiteral("keyPosition"), Limits::maxIdLength)});
    }
    const bool needsTempo = dose.pattern == DosePattern::BreathReps || dose.pattern == DosePattern::TempoReps;
    if (needsTempo && dose.tempo.isEmpty())
        fields.fail(tempoKey, Text::tr("reps paced by the breath or a tempo need their phases."));
    if (dose.pattern == DosePattern::BreathReps && dose.tempo.size() != 2)
        fields.fail(tempoKey, Text::tr("breath-paced reps need exactly two phases: inhale and exhale."));

    const QString promptKey = QStringLiteral("prompt");
    dose.prompt = content(fields.optionalString(promptKey, Limits::maxNameLength));
    if (!dose.prompt.isEmpty() && (!isTimed || !dose.tempo.isEmpty()))
        fields.fail(promptKey, Text::tr("only a timed block without a tempo takes a prompt."));
    return dose;
}

Exercise readExercise(const JsonFields &fields)
{
    Exercise exercise;
    exercise.id = fields.requiredString(QStringLiteral("id"), Limits::maxIdLength);
    exercise.code = fields.requiredString(QStringLiteral("code"), 8);
    exercise.name = content(fields.requiredString(QStringLiteral("name"), Limits::maxNameLength));
    exercise.kinds = readWords<ExerciseKind>(fields, QStringLiteral("kinds"), exerciseKindFromId, true);
    exercise.position
        = readWord<Position>(fields, QStringLiteral("position"),
                             fields.requiredString(QStringLiteral("position"), Limits::maxIdLength), positionFromId);
    exercise.equipment = readWords<Equipment>(fields, QStringLiteral("equipment"), equipmentFromId, false);
    exercise.equipmentIsChoice = fields.optionalBool(QStringLiteral("equipmentIsChoice"), false);
    exercise.targets = readWords<TargetArea>(fields, QStringLiteral("targets"), targetAreaFromId, true);
    exercise.summary = content(fields.requiredString(QStringLiteral("summary"), maxTextLength));

    const QString stepsKey = QStringLiteral("steps");
    const QJsonArray steps = fields.requiredArray(stepsKey, maxListSize);
    if (steps.isEmpty())
        fields.fail(stepsKey, Text::tr("the list must not be empty."));

    exercise.safety = content(fields.requiredString(QStringLiteral("safety"), maxTextLength));
    exercise.dose = readDose(fields.object(QStringLiteral("dose")));

    // Steps write their numbers as placeholders that the dose fills ({times}, {seconds}, ...).
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString source = fields.stringAt(steps, stepsKey, i, maxTextLength);
        if (const QString problem = StepText::problemWith(source, exercise.dose.pattern); !problem.isEmpty())
            fields.fail(QStringLiteral("%1[%2]").arg(stepsKey).arg(i), problem);
        // A translation that lost or changed a placeholder falls back to the English step.
        const QString translated = content(source);
        const bool keepsNumbers = StepText::problemWith(translated, exercise.dose.pattern).isEmpty()
            && translated.count(QLatin1Char('{')) == source.count(QLatin1Char('{'));
        exercise.stepTemplates.append(keepsNumbers ? translated : source);
        exercise.steps.append(StepText::fill(exercise.stepTemplates.last(), exercise.dose));
    }

    const JsonFields art = fields.object(QStringLiteral("illustration"));
    exercise.illustration.resource = art.requiredString(QStringLiteral("resource"), 200);
    const QString positionsKey = QStringLiteral("keyPositions");
    const QJsonArray positions = art.requiredArray(positionsKey, 10);
    for (qsizetype i = 0; i < positions.size(); ++i)
        exercise.illustration.keyPositions.append(art.stringAt(positions, positionsKey, i, Limits::maxIdLength));
    if (exercise.illustration.keyPositions.size() < 2)
        art.fail(positionsKey, Text::tr("every exercise needs at least two key positions."));
    exercise.illustration.placeholder = art.optionalBool(QStringLiteral("placeholder"), false);
    for (const TempoPhase &phase : std::as_const(exercise.dose.tempo)) {
        if (!phase.keyPosition.isEmpty() && !exercise.illustration.keyPositions.contains(phase.keyPosition))
            fields.fail(QStringLiteral("dose.tempo"),
                        Text::tr("the key position \"%1\" is not one of the illustration's.").arg(phase.keyPosition));
    }
    return exercise;
}

} // namespace

Result<Catalog> parse(const QByteArray &bytes, const QString &fileName)
{
    return JsonDocument::parse<Catalog>(bytes, fileName, formatName, newestVersion, [](const JsonFields &fields) {
        const QString key = QStringLiteral("exercises");
        const QJsonArray array = fields.requiredArray(key, 500);
        QList<Exercise> exercises;
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const JsonFields item = fields.objectAt(array, key, i);
            Exercise exercise = readExercise(item);
            if (ids.contains(exercise.id))
                item.fail(QStringLiteral("id"), Text::tr("the id \"%1\" is used twice.").arg(exercise.id));
            ids.insert(exercise.id);
            exercises.append(std::move(exercise));
        }
        return Catalog(std::move(exercises));
    });
}

Result<Catalog> load(const QString &path)
{
    Result<QByteArray> bytes = JsonFile::readBytes(path, Limits::maxFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path);
}

} // namespace Limber::CatalogFormat
