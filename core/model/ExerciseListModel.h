#pragma once

#include "Catalog.h"

#include <QAbstractListModel>

namespace Limber {

// The catalog as a list for views: one row per exercise, in the article's order.
class ExerciseListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        KindIdsRole, // QStringList of kind ids ("stretch", "strength", ...)
        PositionIdRole,
        EquipmentIdsRole,
        NeedsFloorRole, // bool
        DoseTextRole, // the article's ranges in words
        SearchTextRole, // name, summary, steps and labels, for free-text search
    };
    Q_ENUM(Role)

    explicit ExerciseListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    // Dragging an exercise carries its id, so it can be dropped into a routine.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    [[nodiscard]] const Exercise *exerciseAt(int row) const;
    [[nodiscard]] QModelIndex indexOfId(const QString &id) const;

private:
    const Catalog &m_catalog;
};

} // namespace Limber
