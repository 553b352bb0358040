// The schedule store: a missing file is the starter schedule; an unreadable one is never saved over.
#include "schedule/ScheduleStore.h"
#include "ScheduleFixtures.h"
#include "TestFiles.h"
#include "schedule/ScheduleFormat.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Limber;
using namespace Limber::Fixtures;

TEST(ScheduleStore, MissingFileGivesTheStarterScheduleWithoutWritingIt)
{
    QTemporaryDir dir;
    ScheduleStore store(dir.path());
    EXPECT_FALSE(store.load().has_value());
    EXPECT_TRUE(store.isNew());
    EXPECT_FALSE(store.isBlocked());
    EXPECT_EQ(store.schedule(), ScheduleFormat::starter());
    EXPECT_FALSE(QFile::exists(store.path()));
}

TEST(ScheduleStore, SavesAndLoadsAgain)
{
    QTemporaryDir dir;
    ScheduleStore store(dir.path());
    ASSERT_FALSE(store.load().has_value());
    Schedule schedule = ScheduleFormat::starter();
    schedule.rules[0].enabled = true;
    schedule.lastHandled = QDateTime::fromString(QStringLiteral("2025-01-13T09:00:00Z"), Qt::ISODate);
    int changes = 0;
    QObject::connect(&store, &ScheduleStore::scheduleChanged, &store, [&changes] { ++changes; });
    ASSERT_FALSE(store.save(schedule).has_value());
    EXPECT_EQ(changes, 1);
    EXPECT_FALSE(store.isNew());

    ScheduleStore again(dir.path());
    ASSERT_FALSE(again.load().has_value());
    EXPECT_EQ(again.schedule(), schedule);
}

TEST(ScheduleStore, UnreadableFileIsKeptAndNeverSavedOver)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("schedule.json"));
    const QByteArray broken = R"({"format":"limber-schedule","version":1,"rules":[{"id":"r")";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    ScheduleStore store(dir.path());
    const MaybeError error = store.load();
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_TRUE(store.isBlocked());
    EXPECT_TRUE(store.schedule().rules.isEmpty());

    const MaybeError refused = store.save(ScheduleFormat::starter());
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->problem.contains(QStringLiteral("will not save over it")));
    EXPECT_EQ(fileBytes(path), broken);

    Result<QString> aside = store.setAsideUnreadableStore();
    ASSERT_TRUE(aside.ok()) << aside.error().message().toStdString();
    EXPECT_TRUE(aside.value().contains(QStringLiteral("schedule.unreadable-")));
    EXPECT_EQ(fileBytes(aside.value()), broken);
    EXPECT_FALSE(store.isBlocked());
    EXPECT_EQ(store.schedule(), ScheduleFormat::starter());
    EXPECT_FALSE(store.save(ScheduleFormat::starter()).has_value());
    EXPECT_TRUE(QFile::exists(path));
}

TEST(ScheduleStore, NewerVersionIsKept)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("schedule.json"));
    const QByteArray newer = R"({"format":"limber-schedule","version":7,"rules":[]})";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    ScheduleStore store(dir.path());
    const MaybeError error = store.load();
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->problem.contains(QStringLiteral("newer Limber")));
    EXPECT_TRUE(store.save(Schedule()).has_value());
    EXPECT_EQ(fileBytes(path), newer);
}
