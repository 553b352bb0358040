#pragma once

#include <QColor>

class QPalette;

namespace Limber {

// The colours of an exercise figure. forPalette picks a set that reads well on the palette's
// window colour, light or dark; print and PDF use light().
struct FigureColors {
    QColor background; // the surface the figure is drawn on (used to separate overlapping parts)
    QColor ink; // body, near limbs
    QColor farInk; // limbs on the far side
    QColor highlight; // the working area of the back
    QColor detail; // lines drawn on the body, such as the shoulder blades
    QColor prop; // walls, chair, roller: a muted fill
    QColor propLine; // their outlines, and dumbbells and bands
    QColor floor;
    QColor arrow; // direction of movement

    static FigureColors light();
    static FigureColors dark();
    static FigureColors forPalette(const QPalette &palette);
};

} // namespace Limber
