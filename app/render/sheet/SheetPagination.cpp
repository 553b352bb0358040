#include "SheetPagination.h"

namespace Limber {

QList<SheetPagination::Page> SheetPagination::paginate(const QList<Block> &blocks, double pageHeight)
{
    QList<Page> pages(1);
    double bottom = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        double top = pages.last().isEmpty() ? 0 : bottom + block.gapBefore;
        if (!pages.last().isEmpty() && top + block.height > pageHeight) {
            pages.append(Page());
            top = 0;
        }
        pages.last().append(Placement{i, top});
        bottom = top + block.height;
    }
    return pages;
}

} // namespace Limber
