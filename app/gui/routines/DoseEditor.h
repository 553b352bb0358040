#pragma once

#include "model/ConcreteDose.h"
#include "model/RoutineItem.h"

#include <QWidget>

#include <array>

class QLabel;
class QSpinBox;
class QToolButton;

namespace Limber {

struct Exercise;

// The numbers of one routine item: each control shows what will be played (the level's number
// or the user's own), the article's range beside it, and a button to go back to the level's.
class DoseEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit DoseEditor(QWidget *parent = nullptr);

    // `exercise` null clears the editor.
    void setItem(const Exercise *exercise, const RoutineItem &item, Level level, bool editable);

Q_SIGNALS:
    // The user changed a number; `field` names it so consecutive edits of it merge (empty: no merge).
    void overrideChanged(const Limber::DoseOverride &override, const QString &field);

private:
    enum Field { Reps, Hold, Duration, Sets, Release, SetRest, FieldCount };
    struct Row {
        QLabel *label = nullptr;
        QSpinBox *spin = nullptr;
        QLabel *hint = nullptr;
        QToolButton *reset = nullptr;
    };

    static std::optional<int> &slot(DoseOverride &override, Field field);
    static int levelValue(const ConcreteDose &dose, Field field);
    static QString fieldId(Field field);
    void onEdited(Field field, std::optional<int> value);

    std::array<Row, FieldCount> m_rows;
    QLabel *m_title;
    const Exercise *m_exercise = nullptr;
    RoutineItem m_item;
    Level m_level = Level::Standard;
    bool m_updating = false;
};

} // namespace Limber
