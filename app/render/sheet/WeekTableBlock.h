#pragma once

#include "SheetBlock.h"
#include "SheetLine.h"
#include "SheetText.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Limber {

class SheetStyle;

// One week of the tracking grid, or part of one for a routine too long for a page: a header
// row with the week and the days, a row of tick boxes for each exercise, and a last row to rate
// the day's pain, with the grid's heading and how to use it above the first.
class WeekTableBlock final : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    // `rows`: the exercises' names as the grid lists them ("3. Rows"). `week` of `weeks`.
    WeekTableBlock(const SheetStyle &style, int week, int weeks, const QStringList &rows, bool withHeading,
                   bool withPainRow);

    // The height of a row of tick boxes.
    [[nodiscard]] static double rowHeight(const SheetStyle &style);

    void paint(QPainter &painter, double top) const override;

private:
    struct Row {
        SheetText name;
        QList<QRectF> boxes; // one a day
        SheetLine rule; // under the row
    };

    QColor m_fill;
    QColor m_boxInk;
    double m_boxLine = 0;
    double m_boxRadius = 0;
    QList<SheetText> m_heading; // the heading and its explanation, above the first table
    QRectF m_headerRow;
    QList<SheetText> m_header; // the week, "from ___ / ___", the days
    QList<Row> m_rows;
    std::optional<SheetText> m_painRow;
    QList<SheetLine> m_columns;
    QRectF m_frame;
    QColor m_frameInk;
    double m_frameLine = 0;
};

} // namespace Limber
