#pragma once

#include "SheetLine.h"
#include "SheetText.h"
#include "model/RoutineSheet.h"

#include <QCoreApplication>

namespace Limber {

class SheetStyle;

// The foot of every page: a rule, the routine and its level on the left, "Page 2 of 3" on the
// right. Laid out once for the sheet; each page paints it with its own number.
class SheetFooter final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    SheetFooter(const SheetStyle &style, const RoutineSheet &sheet);

    // The space it takes at the bottom of a page.
    [[nodiscard]] double height() const { return m_height; }

    void paint(QPainter &painter, double top, int page, int pages) const;

private:
    double m_height;
    SheetLine m_rule;
    SheetText m_routine;
    SheetText m_page; // its text has the page numbers to fill in
};

} // namespace Limber
