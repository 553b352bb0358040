// Each block of a routine sheet is laid out once and then only draws what it laid out: what it
// paints stays inside the height it measured, so the pagination that trusts those heights never
// lets one block draw over the next or over the footer.
#include "render/sheet/SheetComposer.h"
#include "render/sheet/SheetStyle.h"

#include "BundledContent.h"
#include "QtGTest.h"
#include "illustration/IllustrationFormat.h"
#include "model/RoutineSheet.h"
#include "storage/RoutineFormat.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

using namespace Limber;

namespace {

// 150 dpi: coarse enough to keep the images small, fine enough for a one-pixel check.
constexpr int dotsPerMetre = 5906;
constexpr int margin = 60; // rows above and below the block's measured box, to catch overflow

QImage page(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::transparent);
    return image;
}

// The first and last rows with anything painted, or {-1, -1}.
std::pair<int, int> paintedRows(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 0) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return {first, last};
}

TEST(SheetBlockGeometry, EveryBlockPaintsInsideTheHeightItMeasured)
{
    const Catalog &catalog = bundledCatalog();
    const Result<IllustrationSet> illustrations = IllustrationFormat::load();
    ASSERT_TRUE(illustrations.ok());
    const Result<QList<Routine>> builtIns = RoutineFormat::loadBuiltIns(catalog);
    ASSERT_TRUE(builtIns.ok());

    // An A4 page at 150 dpi is the device the blocks are laid out for.
    const QPageLayout layout = SheetStyle::pageLayout(RoutineSheet::Paper::A4);
    const QRect paintable = layout.paintRectPixels(150);
    const QImage device = page(paintable.width(), paintable.height());

    for (const Routine &routine : builtIns.value()) {
        for (const RoutineSheet::Layout sheetLayout : {RoutineSheet::Layout::Detailed, RoutineSheet::Layout::Compact}) {
            RoutineSheet sheet = RoutineSheet::forRoutine(routine);
            sheet.layout = sheetLayout;
            sheet.weeks = 4;
            sheet.personName = QStringLiteral("Alex Example");
            const SheetStyle style(device, sheet.layout);
            const SheetBlocks blocks
                = SheetComposer::blocks(style, sheet, catalog, illustrations.value(), device.height() * 0.9);
            ASSERT_FALSE(blocks.empty());
            for (std::size_t index = 0; index < blocks.size(); ++index) {
                const SheetBlock &block = *blocks.at(index);
                const std::string where = routine.id.toStdString() + " "
                    + RoutineSheet::layoutId(sheetLayout).toStdString() + ", block " + std::to_string(index);
                ASSERT_GT(block.height(), 0) << where;
                QImage canvas = page(device.width(), int(block.height()) + 2 * margin);
                {
                    QPainter painter(&canvas);
                    painter.setRenderHint(QPainter::Antialiasing);
                    painter.setRenderHint(QPainter::TextAntialiasing);
                    block.paint(painter, margin);
                }
                const auto [first, last] = paintedRows(canvas);
                ASSERT_GE(first, 0) << where << ": nothing was painted";
                // One row either way for antialiased edges on the measured box.
                EXPECT_GE(first, margin - 1) << where << ": paints above its top";
                EXPECT_LE(last, margin + int(std::ceil(block.height())) + 1) << where << ": paints below its height";
            }
        }
    }
}

} // namespace
