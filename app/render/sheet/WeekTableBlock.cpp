#include "WeekTableBlock.h"

#include "SheetStyle.h"

#include <QLocale>
#include <QPainter>

namespace Limber {

namespace {

// The locale's short day names, from its first day of the week.
QStringList dayNames()
{
    const QLocale locale;
    QStringList names;
    const int first = int(locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i)
        names.append(locale.dayName((first - 1 + i) % 7 + 1, QLocale::ShortFormat));
    return names;
}

} // namespace

double WeekTableBlock::rowHeight(const SheetStyle &style)
{
    return style.pt(style.compact() ? 13 : 17);
}

WeekTableBlock::WeekTableBlock(const SheetStyle &style, int week, int weeks, const QStringList &rows, bool withHeading,
                               bool withPainRow)
    : m_fill(style.ink().faint)
    , m_boxInk(style.ink().muted)
    , m_boxLine(style.pt(0.7))
    , m_boxRadius(style.pt(1.5))
    , m_frameInk(style.ink().muted)
    , m_frameLine(style.pt(0.8))
{
    const bool compact = style.compact();
    const SheetStyle::Ink &ink = style.ink();
    const double width = style.width();
    const QFont heading = SheetStyle::font(compact ? 10 : 11.5, QFont::Bold);
    const QFont explanation = SheetStyle::font(compact ? 7.5 : 8.5);
    const QFont headFont = SheetStyle::font(8.5, QFont::Bold);
    const QFont cellFont = SheetStyle::font(compact ? 8 : 8.5);
    const QFont painFont = SheetStyle::font(compact ? 7.5 : 8, QFont::Normal, true);
    const double headerRow = style.pt(compact ? 15 : 18);
    const double row = rowHeight(style);
    const double nameWidth = width * 0.34;
    const double dayWidth = (width - nameWidth) / 7;
    m_gapBefore = style.pt(withHeading ? (compact ? 10 : 16) : 10);

    double y = 0;
    if (withHeading) {
        m_heading.append(
            SheetText::at(heading, ink.accent, QPointF(0, y + style.metrics(heading).ascent()), tr("Tracking")));
        y += style.metrics(heading).height() + style.pt(2);
        m_heading.append(SheetText::wrapped(style, explanation, ink.muted, 0, y, width,
                                            tr("Tick a box for each exercise you do. In the last row, rate your back "
                                               "pain that day from 0 (none) to 10 (worst).")));
        y += m_heading.last().height + style.pt(6);
    }
    const double tableTop = y;

    m_headerRow = QRectF(0, y, width, headerRow);
    const QString weekText = weeks > 1 ? tr("Week %1 of %2").arg(week).arg(weeks) : tr("Week");
    m_header.append(SheetText::inBox(headFont, ink.text, QRectF(style.pt(5), y, nameWidth - style.pt(5), headerRow),
                                     Qt::AlignLeft | Qt::AlignVCenter, weekText));
    m_header.append(SheetText::inBox(SheetStyle::font(7.5), ink.muted, QRectF(0, y, nameWidth - style.pt(5), headerRow),
                                     Qt::AlignRight | Qt::AlignVCenter, tr("from ___ / ___")));
    const QStringList days = dayNames();
    for (int d = 0; d < 7; ++d)
        m_header.append(SheetText::inBox(headFont, ink.text, QRectF(nameWidth + dayWidth * d, y, dayWidth, headerRow),
                                         Qt::AlignCenter, days.at(d)));
    y += headerRow;

    // Exercise rows with a tick box each day.
    const double box = style.pt(9);
    for (const QString &name : rows) {
        Row tableRow;
        tableRow.name = SheetText::inBox(
            cellFont, ink.text, QRectF(style.pt(5), y, nameWidth - style.pt(8), row), Qt::AlignLeft | Qt::AlignVCenter,
            style.metrics(cellFont).elidedText(name, Qt::ElideRight, nameWidth - style.pt(8)));
        for (int d = 0; d < 7; ++d) {
            const QPointF centre(nameWidth + dayWidth * (d + 0.5), y + row / 2);
            tableRow.boxes.append(QRectF(centre.x() - box / 2, centre.y() - box / 2, box, box));
        }
        y += row;
        tableRow.rule = SheetLine{QLineF(QPointF(0, y), QPointF(width, y)), ink.rule, style.pt(0.5)};
        m_rows.append(tableRow);
    }
    if (withPainRow) {
        m_painRow = SheetText::inBox(painFont, ink.muted, QRectF(style.pt(5), y, nameWidth - style.pt(8), row),
                                     Qt::AlignLeft | Qt::AlignVCenter, tr("Back pain today (0–10)"));
        y += row;
    }
    // Grid lines and frame.
    for (int d = 0; d <= 7; ++d) {
        const double x = nameWidth + dayWidth * d;
        m_columns.append(SheetLine{QLineF(QPointF(x, tableTop), QPointF(x, y)), ink.rule, style.pt(0.5)});
    }
    m_frame = QRectF(0, tableTop, width, y - tableTop);
    m_height = y;
}

void WeekTableBlock::paint(QPainter &painter, double top) const
{
    for (const SheetText &text : m_heading)
        text.paint(painter, top);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_fill);
    painter.drawRect(m_headerRow.translated(0, top));
    painter.setBrush(Qt::NoBrush);
    for (const SheetText &text : m_header)
        text.paint(painter, top);
    for (const Row &row : m_rows) {
        row.name.paint(painter, top);
        painter.setPen(QPen(m_boxInk, m_boxLine));
        for (const QRectF &box : row.boxes)
            painter.drawRoundedRect(box.translated(0, top), m_boxRadius, m_boxRadius);
        row.rule.paint(painter, top);
    }
    if (m_painRow)
        m_painRow->paint(painter, top);
    for (const SheetLine &column : m_columns)
        column.paint(painter, top);
    painter.setPen(QPen(m_frameInk, m_frameLine));
    painter.drawRect(m_frame.translated(0, top));
}

} // namespace Limber
