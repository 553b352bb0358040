#pragma once

#include "illustration/IllustrationSet.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>

namespace Limber {

// Adds a small picture of each exercise (its last key position, drawn by FigurePainter in the
// palette's colours) to a model whose rows carry ExerciseListModel::IdRole.
class ExerciseThumbnails final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ExerciseThumbnails(QObject *parent = nullptr);

    void setThumbnailSize(const QSize &size);
    [[nodiscard]] QSize thumbnailSize() const { return m_size; }
    // Drops the cached pictures (after a palette or size change).
    void refresh();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPixmap render(const QString &exerciseId) const;

    IllustrationSet m_illustrations;
    QSize m_size{96, 64};
    mutable QHash<QString, QPixmap> m_cache;
};

} // namespace Limber
