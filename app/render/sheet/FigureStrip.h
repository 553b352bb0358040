#pragma once

#include "SheetText.h"
#include "model/Side.h"

#include <QCoreApplication>
#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace Limber {

class FigurePainter;
class IllustrationSet;
class SheetStyle;
struct IllustrationSpec;
struct KeyPosition;
struct SheetExercise;

// An exercise's key positions drawn side by side in equal framed cells, each numbered in its
// corner, with a chevron pointing on to the next. Sized when made, placed once with placeAt().
class FigureStrip final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    // Cells that share `width`, as tall as the figures' frame wants within 55 % to 100 % of
    // `maxHeight`. Empty when the exercise has no illustration with its key positions.
    FigureStrip(const SheetStyle &style, const IllustrationSet &illustrations, const SheetExercise &exercise,
                double width, double maxHeight);

    [[nodiscard]] bool isEmpty() const { return m_spec == nullptr; }
    [[nodiscard]] double cellHeight() const { return m_cellHeight; }
    // The width the cells and the gaps between them take.
    [[nodiscard]] double usedWidth() const;

    // Lays the cells out from `topLeft`, relative to the top of the block.
    void placeAt(QPointF topLeft);
    void paint(QPainter &painter, double top) const;

    // Under the figures of an exercise done on each side.
    [[nodiscard]] static QString perSideNote();

private:
    struct Cell {
        QRectF frame;
        QRectF figure;
        SheetText number;
        QPainterPath chevron; // empty after the last
    };

    const SheetStyle *m_style;
    const IllustrationSpec *m_spec = nullptr;
    QList<const KeyPosition *> m_positions;
    Side m_side = Side::None;
    double m_cellWidth = 0;
    double m_cellHeight = 0;
    double m_gap = 0;
    QList<Cell> m_cells;
};

} // namespace Limber
