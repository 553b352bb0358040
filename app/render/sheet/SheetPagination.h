#pragma once

#include <QList>

namespace Limber {

// Where the blocks of a routine sheet go: blocks of given heights, in order, filled into pages
// of a given height, never split. A block goes on the current page, after the gap it wants
// above it, if it fits there, else at the top of a new page (with no gap); a block taller than
// a page starts a page of its own and runs over its bottom. Lengths in any one unit.
class SheetPagination final
{
public:
    struct Block {
        double height = 0;
        double gapBefore = 0;
    };
    struct Placement {
        qsizetype block = 0; // the block's index in the list given
        double top = 0; // from the top of its page

        friend bool operator==(const Placement &, const Placement &) = default;
    };
    using Page = QList<Placement>;

    // Always at least one page, empty when there are no blocks.
    [[nodiscard]] static QList<Page> paginate(const QList<Block> &blocks, double pageHeight);
};

} // namespace Limber
