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

// The compact layout, one exercise as a row of a table: small figures on the left; on the
// right a numbered disc, the name with the dose beside it when it fits and the time, then the
// facts, the steps as one paragraph and the safety note beside a bar; a rule underneath.
class CompactExerciseBlock final : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    CompactExerciseBlock(const SheetStyle &style, const IllustrationSet &illustrations, const SheetExercise &exercise,
                         int number);

    void paint(QPainter &painter, double top) const override;

    // The steps as one paragraph: "1. Sit tall.  2. Squeeze ...".
    [[nodiscard]] static QString runOnSteps(const QStringList &steps);

private:
    FigureStrip m_figures;
    std::optional<SheetText> m_perSideNote;
    QColor m_accent;
    QColor m_safetyInk;
    QRectF m_disc;
    QList<SheetText> m_texts; // the disc's number, the name, the dose and time, the facts, the steps
    std::optional<QRectF> m_safetyBar;
    std::optional<SheetText> m_safety;
    SheetLine m_rule;
};

} // namespace Limber
