#include "DayButton.h"

#include <QPainter>
#include <QPainterPath>

namespace Limber {

namespace {

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amountOfB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

} // namespace

DayButton::DayButton(const QString &text, QWidget *parent)
    : QAbstractButton(parent)
{
    setText(text);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

QSize DayButton::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true); // as wide as it gets when chosen
    const QFontMetrics metrics(bold);
    const int width = std::max(metrics.horizontalAdvance(text()) + 20, metrics.height() * 3);
    return {width, metrics.height() + 16};
}

void DayButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    const bool on = isChecked();
    const bool hovered = underMouse() && isEnabled();

    const QColor button = colors.color(group, QPalette::Button);
    const QColor buttonText = colors.color(group, QPalette::ButtonText);
    const QColor highlight = colors.color(group, QPalette::Highlight);
    QColor fill = on ? highlight : button;
    if (hovered || isDown())
        fill = mix(fill, on ? colors.color(group, QPalette::HighlightedText) : highlight, isDown() ? 0.3 : 0.15);
    const QColor border = on ? highlight : mix(button, buttonText, 0.35);

    const QRectF box = QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5);
    const qreal radius = 6;
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, radius, radius);

    if (hasFocus()) {
        // A ring outside the button, and one inside when the button is filled with the same colour.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(highlight, 2));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), radius + 1.5, radius + 1.5);
        if (on) {
            painter.setPen(QPen(colors.color(group, QPalette::HighlightedText), 1.5));
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), radius - 2, radius - 2);
        }
    }

    QFont label = font();
    label.setBold(on);
    painter.setFont(label);
    painter.setPen(on ? colors.color(group, QPalette::HighlightedText) : buttonText);
    painter.drawText(box, Qt::AlignCenter, text());
}

void DayButton::enterEvent(QEnterEvent *event)
{
    update();
    QAbstractButton::enterEvent(event);
}

void DayButton::leaveEvent(QEvent *event)
{
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace Limber
