#include "SheetText.h"

#include "SheetStyle.h"

#include <QPainter>

namespace Limber {

SheetText SheetText::wrapped(const SheetStyle &style, const QFont &font, const QColor &ink, double x, double y,
                             double width, const QString &text)
{
    const double height = style.textHeight(font, width, text);
    // A little taller than the text, so that nothing of its last line is clipped.
    SheetText result = inBox(font, ink, QRectF(x, y, width, height + style.pt(2)), SheetStyle::wrapFlags, text);
    result.height = height;
    return result;
}

SheetText SheetText::inBox(const QFont &font, const QColor &ink, const QRectF &box, int flags, const QString &text)
{
    SheetText result;
    result.text = text;
    result.font = font;
    result.ink = ink;
    result.box = box;
    result.flags = flags;
    result.height = box.height();
    return result;
}

SheetText SheetText::at(const QFont &font, const QColor &ink, QPointF baseline, const QString &text)
{
    SheetText result;
    result.text = text;
    result.font = font;
    result.ink = ink;
    result.baseline = baseline;
    result.fromBaseline = true;
    return result;
}

void SheetText::paint(QPainter &painter, double top) const
{
    painter.setFont(font);
    painter.setPen(ink);
    if (fromBaseline)
        painter.drawText(baseline + QPointF(0, top), text);
    else
        painter.drawText(box.translated(0, top), flags, text);
}

} // namespace Limber
