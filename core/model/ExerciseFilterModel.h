#pragma once

#include "Vocabulary.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Limber {

// Narrows an ExerciseListModel by free text, kind, position, equipment and "no floor work".
// Every filter left unset lets everything through.
class ExerciseFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExerciseFilterModel(QObject *parent = nullptr);

    // Every word must appear somewhere in the exercise's texts, ignoring case.
    void setSearchText(const QString &text);
    void setKind(std::optional<ExerciseKind> kind);
    // Exercises one can do in this position (canBeDoneIn): Standing takes in "sitting or standing".
    void setPosition(std::optional<Position> position);
    // Only exercises that use this equipment.
    void setEquipment(std::optional<Equipment> equipment);
    void setNoEquipmentOnly(bool on);
    void setNoFloorOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<ExerciseKind> m_kind;
    std::optional<Position> m_position;
    std::optional<Equipment> m_equipment;
    bool m_noEquipmentOnly = false;
    bool m_noFloorOnly = false;
};

} // namespace Limber
