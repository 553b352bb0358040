// The routine editor, offscreen, over a real store in a temporary folder: every edit is saved
// at once, can be undone and redone, and survives a restart.
#include "FindChild.h"
#include "QtGTest.h"

#include "gui/library/ExerciseLibraryView.h"
#include "gui/main/MainWindow.h"
#include "gui/routines/RoutineEditor.h"
#include "gui/routines/RoutineHistory.h"
#include "gui/routines/RoutinesView.h"
#include "gui/widgets/PageTabs.h"
#include "print/RoutineSheetDialog.h"
#include "storage/Library.h"
#include "storage/RoutineStore.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Limber;

namespace {

class RoutineEditorTest : public testing::Test
{
protected:
    RoutineEditorTest()
        : m_library(Library::open(m_dir.path()).value())
        , m_settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat)
        , m_window(std::make_unique<MainWindow>(*m_library, m_settings))
    {
        m_window->show();
        m_window->findChild<Limber::PageTabs *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    template <typename T> T *child(const char *name) const { return Limber::child<T>(m_window.get(), name); }

    RoutinesView *view() const { return m_window->routinesView(); }
    RoutineEditor *editor() const { return view()->editor(); }
    QUndoStack *undo() const { return m_window->history()->undoStack(); }
    const Routine *routine(const QString &id) const { return m_library->routines().find(id); }

    // What a restart would find on disk.
    QList<Routine> savedRoutines() const
    {
        auto reopened = Library::open(m_dir.path()).value();
        return reopened->routines().userRoutines();
    }

    QString makeCopyOfDeskBreak()
    {
        view()->selectRoutine(QStringLiteral("desk-break"));
        child<QPushButton>("copyToChangeButton")->click();
        return view()->currentRoutineId();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    QSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
};

// Answers the next file dialog once it is open: keeps the path it offers in `offered`, then saves
// to `answer`, or cancels when that is empty.
void answerFileDialog(QString &offered, const QString &answer)
{
    QTimer::singleShot(0, [&offered, answer] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        offered = dialog->selectedFiles().value(0);
        if (answer.isEmpty()) {
            dialog->reject();
        } else {
            dialog->selectFile(answer);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog
        }
    });
}

// Export PDF opens the sheet dialog first: press its Export PDF, answer the file dialog, close it.
void exportFromSheetDialog(QString &offered)
{
    QTimer::singleShot(0, [&offered] {
        auto *sheet = qobject_cast<RoutineSheetDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(sheet, nullptr);
        answerFileDialog(offered, QString());
        sheet->findChild<QPushButton *>(QStringLiteral("sheetExportButton"))->click();
        sheet->reject();
    });
}

} // namespace

TEST_F(RoutineEditorTest, BuiltInsAreReadOnlyAndCanBeCopied)
{
    view()->selectRoutine(QStringLiteral("desk-break"));
    EXPECT_TRUE(child<QLineEdit>("nameField")->isReadOnly());
    EXPECT_FALSE(child<QPushButton>("addButton")->isVisible());
    EXPECT_FALSE(child<QSpinBox>("repsSpin")->isEnabled());

    const QString id = makeCopyOfDeskBreak();
    EXPECT_EQ(routine(id)->name, QStringLiteral("Desk break (copy)"));
    EXPECT_FALSE(child<QLineEdit>("nameField")->isReadOnly());
    EXPECT_TRUE(child<QPushButton>("addButton")->isVisible());
    EXPECT_EQ(savedRoutines().size(), 1);
}

