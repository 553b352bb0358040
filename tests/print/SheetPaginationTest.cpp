// The pagination of a routine sheet: blocks of given heights fill pages in order, each after
// the gap it asks for, never split; a block that does not fit starts a new page at its top.
#include "render/sheet/SheetPagination.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

using namespace Limber;

namespace {

using Block = SheetPagination::Block;
using Placement = SheetPagination::Placement;
using Page = SheetPagination::Page;

} // namespace

TEST(SheetPagination, NoBlocksMakeOneEmptyPage)
{
    EXPECT_EQ(SheetPagination::paginate({}, 100), QList<Page>{Page()});
}

TEST(SheetPagination, BlocksFollowEachOtherAfterTheirGaps)
{
    const QList<Page> pages = SheetPagination::paginate({{30, 5}, {20, 10}, {15, 4}}, 100);
    EXPECT_EQ(pages, (QList<Page>{{Placement{0, 0}, Placement{1, 40}, Placement{2, 64}}}));
}

TEST(SheetPagination, TheFirstBlockOfAPageHasNoGapAbove)
{
    // The second block does not fit after the first, so it starts the next page at 0, not 10.
    const QList<Page> pages = SheetPagination::paginate({{70, 10}, {40, 10}, {30, 10}}, 100);
    EXPECT_EQ(pages, (QList<Page>{{Placement{0, 0}}, {Placement{1, 0}, Placement{2, 50}}}));
}

TEST(SheetPagination, ABlockThatEndsExactlyAtTheBottomFits)
{
    const QList<Page> pages = SheetPagination::paginate({{60, 0}, {30, 10}, {1, 0}}, 100);
    EXPECT_EQ(pages, (QList<Page>{{Placement{0, 0}, Placement{1, 70}}, {Placement{2, 0}}}));
}

TEST(SheetPagination, TheGapCountsTowardsWhetherABlockFits)
{
    // 60 + 35 fits in 100, but not with a gap of 10 before the 35.
    const QList<Page> pages = SheetPagination::paginate({{60, 0}, {35, 10}}, 100);
    EXPECT_EQ(pages, (QList<Page>{{Placement{0, 0}}, {Placement{1, 0}}}));
}

TEST(SheetPagination, ABlockTallerThanAPageGetsAPageOfItsOwn)
{
    const QList<Page> pages = SheetPagination::paginate({{20, 0}, {150, 5}, {10, 5}}, 100);
    EXPECT_EQ(pages, (QList<Page>{{Placement{0, 0}}, {Placement{1, 0}}, {Placement{2, 0}}}));
    // First on its page, it stays there rather than leaving an empty page behind.
    EXPECT_EQ(SheetPagination::paginate({{150, 5}}, 100), (QList<Page>{{Placement{0, 0}}}));
}

TEST(SheetPagination, EveryBlockIsPlacedOnceInOrderAndNoneCrossesTheBottom)
{
    QList<Block> blocks;
    for (int i = 0; i < 40; ++i)
        blocks.append(Block{double(10 + (i * 37) % 45), double(i % 3 * 4)});
    const double pageHeight = 120;
    const QList<Page> pages = SheetPagination::paginate(blocks, pageHeight);
    qsizetype next = 0;
    for (const Page &page : pages) {
        ASSERT_FALSE(page.isEmpty());
        double bottom = 0;
        for (const Placement &placed : page) {
            EXPECT_EQ(placed.block, next++);
            const Block &block = blocks.at(placed.block);
            EXPECT_DOUBLE_EQ(placed.top, &placed == &page.first() ? 0 : bottom + block.gapBefore);
            bottom = placed.top + block.height;
            EXPECT_LE(bottom, pageHeight);
        }
    }
    EXPECT_EQ(next, blocks.size());
    EXPECT_GT(pages.size(), 5);
}
