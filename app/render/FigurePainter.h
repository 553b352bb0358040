#pragma once

#include "FigureColors.h"
#include "illustration/MotionArrow.h"
#include "model/Side.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Limber {

class Pose;
struct IllustrationSpec;

// Draws an exercise figure: the floor, the props, the body in one pose with the working part of
// the back highlighted, and arrows for the direction of movement. It only issues vector drawing
// calls, so the same code serves the screen, PNG files, print and PDF.
//
// The figure is fitted into `target` with its aspect ratio kept, on the scale of the exercise's
// frame (IllustrationSpec::frame()), so that every key position and the motion between them line
// up. For a per-side exercise, the side that was not drawn is shown as the mirror image.
class FigurePainter final
{
public:
    explicit FigurePainter(FigureColors colors);

    [[nodiscard]] const FigureColors &colors() const { return m_colors; }

    void paint(QPainter &painter, const QRectF &target, const IllustrationSpec &spec, const Pose &pose,
               Side side = Side::None, const QList<MotionArrow> &arrows = {}, double arrowOpacity = 1.0) const;

    // Width / height of the exercise's frame, to size a view or a cell for it.
    [[nodiscard]] static double aspectRatio(const IllustrationSpec &spec);

private:
    FigureColors m_colors;
};

} // namespace Limber
