#include "HeaderBlock.h"

#include "SheetStyle.h"
#include "model/DoseText.h"

#include <QLocale>
#include <QPainter>

namespace Limber {

HeaderBlock::HeaderBlock(const SheetStyle &style, const RoutineSheet &sheet, int exercises, int seconds)
{
    const bool compact = style.compact();
    const double width = style.width();
    const SheetStyle::Ink &ink = style.ink();
    const QFont kicker = SheetStyle::font(compact ? 7.5 : 8, QFont::Bold);
    const QFont title = SheetStyle::font(compact ? 17 : 20, QFont::Bold);
    const QFont facts = SheetStyle::font(compact ? 9.5 : 10.5);
    const QFont description = SheetStyle::font(compact ? 8.5 : 9.5, QFont::Normal, true);
    const QFont field = SheetStyle::font(compact ? 9 : 10);
    const QString factsText = tr("Level: %1   ·   Takes about %2   ·   %n exercises", nullptr, exercises)
                                  .arg(levelLabel(sheet.level), DoseText::duration(seconds));
    const QString &descriptionText = sheet.routine.description;
    const double gap = style.pt(compact ? 3 : 6);

    double y = 0;
    const double kickerHeight = style.metrics(kicker).height();
    const QRectF kickerBox(0, y, width, kickerHeight);
    m_texts.append(
        SheetText::inBox(kicker, ink.accent, kickerBox, Qt::AlignLeft | Qt::AlignVCenter, tr("ROUTINE SHEET")));
    m_texts.append(SheetText::inBox(kicker, ink.muted, kickerBox, Qt::AlignRight | Qt::AlignVCenter,
                                    tr("Limber · exercises for the mid and upper back")));
    y += kickerHeight + style.pt(2);
    m_texts.append(SheetText::wrapped(style, title, ink.text, 0, y, width, sheet.routine.name));
    y += m_texts.last().height + gap;
    m_texts.append(SheetText::wrapped(style, facts, ink.text, 0, y, width, factsText));
    y += m_texts.last().height;
    if (!descriptionText.isEmpty()) {
        m_texts.append(SheetText::wrapped(style, description, ink.muted, 0, y + style.pt(3), width, descriptionText));
        y += style.pt(3) + m_texts.last().height;
    }
    y += gap * 2;

    // "For: ____   Date: ____", to fill in by hand when no name was given.
    const QFontMetricsF fm = style.metrics(field);
    const double fieldHeight = fm.height();
    const QString forLabel = tr("For:");
    m_texts.append(SheetText::at(field, ink.muted, QPointF(0, y + fm.ascent()), forLabel));
    const double nameX = fm.horizontalAdvance(forLabel) + style.pt(6);
    if (sheet.personName.isEmpty()) {
        m_nameLine = SheetLine{QLineF(QPointF(nameX, y + fm.ascent() + style.pt(2)),
                                      QPointF(nameX + width * 0.38, y + fm.ascent() + style.pt(2))),
                               ink.rule, style.pt(0.6)};
    } else {
        const QFont name = SheetStyle::font(compact ? 9 : 10, QFont::Bold);
        m_texts.append(SheetText::inBox(
            name, ink.text, QRectF(nameX, y, width * 0.55, fieldHeight), Qt::AlignLeft | Qt::AlignVCenter,
            style.metrics(name).elidedText(sheet.personName, Qt::ElideRight, width * 0.55)));
    }
    m_date = SheetText::inBox(field, ink.muted, QRectF(0, y, width, fieldHeight), Qt::AlignRight | Qt::AlignVCenter,
                              tr("Date: %1").arg(QLocale().toString(sheet.printedDate(), QLocale::LongFormat)));
    y += fieldHeight + gap;
    m_rule = SheetLine{QLineF(QPointF(0, y), QPointF(width, y)), ink.accent, style.pt(1.5)};
    m_height = y + style.pt(2);
}

void HeaderBlock::paint(QPainter &painter, double top) const
{
    for (const SheetText &text : m_texts)
        text.paint(painter, top);
    if (m_nameLine)
        m_nameLine->paint(painter, top);
    m_date.paint(painter, top);
    m_rule.paint(painter, top);
}

} // namespace Limber
