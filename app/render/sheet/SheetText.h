#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace Limber {

class SheetStyle;

// A piece of text laid out on the sheet, relative to the top of its block: what it says, in
// which font and ink, and where: in a box with an alignment, or from a baseline. Painting only
// draws it there.
struct SheetText {
    QString text;
    QFont font;
    QColor ink;
    QRectF box; // when not from a baseline
    int flags = 0;
    QPointF baseline; // where the text starts, when `fromBaseline`
    bool fromBaseline = false;
    double height = 0; // the wrapped text's own height (its box is a little taller)

    // Text wrapped to `width` with its top-left at (x, y).
    static SheetText wrapped(const SheetStyle &style, const QFont &font, const QColor &ink, double x, double y,
                             double width, const QString &text);
    // Text in a box, aligned in it by `flags`.
    static SheetText inBox(const QFont &font, const QColor &ink, const QRectF &box, int flags, const QString &text);
    // One line of text starting at `baseline`.
    static SheetText at(const QFont &font, const QColor &ink, QPointF baseline, const QString &text);

    // Draws the text with its block's top at `top`.
    void paint(QPainter &painter, double top) const;
};

} // namespace Limber
