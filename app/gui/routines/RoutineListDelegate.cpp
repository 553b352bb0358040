#include "RoutineListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace Limber {

namespace {
constexpr int gap = 16; // between the name and the time
}

QFont RoutineListDelegate::timeFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}

void RoutineListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString time = index.data(timeRole).toString();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 1;
    const QRect text = opt.rect.adjusted(margin, 0, -margin, 0);
    const QFont small = timeFont(opt.font);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active)                                ? QPalette::Normal
                                                                                  : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect = text.adjusted(0, 0, -(timeWidth + gap), 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(small);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, time);
    painter->restore();
}

QSize RoutineListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString time = index.data(timeRole).toString();
    if (!time.isEmpty())
        size.rwidth() += gap + QFontMetrics(timeFont(option.font)).horizontalAdvance(time);
    return size;
}

} // namespace Limber
