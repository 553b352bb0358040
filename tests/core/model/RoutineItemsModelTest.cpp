// The routine editor's table as an item model: Qt's QAbstractItemModelTester watches it while
// routines are shown, grow, shrink, are reordered, change level and are dropped on.
#include "BundledContent.h"
#include "ModelChecker.h"
#include "QtGTest.h"

#include "model/RoutineItemsModel.h"

#include <gtest/gtest.h>

#include <QMimeData>
#include <QSignalSpy>

using namespace Limber;

namespace {

RoutineItem item(const char *exerciseId)
{
    RoutineItem item;
    item.exerciseId = QString::fromLatin1(exerciseId);
    return item;
}

Routine routineOf(QList<RoutineItem> items, bool builtIn = false)
{
    Routine routine;
    routine.id = QStringLiteral("mine");
    routine.name = QStringLiteral("Mine");
    routine.items = std::move(items);
    routine.builtIn = builtIn;
    return routine;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

TEST(RoutineItemsModel, StaysAConsistentItemModelThroughEveryChange)
{
    RoutineItemsModel model(bundledCatalog());
    ModelChecker checker(&model);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), int(RoutineItemsModel::ColumnCount));

    // Shown: one row per item, an exercise the catalog lacks shown by its id alone.
    RoutineItem customised = item("childs-pose");
    customised.override.holdSeconds = 45;
    Routine routine = routineOf({item("cat-cow"), customised, item("no-such-exercise")});
    model.setRoutine(routine, Level::Gentle);
    EXPECT_EQ(
        column(model, RoutineItemsModel::ExerciseColumn),
        QStringList({QStringLiteral("Cat-Cow"), QStringLiteral("Child's Pose"), QStringLiteral("no-such-exercise")}));
    EXPECT_EQ(column(model, RoutineItemsModel::ExerciseColumn, RoutineItemsModel::ExerciseIdRole),
              QStringList({QStringLiteral("cat-cow"), QStringLiteral("childs-pose"), QString()}));
    EXPECT_FALSE(model.index(0, 0).data(RoutineItemsModel::CustomisedRole).toBool());
    EXPECT_TRUE(model.index(1, 0).data(RoutineItemsModel::CustomisedRole).toBool());
    EXPECT_TRUE(model.index(1, RoutineItemsModel::DoseColumn).data().toString().endsWith(QStringLiteral(" *")));
    EXPECT_FALSE(model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_FALSE(model.index(0, 0, model.index(0, 0)).isValid()) << "a table has no children";

    // Grown: the editor shows the routine again after an addition.
    routine.items.append(item("wall-angels"));
    model.setRoutine(routine, Level::Gentle);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(3, 0).data().toString(), QStringLiteral("Wall Angels"));

    // Reordered and shrunk.
    routine.items.move(3, 0);
    routine.items.removeAt(3);
    model.setRoutine(routine, Level::Gentle);
    EXPECT_EQ(column(model, RoutineItemsModel::ExerciseColumn, RoutineItemsModel::ExerciseIdRole),
              QStringList({QStringLiteral("wall-angels"), QStringLiteral("cat-cow"), QStringLiteral("childs-pose")}));

    // Another level: the doses and times change, the rows do not.
    const QStringList gentleDoses = column(model, RoutineItemsModel::DoseColumn);
    const int gentleSeconds = model.index(1, 0).data(RoutineItemsModel::SecondsRole).toInt();
    model.setRoutine(routine, Level::Full);
    EXPECT_EQ(model.level(), Level::Full);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_NE(column(model, RoutineItemsModel::DoseColumn), gentleDoses);
    EXPECT_GT(model.index(1, 0).data(RoutineItemsModel::SecondsRole).toInt(), gentleSeconds);

    // Dropped on: the model asks for the change and leaves its rows alone.
    QSignalSpy moves(&model, &RoutineItemsModel::moveRequested);
    QSignalSpy additions(&model, &RoutineItemsModel::addRequested);
    std::unique_ptr<QMimeData> rows(model.mimeData({model.index(0, 0)}));
    ASSERT_NE(rows, nullptr);
    EXPECT_FALSE(model.dropMimeData(rows.get(), Qt::MoveAction, 3, 0, {}));
    QMimeData exercise;
    exercise.setData(RoutineItemsModel::exerciseMimeType, QByteArrayLiteral("cobra"));
    EXPECT_FALSE(model.dropMimeData(&exercise, Qt::CopyAction, 1, 0, {}));
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves.at(0).at(0).toInt(), 0);
    EXPECT_EQ(moves.at(0).at(1).toInt(), 3);
    ASSERT_EQ(additions.size(), 1);
    EXPECT_EQ(additions.at(0).at(0).toString(), QStringLiteral("cobra"));
    EXPECT_EQ(additions.at(0).at(1).toInt(), 1);
    EXPECT_EQ(model.rowCount(), 3);

    // A built-in routine cannot be dragged in or dropped on.
    model.setRoutine(routineOf(routine.items, true), Level::Standard);
    EXPECT_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_FALSE(model.canDropMimeData(&exercise, Qt::CopyAction, 0, 0, {}));

    // Emptied.
    model.setRoutine(routineOf({}), Level::Standard);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(checker.failures(), 0);
}
