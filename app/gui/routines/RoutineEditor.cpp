#include "RoutineEditor.h"

#include "DescriptionEdit.h"
#include "DoseEditor.h"
#include "FieldUndo.h"
#include "RoutineHistory.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/Limits.h"
#include "model/RoutineEdits.h"
#include "model/RoutineItemsModel.h"
#include "storage/RoutineStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Limber {

RoutineEditor::RoutineEditor(RoutineHistory &history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_items(new RoutineItemsModel(history.store().catalog(), this))
    , m_builtInNote(new QLabel)
    , m_copy(new QPushButton(tr("&Copy to Change It")))
    , m_start(new QPushButton(tr("▶ &Start")))
    , m_print(new QToolButton)
    , m_name(new QLineEdit)
    , m_description(new DescriptionEdit(Limits::maxDescriptionLength))
    , m_descriptionText(new QLabel)
    , m_descriptionBox(new QWidget)
    , m_form(new QFormLayout)
    , m_level(new QComboBox)
    , m_rest(new QSpinBox)
    , m_table(new QTableView)
    , m_addChoice(new QComboBox)
    , m_add(new QPushButton(tr("&Add")))
    , m_up(new QPushButton(tr("Move &Up")))
    , m_down(new QPushButton(tr("Move Do&wn")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_dose(new DoseEditor)
    , m_total(new QLabel)
{
    m_builtInNote->setObjectName(QStringLiteral("builtInNote"));
    m_builtInNote->setText(tr("This routine comes with Limber and cannot be changed. Make a copy to change it."));
    m_builtInNote->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyToChangeButton"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_builtInNote, 1);
    noteRow->addWidget(m_copy);

    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setToolTip(tr("Start a guided session of this routine at the chosen level (Ctrl+Enter)."));
    QFont startFont = m_start->font();
    startFont.setBold(true);
    startFont.setPointSizeF(startFont.pointSizeF() * 1.3);
    m_start->setFont(startFont);
    m_start->setMinimumHeight(44);
    m_start->setDefault(true);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setText(tr("&Print"));
    m_print->setToolTip(tr("Print this routine as a sheet with pictures, doses and tick boxes, or save it as a PDF."));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_print->setMinimumHeight(44);
    auto *printMenu = new QMenu(m_print);
    printMenu->addAction(tr("Print Pre&view…"), this, [this] { requestSheet(SheetAction::Preview); });
    printMenu->addAction(tr("&Print…"), this, [this] { requestSheet(SheetAction::Print); });
    printMenu->addAction(tr("Export P&DF…"), this, [this] { requestSheet(SheetAction::ExportPdf); });
    m_print->setMenu(printMenu);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(Limits::maxNameLength);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Routine name"));
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setPlaceholderText(tr("What this routine is for (optional)"));
    // A built-in's description is shown whole, wrapped, as text to read rather than a field.
    m_descriptionText->setObjectName(QStringLiteral("descriptionText"));
    m_descriptionText->setWordWrap(true);
    m_descriptionText->setTextFormat(Qt::PlainText);
    m_descriptionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *descriptionLayout = new QVBoxLayout(m_descriptionBox);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->addWidget(m_description);
    descriptionLayout->addWidget(m_descriptionText);
    m_level->setObjectName(QStringLiteral("levelChooser"));
    for (Level level : allLevels)
        m_level->addItem(levelLabel(level), levelId(level));
    m_level->setToolTip(tr("Gentle uses the low end of the article's ranges, Full the high end."));
    m_rest->setObjectName(QStringLiteral("restField"));
    m_rest->setRange(0, Limits::maxRestSeconds);
    m_rest->setSuffix(tr(" s"));

    auto *descriptionLabel = new QLabel(tr("&Description:"));
    descriptionLabel->setBuddy(m_description);
    m_form->addRow(descriptionLabel, m_descriptionBox);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level);
    levelRow->addSpacing(24);
    auto *restLabel = new QLabel(tr("R&est between exercises:"));
    restLabel->setBuddy(m_rest);
    levelRow->addWidget(restLabel);
    levelRow->addWidget(m_rest);
    levelRow->addStretch(1);
    auto *levelLabelWidget = new QLabel(tr("&Level:"));
    levelLabelWidget->setBuddy(m_level);
    m_form->addRow(levelLabelWidget, levelRow);

    m_table->setObjectName(QStringLiteral("routineItems"));
    m_table->setModel(m_items);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->horizontalHeader()->setSectionResizeMode(RoutineItemsModel::ExerciseColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoutineItemsModel::DoseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoutineItemsModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Exercises in this routine"));
    m_table->setToolTip(tr("Drag to reorder, or use Ctrl+Up and Ctrl+Down. Delete removes."));

    m_addChoice->setObjectName(QStringLiteral("addChoice"));
    m_addChoice->setAccessibleName(tr("Exercise to add"));
    for (const Exercise &exercise : history.store().catalog().exercises())
        m_addChoice->addItem(exercise.name, exercise.id);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_up->setObjectName(QStringLiteral("upButton"));
    m_down->setObjectName(QStringLiteral("downButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_total->setObjectName(QStringLiteral("routineTotal"));
    m_total->setWordWrap(true);
    m_dose->setObjectName(QStringLiteral("doseEditor"));

    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addChoice, 1);
    itemButtons->addWidget(m_add);
    itemButtons->addSpacing(16);
    itemButtons->addWidget(m_up);
    itemButtons->addWidget(m_down);
    itemButtons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addLayout(noteRow);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_print);
    nameRow->addWidget(m_start);
    layout->addLayout(nameRow);
    layout->addLayout(m_form);
    layout->addWidget(m_table, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(m_dose);
    layout->addWidget(m_total);

    connect(m_copy, &QPushButton::clicked, this, &RoutineEditor::copyRequested);
    connect(m_start, &QPushButton::clicked, this, [this] {
        commitPendingText();
        Q_EMIT startRequested(m_routine.id, shownLevel());
    });
    connect(m_name, &QLineEdit::editingFinished, this, &RoutineEditor::commitPendingText);
    connect(m_description, &DescriptionEdit::editingFinished, this, &RoutineEditor::commitPendingText);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        if (m_routine.builtIn) {
            reload(); // a preview: built-ins keep their level
            return;
        }
        const Level level = shownLevel();
        edit(tr("Change Level"), [level](Routine &routine) { routine.level = level; });
    });
    connect(m_rest, &QSpinBox::valueChanged, this, [this](int seconds) {
        edit(
            tr("Change Rest"), [seconds](Routine &routine) { routine.restBetweenSeconds = seconds; },
            QStringLiteral("rest"));
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addExercise(m_addChoice->currentData().toString()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentItem(1); });
    connect(m_remove, &QPushButton::clicked, this, &RoutineEditor::removeCurrentItem);
    connect(m_items, &RoutineItemsModel::moveRequested, this, &RoutineEditor::moveItem);
    connect(m_items, &RoutineItemsModel::addRequested, this, [this](const QString &exerciseId, int row) {
        const int before = int(m_routine.items.size());
        addExercise(exerciseId);
        if (int(m_routine.items.size()) > before)
            moveItem(before, row);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoutineEditor::showCurrentItem);
    connect(m_dose, &DoseEditor::overrideChanged, this, [this](const DoseOverride &override, const QString &field) {
        const int row = currentItem();
        if (row < 0)
            return;
        edit(
            tr("Change %1").arg(m_history.store().catalog().find(m_routine.items.at(row).exerciseId)->name),
            [row, override](Routine &routine) { routine.items[row].override = override; },
            field.isEmpty() ? QString() : QStringLiteral("dose/%1/%2").arg(row).arg(field));
    });
    connect(&m_history.store(), &RoutineStore::routinesChanged, this, [this] { showRoutine(m_routine.id); });

    // Keyboard reordering and removal, only while the list has focus.
    auto *moveUp = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(moveUp, &QShortcut::activated, this, [this] { moveCurrentItem(-1); });
    auto *moveDown
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(moveDown, &QShortcut::activated, this, [this] { moveCurrentItem(1); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &RoutineEditor::removeCurrentItem);

    // Ctrl+Z in a field undoes its typing, then the routine's last change.
    auto *fieldUndo = new FieldUndo(*m_history.undoStack(), this);
    fieldUndo->watch(m_name);
    fieldUndo->watch(m_description);
    fieldUndo->watch(m_rest);
    for (QAbstractSpinBox *spin : m_dose->findChildren<QAbstractSpinBox *>())
        fieldUndo->watch(spin);

    showRoutine({});
}

Level RoutineEditor::shownLevel() const
{
    return levelFromId(m_level->currentData().toString()).value_or(Level::Standard);
}

void RoutineEditor::requestSheet(SheetAction action)
{
    if (m_routine.id.isEmpty() || !m_routine.isPlayable())
        return;
    commitPendingText();
    Q_EMIT sheetRequested(m_routine.id, shownLevel(), action);
}

void RoutineEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

int RoutineEditor::currentItem() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void RoutineEditor::selectItem(int row)
{
    if (row >= 0 && row < m_items->rowCount())
        m_table->setCurrentIndex(m_items->index(row, 0));
}

void RoutineEditor::showRoutine(const QString &id)
{
    const Routine *routine = m_history.store().find(id);
    const bool changedRoutine = !routine || routine->id != m_routine.id;
    m_routine = routine ? *routine : Routine();
    const bool has = routine != nullptr;
    const bool editable = has && !m_routine.builtIn;

    const QSignalBlocker blockLevel(m_level);
    const QSignalBlocker blockRest(m_rest);
    if (changedRoutine || editable)
        m_level->setCurrentIndex(m_level->findData(levelId(m_routine.level)));
    m_name->setText(m_routine.name);
    m_description->setText(m_routine.description);
    m_descriptionText->setText(m_routine.description);
    m_rest->setValue(m_routine.restBetweenSeconds);

    m_builtInNote->setVisible(has && m_routine.builtIn);
    m_copy->setVisible(has && m_routine.builtIn);
    m_name->setReadOnly(!editable);
    m_description->setVisible(editable);
    m_descriptionText->setVisible(!editable);
    m_form->setRowVisible(m_descriptionBox, editable || !m_routine.description.isEmpty());
    m_level->setEnabled(has);
    m_start->setEnabled(has && m_routine.isPlayable());
    m_print->setEnabled(has && m_routine.isPlayable());
    m_rest->setEnabled(editable);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_addChoice, m_add, m_up, m_down, m_remove})
        widget->setVisible(editable);
    reload();
}

void RoutineEditor::reload()
{
    const int row = currentItem();
    m_items->setRoutine(m_routine, shownLevel());
    selectItem(std::min(row, m_items->rowCount() - 1));
    if (currentItem() < 0)
        selectItem(0);

    const Catalog &catalog = m_history.store().catalog();
    QStringList totals;
    for (Level level : allLevels)
        totals.append(
            tr("%1: %2").arg(levelLabel(level), DoseText::duration(routineSeconds(m_routine, catalog, level))));
    m_total->setText(
        m_routine.items.isEmpty()
            ? tr("Add exercises with the list above.")
            : tr("<b>Total: %1</b> · %2")
                  .arg(DoseText::duration(routineSeconds(m_routine, catalog, shownLevel())).toHtmlEscaped(),
                       totals.join(QStringLiteral(" · ")).toHtmlEscaped()));
    showCurrentItem();
}

void RoutineEditor::showCurrentItem()
{
    const int row = currentItem();
    const bool editable = !m_routine.id.isEmpty() && !m_routine.builtIn;
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_routine.items.size());
    m_remove->setEnabled(editable && row >= 0);
    if (row < 0 || row >= m_routine.items.size()) {
        m_dose->setItem(nullptr, {}, shownLevel(), false);
        return;
    }
    const RoutineItem &item = m_routine.items.at(row);
    m_dose->setItem(m_history.store().catalog().find(item.exerciseId), item, shownLevel(), editable);
}

void RoutineEditor::edit(const QString &text, const std::function<void(Routine &)> &change, const QString &mergeKey)
{
    if (m_routine.id.isEmpty() || m_routine.builtIn)
        return;
    Routine next = m_routine;
    change(next);
    if (next == m_routine)
        return;
    const QString key = mergeKey.isEmpty() ? QString() : m_routine.id + QLatin1Char('/') + mergeKey;
    if (!m_history.update(text, next, key))
        showRoutine(m_routine.id); // refused: show what is really saved
}

void RoutineEditor::commitPendingText()
{
    if (m_routine.id.isEmpty() || m_routine.builtIn)
        return;
    const QString name = m_name->text().trimmed();
    const QString description = m_description->text();
    if (name == m_routine.name && description == m_routine.description)
        return;
    edit(tr("Rename Routine"), [&](Routine &routine) {
        if (!name.isEmpty())
            routine.name = name;
        routine.description = description;
    });
    m_name->setText(m_routine.name);
}

void RoutineEditor::addExercise(const QString &exerciseId)
{
    if (!m_history.store().catalog().contains(exerciseId) || !RoutineEdits::canAddExercise(m_routine))
        return;
    edit(tr("Add %1").arg(m_history.store().catalog().find(exerciseId)->name),
         [&exerciseId](Routine &routine) { RoutineEdits::addExercise(routine, exerciseId); });
    selectItem(int(m_routine.items.size()) - 1);
}

void RoutineEditor::moveItem(int from, int to)
{
    // `to` is the position before which the item lands, counted before it is taken out.
    const int target = to > from ? to - 1 : to;
    if (from < 0 || from >= m_routine.items.size() || target < 0 || target >= m_routine.items.size() || target == from)
        return;
    edit(tr("Move %1").arg(m_history.store().catalog().find(m_routine.items.at(from).exerciseId)->name),
         [from, target](Routine &routine) { routine.items.move(from, target); });
    selectItem(target);
}

void RoutineEditor::moveCurrentItem(int delta)
{
    const int row = currentItem();
    if (row < 0)
        return;
    moveItem(row, delta > 0 ? row + delta + 1 : row + delta);
}

void RoutineEditor::removeCurrentItem()
{
    const int row = currentItem();
    if (row < 0 || m_routine.builtIn)
        return;
    edit(tr("Remove %1").arg(m_history.store().catalog().find(m_routine.items.at(row).exerciseId)->name),
         [row](Routine &routine) { routine.items.removeAt(row); });
    selectItem(std::min(row, int(m_routine.items.size()) - 1));
}

} // namespace Limber
