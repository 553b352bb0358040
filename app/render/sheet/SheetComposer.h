#pragma once

#include "SheetBlock.h"

namespace Limber {

class Catalog;
class IllustrationSet;
class SheetStyle;
struct RoutineSheet;

// What a routine sheet is made of, in order: the header, the advice, each exercise of the
// routine that the catalog has, in the sheet's layout, and the tracking grid.
class SheetComposer final
{
public:
    // `pageHeight`: the height a page has for blocks, above its footer.
    [[nodiscard]] static SheetBlocks blocks(const SheetStyle &style, const RoutineSheet &sheet, const Catalog &catalog,
                                            const IllustrationSet &illustrations, double pageHeight);
};

} // namespace Limber
