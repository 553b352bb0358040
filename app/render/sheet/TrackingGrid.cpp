#include "TrackingGrid.h"

#include "SheetStyle.h"
#include "WeekTableBlock.h"
#include "model/RoutineSheet.h"

#include <algorithm>

namespace Limber {

SheetBlocks TrackingGrid::blocks(const SheetStyle &style, const RoutineSheet &sheet, const QStringList &exercises,
                                 double pageHeight)
{
    QStringList rows;
    for (qsizetype i = 0; i < exercises.size(); ++i)
        rows.append(QStringLiteral("%1. %2").arg(i + 1).arg(exercises.at(i)));
    // Rows that fit on one page besides the heading, the header row and the pain row.
    const double row = WeekTableBlock::rowHeight(style);
    const qsizetype perPage = std::max<qsizetype>(1, qsizetype((pageHeight - style.pt(90)) / row) - 1);
    SheetBlocks blocks;
    const int weeks = sheet.weekCount();
    for (int week = 1; week <= weeks; ++week) {
        for (qsizetype from = 0; from < std::max<qsizetype>(rows.size(), 1); from += perPage) {
            const qsizetype to = std::min(rows.size(), from + perPage);
            blocks.push_back(std::make_unique<WeekTableBlock>(style, week, sheet.weeks, rows.mid(from, to - from),
                                                              week == 1 && from == 0, to == rows.size()));
        }
    }
    return blocks;
}

} // namespace Limber
