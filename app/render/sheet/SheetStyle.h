#pragma once

#include "model/RoutineSheet.h"
#include "render/FigurePainter.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>

class QPaintDevice;

namespace Limber {

// The look of a routine sheet on one device: its inks, its fonts, its figures' colours, the
// page's margins, and lengths given in points turned into the device's pixels, so that the same
// layout serves a 1200 dpi PDF and a print preview.
class SheetStyle final
{
public:
    // Dark text, one blue accent, a warm colour for safety notes, light greys for rules.
    // Everything still reads when printed in black and white.
    struct Ink {
        QColor text{0x1f, 0x29, 0x33};
        QColor muted{0x5b, 0x67, 0x76};
        QColor accent{0x1d, 0x5a, 0x85};
        QColor rule{0xc3, 0xcc, 0xd6};
        QColor faint{0xee, 0xf3, 0xf8};
        QColor safety{0xa3, 0x4a, 0x0d};
        QColor safetyFill{0xfd, 0xf4, 0xe8};
        QColor white{0xff, 0xff, 0xff};
    };

    static constexpr double marginMillimetres = 15.0;
    // Wrapped text: left-aligned, from the top of its box.
    static constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

    // The page a sheet is laid out for: the paper, portrait, the margins all round.
    static QPageLayout pageLayout(RoutineSheet::Paper paper);

    SheetStyle(const QPaintDevice &device, RoutineSheet::Layout layout);

    [[nodiscard]] const Ink &ink() const { return m_ink; }
    [[nodiscard]] const FigurePainter &figures() const { return m_figures; }
    [[nodiscard]] bool compact() const { return m_compact; }
    // The width between the margins, in the device's pixels.
    [[nodiscard]] double width() const { return m_width; }
    // A length in points, in the device's pixels.
    [[nodiscard]] double pt(double points) const { return points * m_scale; }

    // The sheet's sans-serif face: Noto Sans, else DejaVu Sans.
    [[nodiscard]] static QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false);
    [[nodiscard]] QFontMetricsF metrics(const QFont &font) const;
    // The height of `text` wrapped to `width`; 0 for no text.
    [[nodiscard]] double textHeight(const QFont &font, double width, const QString &text) const;

private:
    const QPaintDevice &m_device;
    Ink m_ink;
    FigurePainter m_figures;
    double m_scale;
    double m_width;
    bool m_compact;
};

} // namespace Limber
