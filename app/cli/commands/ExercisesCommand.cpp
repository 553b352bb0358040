#include "ExercisesCommand.h"

#include "cli/CommandContext.h"
#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/ExerciseFacts.h"
#include "model/Vocabulary.h"
#include "report/JsonReport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Limber {

QString ExercisesCommand::name() const
{
    return QStringLiteral("exercises");
}

QString ExercisesCommand::description() const
{
    return tr("List the exercise library.");
}

QList<CommandOption> ExercisesCommand::options() const
{
    return {{.name = QStringLiteral("json")}};
}

int ExercisesCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const Catalog &catalog = context.catalog();
    if (parsed.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Exercise &exercise : catalog.exercises())
            array.append(JsonReport::exercise(exercise));
        context.printJson({{QStringLiteral("version"), JsonReport::version}, {QStringLiteral("exercises"), array}});
        return Success;
    }
    QList<QStringList> rows;
    for (const Exercise &exercise : catalog.exercises())
        rows.append({exercise.code, exercise.id, exercise.name, ExerciseFacts::kinds(exercise),
                     labelOf(exercise.position), DoseText::describeRange(exercise.dose)});
    context.printColumns(rows);
    return Success;
}

} // namespace Limber
