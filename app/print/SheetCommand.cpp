#include "SheetCommand.h"

#include "illustration/IllustrationFormat.h"
#include "render/RoutineSheetWriter.h"

namespace Limber {

MaybeError SheetCommand::write(const CommandLine::SheetRequest &request)
{
    Result<IllustrationSet> illustrations = IllustrationFormat::load();
    if (!illustrations)
        return illustrations.error();
    RoutineSheet sheet = RoutineSheet::forRoutine(request.routine, request.level);
    if (const std::optional<RoutineSheet::Paper> paper = RoutineSheet::paperFromId(request.paper))
        sheet.paper = *paper;
    sheet.layout = RoutineSheet::layoutFromId(request.layout).value_or(RoutineSheet::Layout::Detailed);
    sheet.weeks = request.weeks;
    sheet.personName = request.personName;
    return RoutineSheetWriter(request.catalog, std::move(illustrations).value()).writePdf(request.output, sheet);
}

} // namespace Limber
