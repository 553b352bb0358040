#include "FigureStrip.h"

#include "SheetExercise.h"
#include "SheetStyle.h"
#include "illustration/IllustrationSet.h"
#include "render/FigurePainter.h"

#include <QPainter>

#include <algorithm>

namespace Limber {

FigureStrip::FigureStrip(const SheetStyle &style, const IllustrationSet &illustrations, const SheetExercise &exercise,
                         double width, double maxHeight)
    : m_style(&style)
{
    const IllustrationSpec *spec = illustrations.find(exercise.id);
    if (!spec)
        return;
    for (const QString &name : exercise.keyPositions) {
        if (const KeyPosition *position = spec->position(name))
            m_positions.append(position);
    }
    if (m_positions.isEmpty())
        return;
    m_spec = spec;
    m_side = spec->perSide ? (spec->authoredSide == Side::None ? Side::Left : spec->authoredSide) : Side::None;
    const qsizetype n = m_positions.size();
    m_gap = style.pt(style.compact() ? 10 : 14);
    m_cellWidth = (width - m_gap * double(n - 1)) / double(n);
    const double aspect = std::max(0.2, FigurePainter::aspectRatio(*spec));
    m_cellHeight = std::clamp(m_cellWidth / aspect, maxHeight * 0.55, maxHeight);
}

double FigureStrip::usedWidth() const
{
    return m_cellWidth * double(m_positions.size()) + m_gap * double(m_positions.size() - 1);
}

void FigureStrip::placeAt(QPointF topLeft)
{
    m_cells.clear();
    if (isEmpty())
        return;
    const double inset = m_style->pt(m_style->compact() ? 3 : 5);
    const QFont numberFont = SheetStyle::font(m_style->compact() ? 6.5 : 7, QFont::Bold);
    for (qsizetype i = 0; i < m_positions.size(); ++i) {
        Cell cell;
        cell.frame = QRectF(topLeft.x() + double(i) * (m_cellWidth + m_gap), topLeft.y(), m_cellWidth, m_cellHeight);
        cell.figure = cell.frame.adjusted(inset, inset, -inset, -inset);
        // A small number in the corner: the order of the positions.
        cell.number = SheetText::inBox(numberFont, m_style->ink().muted,
                                       cell.frame.adjusted(m_style->pt(4), m_style->pt(2), 0, 0),
                                       Qt::AlignLeft | Qt::AlignTop, QString::number(i + 1));
        if (i + 1 < m_positions.size()) {
            // A chevron pointing on to the next position.
            const double cx = cell.frame.right() + m_gap / 2;
            const double cy = cell.frame.center().y();
            const double s = m_gap * 0.18;
            cell.chevron.moveTo(cx - s, cy - s * 1.6);
            cell.chevron.lineTo(cx + s, cy);
            cell.chevron.lineTo(cx - s, cy + s * 1.6);
        }
        m_cells.append(cell);
    }
}

void FigureStrip::paint(QPainter &painter, double top) const
{
    const SheetStyle::Ink &ink = m_style->ink();
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const Cell &cell = m_cells.at(i);
        painter.setPen(QPen(ink.rule, m_style->pt(0.6)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(cell.frame.translated(0, top), m_style->pt(4), m_style->pt(4));
        painter.save();
        m_style->figures().paint(painter, cell.figure.translated(0, top), *m_spec, m_positions.at(i)->pose, m_side,
                                 m_positions.at(i)->arrows);
        painter.restore();
        cell.number.paint(painter, top);
        if (!cell.chevron.isEmpty()) {
            painter.setPen(QPen(ink.muted, m_style->pt(1.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(cell.chevron.translated(0, top));
        }
    }
}

QString FigureStrip::perSideNote()
{
    return tr("Shown on one side: do the same on the other side.");
}

} // namespace Limber
