#include "SheetFooter.h"

#include "SheetStyle.h"

#include <QPainter>

namespace Limber {

SheetFooter::SheetFooter(const SheetStyle &style, const RoutineSheet &sheet)
    : m_height(style.pt(24))
{
    const double y = style.pt(8);
    m_rule = SheetLine{QLineF(QPointF(0, y), QPointF(style.width(), y)), style.ink().rule, style.pt(0.6)};
    const QFont small = SheetStyle::font(7.5);
    const QRectF line(0, y + style.pt(4), style.width(), style.pt(12));
    m_routine = SheetText::inBox(
        small, style.ink().muted, line, Qt::AlignLeft | Qt::AlignVCenter,
        tr("Limber · %1 · %2 level", "footer: routine name, level").arg(sheet.routine.name, levelLabel(sheet.level)));
    m_page = SheetText::inBox(small, style.ink().muted, line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2"));
}

void SheetFooter::paint(QPainter &painter, double top, int page, int pages) const
{
    m_rule.paint(painter, top);
    m_routine.paint(painter, top);
    SheetText numbered = m_page;
    numbered.text = m_page.text.arg(page).arg(pages);
    numbered.paint(painter, top);
}

} // namespace Limber
