#pragma once

#include <memory>
#include <vector>

class QPainter;

namespace Limber {

// One piece of a routine sheet that is never split across pages: the header, the advice, an
// exercise, a week of the tracking grid. It is laid out once, when it is made; its height and
// the gap it wants above it decide where it goes, and painting only draws what was laid out.
class SheetBlock
{
public:
    SheetBlock() = default;
    SheetBlock(const SheetBlock &) = delete;
    SheetBlock &operator=(const SheetBlock &) = delete;
    virtual ~SheetBlock() = default;

    [[nodiscard]] double height() const { return m_height; }
    // The space above the block when another block is above it on its page.
    [[nodiscard]] double gapBefore() const { return m_gapBefore; }

    // Draws the block with its top at `top`, in the device's pixels.
    virtual void paint(QPainter &painter, double top) const = 0;

protected:
    double m_height = 0;
    double m_gapBefore = 0;
};

using SheetBlocks = std::vector<std::unique_ptr<SheetBlock>>;

} // namespace Limber
