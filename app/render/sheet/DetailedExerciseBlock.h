#pragma once

#include "FigureStrip.h"
#include "SheetBlock.h"
#include "SheetLine.h"
#include "SheetText.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Limber {

class IllustrationSet;
class SheetStyle;
struct SheetExercise;

// The detailed layout, one exercise across the page: a numbered disc, the name and the time it
// takes, the dose and the facts below; then large figures of the key positions on the left and
// the numbered steps with the safety note in a tinted box on the right; a rule underneath.
class DetailedExerciseBlock final : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    DetailedExerciseBlock(const SheetStyle &style, const IllustrationSet &illustrations, const SheetExercise &exercise,
                          int number);

    void paint(QPainter &painter, double top) const override;

private:
    void layOutTitle(const SheetStyle &style, const SheetExercise &exercise, int number, double y);
    // The steps as a numbered list, and the safety note in a box; returns their height.
    double layOutSteps(const SheetStyle &style, const SheetExercise &exercise, double x, double y, double width);

    QColor m_accent;
    QRectF m_disc;
    QList<SheetText> m_head; // the disc's number, the name, the time, the dose, the facts
    FigureStrip m_figures;
    std::optional<SheetText> m_perSideNote;
    QList<SheetText> m_steps; // each step's number, then the step
    struct SafetyBox {
        QColor fill;
        QColor bar;
        QRectF box;
        QRectF barBox;
        SheetText label;
        SheetText text;
    };
    std::optional<SafetyBox> m_safety;
    SheetLine m_rule;
};

} // namespace Limber
