#pragma once

#include "SheetBlock.h"
#include "SheetText.h"

#include <QCoreApplication>
#include <QList>

namespace Limber {

class SheetStyle;

// How to get the most from the routine: a tinted box with an accent bar, a heading and three
// bulleted points, the last (see a professional if the pain persists) in bold.
class AdviceBlock final : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    explicit AdviceBlock(const SheetStyle &style);

    void paint(QPainter &painter, double top) const override;

private:
    struct Point {
        QPointF dot; // the bullet's centre
        SheetText text;
    };

    QColor m_fill;
    QColor m_accent;
    QRectF m_box;
    QRectF m_bar;
    SheetText m_heading;
    double m_dotRadius = 0;
    QList<Point> m_points;
};

} // namespace Limber
