#pragma once

#include "SheetBlock.h"
#include "SheetLine.h"
#include "SheetText.h"
#include "model/RoutineSheet.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Limber {

class SheetStyle;

// The top of the sheet: "ROUTINE SHEET", the routine's name, its level, time and number of
// exercises, its description, whom it is for (or a line to write a name on) and the date, over
// an accent rule.
class HeaderBlock final : public SheetBlock
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    // `exercises`: how many the sheet shows; `seconds`: how long the routine takes at its level.
    HeaderBlock(const SheetStyle &style, const RoutineSheet &sheet, int exercises, int seconds);

    void paint(QPainter &painter, double top) const override;

private:
    QList<SheetText> m_texts; // down to "For:" and the name
    std::optional<SheetLine> m_nameLine; // to write a name on, when the sheet has none
    SheetText m_date;
    SheetLine m_rule;
};

} // namespace Limber
