#pragma once

#include "illustration/IllustrationSet.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>

namespace Limber {

// Adds a small picture of each exercise (its last key position, drawn by FigurePainter in the
// palette's colours) to a model whose rows carry ExerciseListModel::IdRole. Pictures are drawn
// when first asked for, and kept.
class ExerciseThumbnails final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ExerciseThumbnails(QObject *parent = nullptr);

    void setThumbnailSize(const QSize &size);
    // Draws no picture until `view` has been painted once: until then each is a blank of the same
    // size, and they are drawn (and announced by dataChanged) on the event loop's turn after that
    // first paint, so that they do not hold up the window's first picture.
    void drawAfterFirstPaintOf(QWidget *view);
    [[nodiscard]] QSize thumbnailSize() const { return m_size; }
    // Drops the cached pictures (after a palette or size change).
    void refresh();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPixmap render(const QString &exerciseId) const;
    QPixmap blank() const;

    IllustrationSet m_illustrations;
    QSize m_size{96, 64};
    mutable QHash<QString, QPixmap> m_cache;
    mutable QPixmap m_blank;
    bool m_drawing = true; // false while waiting for a view's first paint
};

} // namespace Limber
