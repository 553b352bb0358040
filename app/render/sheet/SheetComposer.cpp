#include "SheetComposer.h"

#include "AdviceBlock.h"
#include "CompactExerciseBlock.h"
#include "DetailedExerciseBlock.h"
#include "HeaderBlock.h"
#include "SheetExercise.h"
#include "SheetStyle.h"
#include "TrackingGrid.h"
#include "model/Catalog.h"
#include "model/Durations.h"

namespace Limber {

SheetBlocks SheetComposer::blocks(const SheetStyle &style, const RoutineSheet &sheet, const Catalog &catalog,
                                  const IllustrationSet &illustrations, double pageHeight)
{
    // The routine's exercises that the catalog has; the others cannot be printed.
    QList<SheetExercise> exercises;
    QStringList names;
    for (const RoutineItem &item : sheet.routine.items) {
        if (const Exercise *exercise = catalog.find(item.exerciseId)) {
            exercises.append(SheetExercise::of(*exercise, item, sheet.level));
            names.append(exercise->name);
        }
    }

    SheetBlocks blocks;
    blocks.push_back(std::make_unique<HeaderBlock>(style, sheet, int(exercises.size()),
                                                   routineSeconds(sheet.routine, catalog, sheet.level)));
    blocks.push_back(std::make_unique<AdviceBlock>(style));
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        if (sheet.layout == RoutineSheet::Layout::Compact)
            blocks.push_back(std::make_unique<CompactExerciseBlock>(style, illustrations, exercises.at(i), int(i) + 1));
        else
            blocks.push_back(
                std::make_unique<DetailedExerciseBlock>(style, illustrations, exercises.at(i), int(i) + 1));
    }
    for (std::unique_ptr<SheetBlock> &week : TrackingGrid::blocks(style, sheet, names, pageHeight))
        blocks.push_back(std::move(week));
    return blocks;
}

} // namespace Limber
