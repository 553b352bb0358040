#pragma once

#include "model/Routine.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace Limber {

class DescriptionEdit;
class DoseEditor;
class RoutineHistory;
class RoutineItemsModel;

// One routine, editable when it is the user's own: name, description, level, rest between
// exercises, the exercises (add, remove, reorder by drag or Ctrl+Up/Down) and each one's
// numbers. Every edit is saved at once through RoutineHistory and can be undone. A built-in
// routine is shown read-only, with a button to copy it.
class RoutineEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RoutineEditor(RoutineHistory &history, QWidget *parent = nullptr);

    void showRoutine(const QString &id);
    [[nodiscard]] QString routineId() const { return m_routine.id; }
    [[nodiscard]] int currentItem() const;
    void selectItem(int row);

    // Puts the cursor in the name, all of it selected to type over (after New).
    void focusName();
    // Commits a name or description still being typed (before the window closes).
    void commitPendingText();

    void addExercise(const QString &exerciseId);
    void moveCurrentItem(int delta);
    void removeCurrentItem();

    // What to do with the routine's printed sheet.
    enum class SheetAction { Preview, Print, ExportPdf };
    // Asks for the sheet of the routine shown, at the level shown (nothing when it is empty).
    void requestSheet(SheetAction action);

Q_SIGNALS:
    void copyRequested();
    void startRequested(const QString &routineId, Limber::Level level);
    void sheetRequested(const QString &routineId, Limber::Level level, Limber::RoutineEditor::SheetAction action);

private:
    void reload();
    void showCurrentItem();
    void edit(const QString &text, const std::function<void(Routine &)> &change, const QString &mergeKey = {});
    void moveItem(int from, int to);
    [[nodiscard]] Level shownLevel() const;

    RoutineHistory &m_history;
    Routine m_routine;
    RoutineItemsModel *m_items;
    QLabel *m_builtInNote;
    QPushButton *m_copy;
    QPushButton *m_start;
    QToolButton *m_print;
    QLineEdit *m_name;
    DescriptionEdit *m_description; // the user's own routines
    QLabel *m_descriptionText; // a built-in's, read only
    QWidget *m_descriptionBox;
    QFormLayout *m_form;
    QComboBox *m_level;
    QSpinBox *m_rest;
    QTableView *m_table;
    QComboBox *m_addChoice;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    DoseEditor *m_dose;
    QLabel *m_total;
};

} // namespace Limber
