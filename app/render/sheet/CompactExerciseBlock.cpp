#include "CompactExerciseBlock.h"

#include "SheetExercise.h"
#include "SheetStyle.h"

#include <QPainter>

#include <algorithm>

namespace Limber {

CompactExerciseBlock::CompactExerciseBlock(const SheetStyle &style, const IllustrationSet &illustrations,
                                           const SheetExercise &exercise, int number)
    : m_figures(style, illustrations, exercise, style.width() * 0.30, style.pt(62))
    , m_accent(style.ink().accent)
    , m_safetyInk(style.ink().safety)
{
    const SheetStyle::Ink &ink = style.ink();
    const QFont title = SheetStyle::font(10, QFont::Bold);
    const QFont dose = SheetStyle::font(9, QFont::Bold);
    const QFont facts = SheetStyle::font(7.5);
    const QFont body = SheetStyle::font(8);
    const QFont safety = SheetStyle::font(7.5, QFont::Normal, true);
    const QFont note = SheetStyle::font(6.5, QFont::Normal, true);
    const double pad = style.pt(6);
    const double disc = style.pt(14);
    const double figureWidth = style.width() * 0.30;
    const bool hasFigures = !m_figures.isEmpty();
    const double x = hasFigures ? figureWidth + style.pt(12) : 0;
    const double width = style.width() - x;
    const double textX = disc + style.pt(5);
    const double textWidth = width - textX;
    const double bar = style.pt(2);

    double figuresHeight = 0;
    if (hasFigures) {
        m_figures.placeAt(QPointF((figureWidth - m_figures.usedWidth()) / 2, pad));
        figuresHeight = m_figures.cellHeight();
        if (exercise.perSide) {
            m_perSideNote = SheetText::wrapped(style, note, ink.muted, 0, pad + m_figures.cellHeight() + style.pt(2),
                                               figureWidth, FigureStrip::perSideNote());
            figuresHeight += style.pt(2) + m_perSideNote->height;
        }
    }

    double y = pad;
    const double titleHeight = style.metrics(title).height();
    const double timeWidth = style.metrics(facts).horizontalAdvance(exercise.time) + style.pt(8);
    const double nameWidth = style.metrics(title).horizontalAdvance(exercise.name);
    const bool doseInline
        = textX + nameWidth + style.pt(10) + style.metrics(dose).horizontalAdvance(exercise.dose) <= width - timeWidth;
    m_disc = QRectF(x, y + (titleHeight - disc) / 2, disc, disc);
    m_texts.append(SheetText::inBox(SheetStyle::font(7, QFont::Bold), ink.white, m_disc, Qt::AlignCenter,
                                    QString::number(number)));
    m_texts.append(SheetText::inBox(
        title, ink.text, QRectF(x + textX, y, width - textX - timeWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
        style.metrics(title).elidedText(exercise.name, Qt::ElideRight, width - textX - timeWidth)));
    if (doseInline)
        m_texts.append(SheetText::inBox(dose, ink.accent,
                                        QRectF(x + textX + nameWidth + style.pt(10), y, width, titleHeight),
                                        Qt::AlignLeft | Qt::AlignVCenter, exercise.dose));
    m_texts.append(SheetText::inBox(facts, ink.muted, QRectF(x, y, width, titleHeight),
                                    Qt::AlignRight | Qt::AlignVCenter, exercise.time));
    y += titleHeight;
    if (!doseInline) {
        m_texts.append(SheetText::wrapped(style, dose, ink.accent, x + textX, y, textWidth, exercise.dose));
        y += m_texts.last().height;
    }
    m_texts.append(SheetText::wrapped(style, facts, ink.muted, x + textX, y, textWidth, exercise.facts));
    y += m_texts.last().height + style.pt(3);
    m_texts.append(SheetText::wrapped(style, body, ink.text, x + textX, y, textWidth, runOnSteps(exercise.steps)));
    y += m_texts.last().height;
    if (!exercise.safety.isEmpty()) {
        y += style.pt(3);
        m_safety = SheetText::wrapped(style, safety, ink.safety, x + textX + bar + style.pt(4), y,
                                      textWidth - bar - style.pt(4), tr("Safety: %1").arg(exercise.safety));
        m_safetyBar = QRectF(x + textX, y, bar, m_safety->height);
        y += m_safety->height;
    }
    m_height = pad + std::max(figuresHeight, y - pad) + pad;
    m_rule = SheetLine{QLineF(QPointF(0, m_height), QPointF(style.width(), m_height)), ink.rule, style.pt(0.6)};
}

QString CompactExerciseBlock::runOnSteps(const QStringList &steps)
{
    QStringList numbered;
    for (qsizetype i = 0; i < steps.size(); ++i)
        numbered.append(tr("%1. %2", "a numbered step").arg(i + 1).arg(steps.at(i)));
    return numbered.join(QStringLiteral("  "));
}

void CompactExerciseBlock::paint(QPainter &painter, double top) const
{
    m_figures.paint(painter, top);
    if (m_perSideNote)
        m_perSideNote->paint(painter, top);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_accent);
    painter.drawEllipse(m_disc.translated(0, top));
    painter.setBrush(Qt::NoBrush);
    for (const SheetText &text : m_texts)
        text.paint(painter, top);
    if (m_safety) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_safetyInk);
        painter.drawRect(m_safetyBar->translated(0, top));
        painter.setBrush(Qt::NoBrush);
        m_safety->paint(painter, top);
    }
    m_rule.paint(painter, top);
}

} // namespace Limber
