#pragma once

#include <QStyledItemDelegate>

namespace Limber {

// Draws a routine in the Routines list: its name on the left, and how long it takes (the item's
// timeRole) on the right in smaller, quieter type. The name is elided when the list is narrow;
// the time never is.
class RoutineListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int timeRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont timeFont(const QFont &font);
};

} // namespace Limber
