#include "SheetStyle.h"

#include <QPaintDevice>

namespace Limber {

QPageLayout SheetStyle::pageLayout(RoutineSheet::Paper paper)
{
    const QMarginsF margins(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres);
    const QPageSize size(paper == RoutineSheet::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

SheetStyle::SheetStyle(const QPaintDevice &device, RoutineSheet::Layout layout)
    : m_device(device)
    , m_figures(FigureColors::light())
    , m_scale(device.logicalDpiY() / 72.0)
    , m_width(device.width())
    , m_compact(layout == RoutineSheet::Layout::Compact)
{ }

QFont SheetStyle::font(double points, QFont::Weight weight, bool italic)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

QFontMetricsF SheetStyle::metrics(const QFont &font) const
{
    return QFontMetricsF(font, &m_device);
}

double SheetStyle::textHeight(const QFont &font, double width, const QString &text) const
{
    if (text.isEmpty())
        return 0;
    return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), wrapFlags, text).height();
}

} // namespace Limber
