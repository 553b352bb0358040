#pragma once

#include <QStyledItemDelegate>

namespace Limber {

// An item delegate that draws check boxes itself, in palette colours that stand out in light
// and dark palettes alike (Fusion outlines them in a shade of the window colour, which vanishes
// on a dark base), and gives each row some room. Clicking and Space work as usual.
class CheckItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CheckItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Limber