TEST_F(RoutineEditorTest, AddMoveRemoveAreSavedAndUndoable)
{
    const QString id = makeCopyOfDeskBreak();
    auto *choice = child<QComboBox>("addChoice");
    choice->setCurrentIndex(choice->findData(QStringLiteral("cobra")));
    child<QPushButton>("addButton")->click();
    ASSERT_EQ(routine(id)->items.size(), 5);
    EXPECT_EQ(routine(id)->items.last().exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(editor()->currentItem(), 4);

    // Move it to the top by keyboard.
    auto *table = child<QTableView>("routineItems");
    table->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(routine(id)->items.first().exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(savedRoutines().first().items.first().exerciseId, QStringLiteral("cobra"));

    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(routine(id)->items.size(), 4);
    EXPECT_EQ(routine(id)->items.first().exerciseId, QStringLiteral("scapular-retractions"));

    undo()->undo();
    EXPECT_EQ(routine(id)->items.first().exerciseId, QStringLiteral("cobra"));
    for (int i = 0; i < 5; ++i)
        undo()->undo(); // four moves and the add
    EXPECT_EQ(routine(id)->items.size(), 4);
    EXPECT_EQ(savedRoutines().first().items, routine(QStringLiteral("desk-break"))->items);
    undo()->redo();
    EXPECT_EQ(routine(id)->items.size(), 5);
}

TEST_F(RoutineEditorTest, DoseControlsShowTheRangeAndSetOwnNumbers)
{
    const QString id = makeCopyOfDeskBreak();
    editor()->selectItem(1); // Corner Stretch: hold 20-30 s, 3-5 times
    auto *hold = child<QSpinBox>("holdSpin");
    EXPECT_EQ(hold->value(), 25); // standard level
    hold->setValue(28);
    hold->setValue(29); // typing: one undo step
    EXPECT_EQ(routine(id)->items.at(1).override.holdSeconds, 29);
    EXPECT_TRUE(child<QLabel>("routineTotal")->text().contains(QStringLiteral("Total")));
    EXPECT_EQ(undo()->count(), 2); // the copy and the hold
    EXPECT_EQ(savedRoutines().first().items.at(1).override.holdSeconds, 29);

    child<QToolButton>("holdReset")->click();
    EXPECT_FALSE(routine(id)->items.at(1).override.holdSeconds.has_value());
    undo()->undo();
    EXPECT_EQ(routine(id)->items.at(1).override.holdSeconds, 29);
}

TEST_F(RoutineEditorTest, RenameLevelAndRestAreEdits)
{
    const QString id = makeCopyOfDeskBreak();
    auto *name = child<QLineEdit>("nameField");
    name->setText(QStringLiteral("Office"));
    editor()->commitPendingText();
    EXPECT_EQ(routine(id)->name, QStringLiteral("Office"));

    auto *level = child<QComboBox>("levelChooser");
    level->setCurrentIndex(level->findData(QStringLiteral("full")));
    EXPECT_EQ(routine(id)->level, Level::Full);
    child<QSpinBox>("restField")->setValue(20);
    EXPECT_EQ(routine(id)->restBetweenSeconds, 20);

    const Routine saved = savedRoutines().first();
    EXPECT_EQ(saved.name, QStringLiteral("Office"));
    EXPECT_EQ(saved.level, Level::Full);
    EXPECT_EQ(saved.restBetweenSeconds, 20);

    // A name another routine has is refused, and the field shows the saved name again.
    name->setText(QStringLiteral("full program"));
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    editor()->commitPendingText();
    EXPECT_EQ(routine(id)->name, QStringLiteral("Office"));
    EXPECT_EQ(name->text(), QStringLiteral("Office"));
}

TEST_F(RoutineEditorTest, NewAndDeleteCanBeUndone)
{
    view()->newRoutine();
    const QString id = view()->currentRoutineId();
    ASSERT_NE(routine(id), nullptr);
    EXPECT_EQ(routine(id)->name, QStringLiteral("My routine"));
    EXPECT_TRUE(routine(id)->items.isEmpty());
    editor()->addExercise(QStringLiteral("wall-angels"));

    view()->deleteCurrent();
    EXPECT_EQ(routine(id), nullptr);
    EXPECT_TRUE(savedRoutines().isEmpty());
    undo()->undo();
    ASSERT_NE(routine(id), nullptr);
    EXPECT_EQ(routine(id)->items.size(), 1);
    EXPECT_EQ(view()->currentRoutineId(), id);
    EXPECT_EQ(savedRoutines().size(), 1);
}

TEST_F(RoutineEditorTest, DraggingARowReordersThroughTheModel)
{
    const QString id = makeCopyOfDeskBreak();
    auto *table = child<QTableView>("routineItems");
    QAbstractItemModel *model = table->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
    ASSERT_NE(data, nullptr);
    // Drop the first item at the end, the way a view does after a drag.
    model->dropMimeData(data.get(), Qt::MoveAction, model->rowCount(), 0, {});
    EXPECT_EQ(routine(id)->items.last().exerciseId, QStringLiteral("scapular-retractions"));
    EXPECT_EQ(routine(id)->items.size(), 4);
}

TEST_F(RoutineEditorTest, TabGoesFromNumberToNumberAfterAnEdit)
{
    const QString id = makeCopyOfDeskBreak();
    editor()->selectItem(1); // Corner Stretch: reps, hold, sets and release between
    auto *reps = child<QSpinBox>("repsSpin");
    auto *hold = child<QSpinBox>("holdSpin");
    auto *sets = child<QSpinBox>("setsSpin");
    reps->setFocus();
    ASSERT_TRUE(reps->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    ASSERT_TRUE(routine(id)->items.at(1).override.reps.has_value());
    ASSERT_TRUE(child<QToolButton>("repsReset")->isEnabled()); // the edit enabled "Use level"

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(hold->hasFocus()) << QApplication::focusWidget()->objectName().toStdString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    ASSERT_TRUE(routine(id)->items.at(1).override.holdSeconds.has_value());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(sets->hasFocus()) << QApplication::focusWidget()->objectName().toStdString();
    // Back again, and the buttons are still there to be reached.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_TRUE(hold->hasFocus()) << QApplication::focusWidget()->objectName().toStdString();
}

TEST_F(RoutineEditorTest, ABuiltInsDescriptionIsShownWhole)
{
    view()->selectRoutine(QStringLiteral("full-program"));
    QApplication::processEvents();
    auto *text = child<QLabel>("descriptionText");
    const QString description = routine(QStringLiteral("full-program"))->description;
    ASSERT_GT(description.size(), 150);
    EXPECT_TRUE(text->isVisible());
    EXPECT_FALSE(child<QTextEdit>("descriptionField")->isVisible());
    EXPECT_EQ(text->text(), description);
    EXPECT_TRUE(text->wordWrap());
    // All of it fits: the label is as tall as its wrapped text, and that is more than one line.
    EXPECT_GE(text->height(), text->heightForWidth(text->width()));
    EXPECT_GT(text->height(), text->fontMetrics().lineSpacing() * 3 / 2);
    EXPECT_LT(text->width(), text->fontMetrics().horizontalAdvance(description));

    // A routine of the user's own gets the field instead.
    view()->newRoutine();
    EXPECT_FALSE(text->isVisible());
    EXPECT_TRUE(child<QTextEdit>("descriptionField")->isVisible());
}

TEST_F(RoutineEditorTest, TheDescriptionIsEditedInAFieldThatShowsItAll)
{
    view()->selectRoutine(QStringLiteral("full-program"));
    child<QPushButton>("copyToChangeButton")->click();
    const QString id = view()->currentRoutineId();
    const QString before = routine(id)->description;
    QApplication::processEvents();
    auto *field = child<QTextEdit>("descriptionField");
    ASSERT_TRUE(field->isVisible());
    EXPECT_FALSE(child<QLabel>("descriptionText")->isVisible());
    EXPECT_EQ(field->toPlainText(), before);
    EXPECT_FALSE(field->isReadOnly());
    // The whole text shows, wrapped, with no scrolling.
    EXPECT_GE(field->viewport()->height(), int(field->document()->size().height()));
    EXPECT_GT(field->height(), field->fontMetrics().lineSpacing() * 2);

    // Typing is one edit when it is finished (Enter), saved at once and undoable.
    const int steps = undo()->count();
    field->setFocus();
    field->moveCursor(QTextCursor::End);
    QTest::keyClicks(field, QStringLiteral(" Bring water."));
    EXPECT_EQ(routine(id)->description, before); // not yet
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(routine(id)->description, before + QStringLiteral(" Bring water."));
    EXPECT_EQ(field->toPlainText(), before + QStringLiteral(" Bring water.")); // Enter adds no line
    EXPECT_EQ(undo()->count(), steps + 1);
    EXPECT_EQ(savedRoutines().first().description, before + QStringLiteral(" Bring water."));

    // Leaving the field finishes the edit too.
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Short."));
    child<QTableView>("routineItems")->setFocus();
    EXPECT_EQ(routine(id)->description, QStringLiteral("Short."));

    undo()->undo();
    EXPECT_EQ(routine(id)->description, before + QStringLiteral(" Bring water."));
    EXPECT_EQ(field->toPlainText(), before + QStringLiteral(" Bring water."));
    undo()->undo();
    EXPECT_EQ(routine(id)->description, before);
}

// Ctrl+Z where the cursor is: a field's own typing first, then the routine's last change. The
// keys go through Qt's shortcut handling as a person's do (a line edit claims Ctrl+Z for itself).
TEST_F(RoutineEditorTest, CtrlZInTheNameFieldUndoesItsTypingThenTheRoutine)
{
    view()->newRoutine();
    const QString id = view()->currentRoutineId();
    auto *name = child<QLineEdit>("nameField");
    ASSERT_TRUE(name->hasFocus()); // New puts the cursor in the name, ready to type it
    EXPECT_TRUE(name->hasSelectedText());

    // Nothing typed yet: Ctrl+Z undoes New, Ctrl+Shift+Z redoes it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(routine(id), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_NE(routine(id), nullptr);
    EXPECT_EQ(view()->currentRoutineId(), id);

    // Typing is undone first, in the field, and the routine is left alone.
    name->setFocus();
    ASSERT_TRUE(name->hasFocus());
    const int index = undo()->index();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" at noon"));
    EXPECT_EQ(name->text(), QStringLiteral("My routine at noon"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(name->text(), QStringLiteral("My routine"));
    EXPECT_EQ(undo()->index(), index);
    ASSERT_NE(routine(id), nullptr);
    // The field's redo comes back the same way.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(name->text(), QStringLiteral("My routine at noon"));
    EXPECT_EQ(undo()->index(), index);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(name->text(), QStringLiteral("My routine"));

    // With no typing left, the routine's last change (New) is undone, and Ctrl+Y redoes it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(routine(id), nullptr);
    EXPECT_EQ(undo()->index(), index - 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    ASSERT_NE(routine(id), nullptr);
    EXPECT_EQ(undo()->index(), index);
}

TEST_F(RoutineEditorTest, CtrlZInTheDescriptionAndNumberFieldsUndoesTheRoutineWhenNothingIsTyped)
{
    const QString id = makeCopyOfDeskBreak();
    auto *rest = child<QSpinBox>("restField");
    rest->setFocus();
    const int restBefore = routine(id)->restBetweenSeconds;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    EXPECT_EQ(routine(id)->restBetweenSeconds, restBefore + 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(routine(id)->restBetweenSeconds, restBefore);
    EXPECT_EQ(rest->value(), restBefore);

    auto *description = child<QTextEdit>("descriptionField");
    description->setFocus();
    ASSERT_TRUE(description->hasFocus());
    const QString before = description->toPlainText();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" Slowly."));
    QTest::keyClick(description, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(description->toPlainText(), before);
    ASSERT_NE(routine(id), nullptr);
    QTest::keyClick(description, Qt::Key_Z, Qt::ControlModifier); // the copy
    EXPECT_EQ(routine(id), nullptr);
}

// The library's Add to Routine: the user's own routines (never a built-in), or a new one.
TEST_F(RoutineEditorTest, TheLibraryAddsAnExerciseToARoutineOfTheUsersOwnOrANewOne)
{
    const QString id = makeCopyOfDeskBreak(); // open in the editor
    m_window->libraryView()->selectExercise(QStringLiteral("cobra"));
    auto *menu = child<QMenu>("addToRoutineMenu");
    ASSERT_NE(menu, nullptr);
    Q_EMIT menu->aboutToShow();
    QAction *mine = nullptr;
    QAction *newOne = nullptr;
    QStringList offered;
    for (QAction *action : menu->actions()) {
        offered.append(action->text());
        if (action->data().toString() == id)
            mine = action;
        if (action->objectName() == QLatin1String("addToNewRoutine"))
            newOne = action;
    }
    for (const Routine &builtIn : m_library->routines().builtIns())
        EXPECT_FALSE(offered.contains(builtIn.name)) << builtIn.name.toStdString();
    ASSERT_NE(mine, nullptr);
    ASSERT_NE(newOne, nullptr);
    EXPECT_EQ(mine->text(), QStringLiteral("Desk break (copy)"));
    EXPECT_TRUE(mine->isEnabled());

    // At the end, at the routine's level, saved at once and shown in the editor.
    const int steps = undo()->count();
    mine->trigger();
    ASSERT_EQ(routine(id)->items.size(), 5);
    EXPECT_EQ(routine(id)->items.last(), (RoutineItem{QStringLiteral("cobra"), {}}));
    EXPECT_EQ(savedRoutines().first().items.size(), 5);
    EXPECT_EQ(child<QTableView>("routineItems")->model()->rowCount(), 5);
    EXPECT_TRUE(child<QLabel>("actionNote")->text().contains(QStringLiteral("Desk break (copy)")));
    // One step of undo.
    EXPECT_EQ(undo()->count(), steps + 1);
    undo()->undo();
    EXPECT_EQ(routine(id)->items.size(), 4);
    EXPECT_EQ(savedRoutines().first().items.size(), 4);

    // A new routine of just this exercise, opened with its name ready to type.
    newOne->trigger();
    const QString made = view()->currentRoutineId();
    ASSERT_NE(made, id);
    ASSERT_NE(routine(made), nullptr);
    EXPECT_EQ(routine(made)->items, QList<RoutineItem>{(RoutineItem{QStringLiteral("cobra"), {}})});
    EXPECT_EQ(savedRoutines().size(), 2);
    EXPECT_TRUE(child<QLineEdit>("nameField")->hasFocus());
    undo()->undo();
    EXPECT_EQ(routine(made), nullptr);

    // The menu follows the routines: the new one is offered next time, and gone after undo.
    Q_EMIT menu->aboutToShow();
    offered.clear();
    for (QAction *action : menu->actions())
        offered.append(action->text());
    EXPECT_TRUE(offered.contains(QStringLiteral("Desk break (copy)")));
    EXPECT_FALSE(offered.contains(QStringLiteral("My routine")));
}

// Export offers the routine's name now (even one still being typed) as a file name, in the
// folder of the last export: Documents the first time.
TEST_F(RoutineEditorTest, ExportsOfferTheCurrentNameInTheLastExportsFolder)
{
    const QString id = makeCopyOfDeskBreak();
    auto *name = child<QLineEdit>("nameField");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Office: mornings"));

    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty() || !QFileInfo(documents).isDir())
        documents = QDir::homePath();
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString saved = QDir(folder).filePath(QStringLiteral("office.limber.json"));
    QString offered;
    answerFileDialog(offered, saved);
    view()->exportCurrent();
    EXPECT_EQ(offered, QDir(documents).filePath(QStringLiteral("Office mornings.limber.json")));
    EXPECT_EQ(routine(id)->name, QStringLiteral("Office: mornings"));
    EXPECT_TRUE(QFile::exists(saved));

    // The PDF is offered in the folder just used, under the same name.
    exportFromSheetDialog(offered);
    editor()->requestSheet(RoutineEditor::SheetAction::ExportPdf);
    EXPECT_EQ(offered, QDir(folder).filePath(QStringLiteral("Office mornings.pdf")));
    // And a later routine export there too.
    answerFileDialog(offered, QString());
    view()->exportCurrent();
    EXPECT_EQ(offered, QDir(folder).filePath(QStringLiteral("Office mornings.limber.json")));
}
