#pragma once

#include "SheetBlock.h"

#include <QStringList>

namespace Limber {

class SheetStyle;
struct RoutineSheet;

// The tracking grid at the end of the sheet: a table of tick boxes for each week the sheet
// covers, cut into parts that fit a page when the routine has too many exercises for one.
class TrackingGrid final
{
public:
    // `exercises`: the names of the exercises the sheet shows, in order; `pageHeight`: the
    // height a page has for blocks.
    [[nodiscard]] static SheetBlocks blocks(const SheetStyle &style, const RoutineSheet &sheet,
                                            const QStringList &exercises, double pageHeight);
};

} // namespace Limber
