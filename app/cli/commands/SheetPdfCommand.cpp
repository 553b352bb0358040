#include "SheetPdfCommand.h"

#include "cli/CommandContext.h"
#include "cli/LevelOption.h"
#include "model/RoutineSheet.h"

namespace Limber {

QString SheetPdfCommand::name() const
{
    return QStringLiteral("sheet");
}

QString SheetPdfCommand::description() const
{
    return tr("Write a printable routine sheet as a PDF: illustrations, doses, steps, safety notes and "
              "N weeks (1 to 8) of tick boxes. The paper defaults to your locale's.");
}

QStringList SheetPdfCommand::arguments() const
{
    return {QStringLiteral("ROUTINE")};
}

QList<CommandOption> SheetPdfCommand::options() const
{
    return {{.name = QStringLiteral("output"),
             .shortName = QLatin1Char('o'),
             .valueName = QStringLiteral("FILE.pdf"),
             .required = true},
            LevelOption::spec(),
            {.name = QStringLiteral("paper"), .valueName = QStringLiteral("a4|letter")},
            {.name = QStringLiteral("layout"), .valueName = QStringLiteral("detailed|compact")},
            {.name = QStringLiteral("weeks"), .valueName = QStringLiteral("N")},
            {.name = QStringLiteral("name"), .valueName = QStringLiteral("TEXT")},
            {.name = QStringLiteral("force")}};
}

QString SheetPdfCommand::optionProblem(const ParsedArguments &parsed) const
{
    if (const QString problem = LevelOption::problem(parsed); !problem.isEmpty())
        return problem;
    if (!parsed.has(QStringLiteral("output")))
        return tr("'sheet' needs -o FILE.pdf, the file to write.");
    // What is written is a PDF whatever the name says: a name that says otherwise is a mistake.
    if (const QString path = parsed.value(QStringLiteral("output"));
        !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return tr("%1: a routine sheet is a PDF; give a name ending in .pdf").arg(path);
    return validateSheetOptions(parsed);
}

QString SheetPdfCommand::validateSheetOptions(const ParsedArguments &parsed)
{
    return RoutineSheet::problemWithOptions(parsed.value(QStringLiteral("paper"), QStringLiteral("a4")),
                                            parsed.value(QStringLiteral("layout"), QStringLiteral("detailed")),
                                            parsed.value(QStringLiteral("weeks"), QStringLiteral("1")),
                                            parsed.value(QStringLiteral("name")))
        .value_or(QString());
}

int SheetPdfCommand::run(CommandContext &context, const ParsedArguments &parsed) const
{
    const Routine *routine = context.findRoutine(parsed.positional.at(0));
    if (!routine)
        return BadInput;
    const QString path = parsed.value(QStringLiteral("output"));
    if (context.refusesToReplace(path, parsed.has(QStringLiteral("force"))))
        return BadInput;
    if (!context.sheetWriter())
        return context.fail(tr("this build of Limber cannot write routine sheets."));
    const SheetRequest request{*routine,
                               context.catalog(),
                               LevelOption::chosen(parsed, routine->level),
                               parsed.value(QStringLiteral("paper")).toLower(),
                               parsed.value(QStringLiteral("layout"), QStringLiteral("detailed")),
                               parsed.value(QStringLiteral("weeks"), QStringLiteral("1")).toInt(),
                               parsed.value(QStringLiteral("name")),
                               path};
    if (MaybeError error = context.sheetWriter()(request))
        return context.fail(error->message());
    context.out() << tr("Wrote the routine sheet for \"%1\" to %2.").arg(routine->name, path) << Qt::endl;
    return Success;
}

} // namespace Limber
