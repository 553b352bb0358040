#pragma once

#include "Point3.h"

namespace Limber {

// An arrow that shows which way a part of the body moves, from `from` to `to` (centimetres in
// the figure's world). `bend` curves it: the arc's middle sits `bend` centimetres to the left of
// the straight line (as seen on the page, before any mirroring); 0 draws it straight.
struct MotionArrow {
    Point3 from;
    Point3 to;
    double bend = 0;

    friend bool operator==(const MotionArrow &, const MotionArrow &) = default;
};

} // namespace Limber
