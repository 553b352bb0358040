#include "FigureColors.h"

#include <QPalette>

namespace Limber {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

FigureColors FigureColors::light()
{
    FigureColors colors;
    colors.background = QColor(0xff, 0xff, 0xff);
    colors.ink = QColor(0x2f, 0x3b, 0x4a);
    colors.farInk = QColor(0x8f, 0x9b, 0xa9);
    colors.highlight = QColor(0xf0, 0x7d, 0x2c);
    colors.detail = QColor(0xc9, 0xd2, 0xdc);
    colors.prop = QColor(0xe3, 0xe8, 0xee);
    colors.propLine = QColor(0x9a, 0xa6, 0xb3);
    colors.floor = QColor(0x9a, 0xa6, 0xb3);
    colors.arrow = QColor(0x1a, 0x7f, 0xc4);
    return colors;
}

FigureColors FigureColors::dark()
{
    FigureColors colors;
    colors.background = QColor(0x25, 0x28, 0x2c);
    colors.ink = QColor(0xe6, 0xea, 0xef);
    colors.farInk = QColor(0x86, 0x91, 0x9d);
    colors.highlight = QColor(0xff, 0x9a, 0x4a);
    colors.detail = QColor(0x7d, 0x88, 0x94);
    colors.prop = QColor(0x38, 0x3f, 0x47);
    colors.propLine = QColor(0x6c, 0x78, 0x85);
    colors.floor = QColor(0x7c, 0x88, 0x94);
    colors.arrow = QColor(0x5c, 0xbd, 0xf5);
    return colors;
}

FigureColors FigureColors::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    FigureColors colors = window.lightnessF() < 0.5 ? dark() : light();
    // Keep the separating outlines in the real surface colour, and the muted colours near it.
    colors.background = window;
    colors.prop = mix(colors.prop, window, 0.25);
    return colors;
}

} // namespace Limber
