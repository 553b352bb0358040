#include "DetailedExerciseBlock.h"

#include "SheetExercise.h"
#include "SheetStyle.h"

#include <QPainter>

#include <algorithm>

namespace Limber {

namespace {

QFont titleFont()
{
    return SheetStyle::font(13, QFont::Bold);
}

} // namespace

DetailedExerciseBlock::DetailedExerciseBlock(const SheetStyle &style, const IllustrationSet &illustrations,
                                             const SheetExercise &exercise, int number)
    : m_accent(style.ink().accent)
    , m_figures(style, illustrations, exercise, style.width() * 0.42, style.pt(100))
{
    const double width = style.width();
    const QFont dose = SheetStyle::font(11, QFont::Bold);
    const QFont facts = SheetStyle::font(8.5);
    const QFont note = SheetStyle::font(8, QFont::Normal, true);
    const double disc = style.pt(18);
    const double textX = disc + style.pt(6);
    const double pad = style.pt(10);
    const double figureWidth = width * 0.42;
    const bool hasFigures = !m_figures.isEmpty();
    const double stepsX = hasFigures ? figureWidth + style.pt(18) : textX;

    double y = pad;
    layOutTitle(style, exercise, number, y);
    y += style.metrics(titleFont()).height() + style.pt(1);
    m_head.append(SheetText::wrapped(style, dose, style.ink().accent, textX, y, width - textX, exercise.dose));
    y += m_head.last().height + style.pt(1);
    m_head.append(SheetText::wrapped(style, facts, style.ink().muted, textX, y, width - textX, exercise.facts));
    y += m_head.last().height + style.pt(8);

    double figuresHeight = 0;
    if (hasFigures) {
        m_figures.placeAt(QPointF(0, y));
        figuresHeight = m_figures.cellHeight();
        if (exercise.perSide) {
            m_perSideNote
                = SheetText::wrapped(style, note, style.ink().muted, 0, y + m_figures.cellHeight() + style.pt(3),
                                     figureWidth, FigureStrip::perSideNote());
            figuresHeight += style.pt(3) + m_perSideNote->height;
        }
    }
    const double stepsHeight = layOutSteps(style, exercise, stepsX, y, width - stepsX);
    m_height = y + std::max(figuresHeight, stepsHeight) + pad;
    m_rule = SheetLine{QLineF(QPointF(0, m_height), QPointF(width, m_height)), style.ink().rule, style.pt(0.6)};
}

// A numbered disc, the exercise's name and, on the right, the time it takes.
void DetailedExerciseBlock::layOutTitle(const SheetStyle &style, const SheetExercise &exercise, int number, double y)
{
    const QFont title = titleFont();
    const QFontMetricsF fm = style.metrics(title);
    const double disc = style.pt(18);
    m_disc = QRectF(0, y + (fm.height() - disc) / 2, disc, disc);
    m_head.append(SheetText::inBox(SheetStyle::font(title.pointSizeF() * 0.62, QFont::Bold), style.ink().white, m_disc,
                                   Qt::AlignCenter, QString::number(number)));
    const QFont timeFont = SheetStyle::font(title.pointSizeF() * 0.62);
    const QString &time = exercise.time;
    const double timeWidth = time.isEmpty() ? 0 : style.metrics(timeFont).horizontalAdvance(time) + style.pt(8);
    const double nameX = disc + style.pt(6);
    const double nameWidth = style.width() - nameX - timeWidth;
    m_head.append(SheetText::inBox(title, style.ink().text, QRectF(nameX, y, nameWidth, fm.height()),
                                   Qt::AlignLeft | Qt::AlignVCenter,
                                   fm.elidedText(exercise.name, Qt::ElideRight, nameWidth)));
    if (!time.isEmpty())
        m_head.append(SheetText::inBox(timeFont, style.ink().muted, QRectF(0, y, style.width(), fm.height()),
                                       Qt::AlignRight | Qt::AlignVCenter, time));
}

double DetailedExerciseBlock::layOutSteps(const SheetStyle &style, const SheetExercise &exercise, double x, double y,
                                          double width)
{
    const QFont body = SheetStyle::font(9.5);
    const QFont label = SheetStyle::font(7, QFont::Bold);
    const QFont safety = SheetStyle::font(9);
    const double indent = style.pt(13);
    const double top = y;
    QFont numberFont = body;
    numberFont.setWeight(QFont::Bold);
    for (qsizetype i = 0; i < exercise.steps.size(); ++i) {
        m_steps.append(SheetText::at(numberFont, style.ink().accent, QPointF(x, y + style.metrics(body).ascent()),
                                     QStringLiteral("%1.").arg(i + 1)));
        m_steps.append(
            SheetText::wrapped(style, body, style.ink().text, x + indent, y, width - indent, exercise.steps.at(i)));
        y += m_steps.last().height + style.pt(2.5);
    }
    if (exercise.safety.isEmpty())
        return y - top;
    const double pad = style.pt(5);
    const double bar = style.pt(2.5);
    y += style.pt(4);
    const double labelHeight = style.metrics(label).height();
    SafetyBox box;
    box.fill = style.ink().safetyFill;
    box.bar = style.ink().safety;
    box.label = SheetText::at(label, style.ink().safety,
                              QPointF(x + bar + pad, y + pad + style.metrics(label).ascent()), tr("SAFETY"));
    box.text = SheetText::wrapped(style, safety, style.ink().text, x + bar + pad, y + pad + labelHeight,
                                  width - pad * 2 - bar, exercise.safety);
    const double boxHeight = pad + labelHeight + box.text.height + pad;
    box.box = QRectF(x, y, width, boxHeight);
    box.barBox = QRectF(x, y, bar, boxHeight);
    m_safety = box;
    return y + boxHeight - top;
}

void DetailedExerciseBlock::paint(QPainter &painter, double top) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_accent);
    painter.drawEllipse(m_disc.translated(0, top));
    painter.setBrush(Qt::NoBrush);
    for (const SheetText &text : m_head)
        text.paint(painter, top);
    m_figures.paint(painter, top);
    if (m_perSideNote)
        m_perSideNote->paint(painter, top);
    for (const SheetText &text : m_steps)
        text.paint(painter, top);
    if (m_safety) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_safety->fill);
        painter.drawRect(m_safety->box.translated(0, top));
        painter.setBrush(m_safety->bar);
        painter.drawRect(m_safety->barBox.translated(0, top));
        painter.setBrush(Qt::NoBrush);
        m_safety->label.paint(painter, top);
        m_safety->text.paint(painter, top);
    }
    m_rule.paint(painter, top);
}

} // namespace Limber
