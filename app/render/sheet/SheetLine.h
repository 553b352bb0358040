#pragma once

#include <QColor>
#include <QLineF>
#include <QPainter>
#include <QPen>

namespace Limber {

// A straight line laid out on the sheet, relative to the top of its block, in an ink and a width.
struct SheetLine {
    QLineF line;
    QColor ink;
    double width = 0;

    void paint(QPainter &painter, double top) const
    {
        painter.setPen(QPen(ink, width));
        painter.drawLine(line.translated(0, top));
    }
};

} // namespace Limber
