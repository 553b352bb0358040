#include "CheckItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Limber {

namespace {

constexpr int rowPadding = 12; // pixels added to the height of a row

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amountOfB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amountOfB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amountOfB));
}

} // namespace

CheckItemDelegate::CheckItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void CheckItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);

    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (!(item.features & QStyleOptionViewItem::HasCheckIndicator))
        return;
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The same place the style hit-tests clicks in, drawn over the style's own box.
    const QRectF box = QRectF(style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &item, widget))
                           .adjusted(0.5, 0.5, -0.5, -0.5);
    // The view's colours, not the item's: a dimmed row still gets a box that shows.
    const QPalette &colors = widget ? widget->palette() : item.palette;
    const QPalette::ColorGroup group = (item.state & QStyle::State_Enabled) ? QPalette::Active : QPalette::Disabled;
    const bool checked = item.checkState == Qt::Checked;
    const QColor base = colors.color(group, QPalette::Base);
    const QColor text = colors.color(group, QPalette::Text);
    const QColor highlight = colors.color(group, QPalette::Highlight);
    const bool selected = item.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(
        checked ? (selected ? colors.color(group, QPalette::HighlightedText) : highlight) : mix(base, text, 0.55), 1));
    painter->setBrush(checked ? highlight : base);
    painter->drawRoundedRect(box, 3, 3);
    if (checked) {
        QPainterPath tick;
        tick.moveTo(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52);
        tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72);
        tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.30);
        painter->setPen(QPen(colors.color(group, QPalette::HighlightedText), std::max(1.5, box.width() / 8),
                             Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    }
    painter->restore();
}

QSize CheckItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width(), size.height() + rowPadding};
}

} // namespace Limber
