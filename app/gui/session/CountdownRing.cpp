#include "CountdownRing.h"

#include <QPainter>
#include <QPainterPath>

namespace Limber {

CountdownRing::CountdownRing(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Time left in this step"));
}

void CountdownRing::setState(double progress, const QString &text, const QString &caption)
{
    progress = std::clamp(progress, 0.0, 1.0);
    if (qFuzzyCompare(progress + 1.0, m_progress + 1.0) && text == m_text && caption == m_caption)
        return;
    m_progress = progress;
    if (text != m_text)
        setAccessibleDescription(text);
    m_text = text;
    m_caption = caption;
    update();
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const qreal thickness = std::max(6.0, side * 0.07);
    const QRectF square((width() - side) / 2.0 + thickness / 2, (height() - side) / 2.0 + thickness / 2,
                        side - thickness, side - thickness);

    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.12);
    painter.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(square);

    // What is left of the step, clockwise from the top.
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, thickness, Qt::SolidLine, Qt::RoundCap));
    const int span = int(-360.0 * 16.0 * (1.0 - m_progress));
    if (span != 0)
        painter.drawArc(square, 90 * 16, span);

    painter.setPen(palette().color(QPalette::WindowText));
    QFont font = this->font();
    font.setBold(true);
    const qreal textBox = square.width() * 0.62;
    font.setPixelSize(std::max(10, int(textBox / std::max<qsizetype>(2, m_text.size()) * 1.45)));
    font.setPixelSize(std::min(font.pixelSize(), int(square.height() * 0.42)));
    painter.setFont(font);
    QRectF textRect = square;
    if (!m_caption.isEmpty())
        textRect.setBottom(square.center().y() + square.height() * 0.16);
    painter.drawText(textRect, Qt::AlignCenter, m_text);

    if (!m_caption.isEmpty()) {
        QFont small = this->font();
        small.setPixelSize(std::max(9, int(square.height() * 0.075)));
        painter.setFont(small);
        QColor muted = palette().color(QPalette::WindowText);
        muted.setAlphaF(0.7);
        painter.setPen(muted);
        painter.drawText(
            QRectF(square.left(), square.center().y() + square.height() * 0.14, square.width(), square.height() * 0.16),
            Qt::AlignHCenter | Qt::AlignTop, m_caption);
    }
}

} // namespace Limber
