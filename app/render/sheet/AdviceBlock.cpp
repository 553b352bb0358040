#include "AdviceBlock.h"

#include "SheetStyle.h"
#include "model/SafetyAdvice.h"

#include <QPainter>

namespace Limber {

AdviceBlock::AdviceBlock(const SheetStyle &style)
    : m_fill(style.ink().faint)
    , m_accent(style.ink().accent)
{
    const bool compact = style.compact();
    const QFont heading = SheetStyle::font(compact ? 8.5 : 10, QFont::Bold);
    const QFont body = SheetStyle::font(compact ? 8 : 9);
    const QFont strong = SheetStyle::font(compact ? 8 : 9, QFont::Bold);
    QList<std::pair<QFont, QString>> points{
        {body, tr("A few minutes every day does more good than a long session once in a while.")},
        {body,
         tr("Keep at it: doing the routine regularly is what brings lasting relief and helps keep the pain "
            "away.")},
        {strong, tr("If your pain persists or gets worse, see a healthcare professional.")},
    };
    // When to stop, for every exercise: once here, where it is read first, not a dozen times.
    points.insert(points.size() - 1, {body, SafetyAdvice::stopIf()});
    const double pad = style.pt(compact ? 5 : 8);
    const double bar = style.pt(3);
    const double bullet = style.pt(10);
    const double textWidth = style.width() - bar - pad * 2 - bullet;
    const double x = bar + pad;
    m_dotRadius = style.pt(1.6);

    double y = pad;
    m_heading = SheetText::at(heading, m_accent, QPointF(x, y + style.metrics(heading).ascent()),
                              tr("How to get the most from it"));
    y += style.metrics(heading).height() + style.pt(2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto &[font, text] = points.at(i);
        Point point;
        point.dot = QPointF(x + m_dotRadius * 1.5, y + style.metrics(font).ascent() * 0.62);
        point.text = SheetText::wrapped(style, font, style.ink().text, x + bullet, y, textWidth, text);
        y += point.text.height;
        // The last point ends at the box's padding.
        y += i + 1 < points.size() ? style.pt(1.5) : pad;
        m_points.append(point);
    }
    m_height = y;
    m_gapBefore = style.pt(compact ? 6 : 12);
    m_box = QRectF(0, 0, style.width(), m_height);
    m_bar = QRectF(0, 0, bar, m_height);
}

void AdviceBlock::paint(QPainter &painter, double top) const
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_fill);
    painter.drawRect(m_box.translated(0, top));
    painter.setBrush(m_accent);
    painter.drawRect(m_bar.translated(0, top));
    painter.setBrush(Qt::NoBrush);
    m_heading.paint(painter, top);
    for (const Point &point : m_points) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_accent);
        painter.drawEllipse(point.dot + QPointF(0, top), m_dotRadius, m_dotRadius);
        painter.setBrush(Qt::NoBrush);
        point.text.paint(painter, top);
    }
}

} // namespace Limber
