// The user's routines on disk: every change saved atomically, nothing lost on a failed save or
// an unreadable file, built-ins never changed.
#include "storage/RoutineStore.h"
#include "storage/CatalogFormat.h"
#include "storage/JsonFile.h"
#include "storage/RoutineFormat.h"

#include "QtGTest.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Limber;

namespace {

class RoutineStoreTest : public testing::Test
{
protected:
    RoutineStoreTest()
        : m_catalog(CatalogFormat::load().value())
        , m_builtIns(RoutineFormat::loadBuiltIns(m_catalog).value())
    { }

    std::unique_ptr<RoutineStore> openStore(const QString &dir)
    {
        auto store = std::make_unique<RoutineStore>(m_catalog, m_builtIns, dir);
        EXPECT_FALSE(store->load().has_value());
        return store;
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static Routine routine(const QString &name, const QStringList &exercises)
    {
        Routine r;
        r.name = name;
        for (const QString &id : exercises)
            r.items.append({id, {}});
        return r;
    }

    Catalog m_catalog;
    QList<Routine> m_builtIns;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RoutineStoreTest, StartsWithBuiltInsWhenThereIsNoFile)
{
    auto store = openStore(m_dir.path());
    EXPECT_TRUE(store->userRoutines().isEmpty());
    EXPECT_EQ(store->allRoutines().size(), 4);
    EXPECT_FALSE(QFile::exists(store->storePath())); // nothing written until something changes
}

TEST_F(RoutineStoreTest, ChangesAreSavedAndReadBack)
{
    {
        auto store = openStore(m_dir.path());
        QSignalSpy changed(store.get(), &RoutineStore::routinesChanged);
        Result<Routine> added = store->add(
            routine(QStringLiteral("Morning at work"), {QStringLiteral("wall-angels"), QStringLiteral("cobra")}));
        ASSERT_TRUE(added.ok());
        EXPECT_EQ(added.value().id, QStringLiteral("morning-at-work"));
        EXPECT_EQ(changed.count(), 1);

        Routine edited = added.value();
        edited.items.swapItemsAt(0, 1);
        edited.items[0].override.holdSeconds = 17;
        edited.level = Level::Full;
        ASSERT_FALSE(store->update(edited).has_value());
        ASSERT_FALSE(store->rename(edited.id, QStringLiteral("Work mornings")).has_value());
        ASSERT_TRUE(store->copy(edited.id).ok());
    }
    auto reopened = openStore(m_dir.path());
    ASSERT_EQ(reopened->userRoutines().size(), 2);
    const Routine &first = reopened->userRoutines().at(0);
    EXPECT_EQ(first.name, QStringLiteral("Work mornings"));
    EXPECT_EQ(first.level, Level::Full);
    EXPECT_EQ(first.items.at(0).exerciseId, QStringLiteral("cobra"));
    EXPECT_EQ(first.items.at(0).override.holdSeconds, 17);
    EXPECT_EQ(reopened->userRoutines().at(1).name, QStringLiteral("Work mornings (copy)"));

    ASSERT_FALSE(reopened->remove(first.id).has_value());
    EXPECT_EQ(openStore(m_dir.path())->userRoutines().size(), 1);
}

TEST_F(RoutineStoreTest, BuiltInsCannotBeChangedOnlyCopied)
{
    auto store = openStore(m_dir.path());
    EXPECT_TRUE(store->rename(QStringLiteral("desk-break"), QStringLiteral("Mine")).has_value());
    EXPECT_TRUE(store->remove(QStringLiteral("desk-break")).has_value());
    Routine changed = *store->find(QStringLiteral("desk-break"));
    changed.items.clear();
    EXPECT_TRUE(store->update(changed).has_value());
    EXPECT_EQ(store->find(QStringLiteral("desk-break"))->items.size(), 4);

    Result<Routine> copy = store->copy(QStringLiteral("desk-break"));
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy.value().name, QStringLiteral("Desk break (copy)"));
    EXPECT_FALSE(copy.value().builtIn);
    EXPECT_NE(copy.value().id, QStringLiteral("desk-break"));
}

TEST_F(RoutineStoreTest, NamesAndIdsStayUnique)
{
    auto store = openStore(m_dir.path());
    Result<Routine> a = store->add(routine(QStringLiteral("Desk break"), {QStringLiteral("cobra")}));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.value().name, QStringLiteral("Desk break (2)"));
    EXPECT_EQ(a.value().id, QStringLiteral("desk-break-2"));
    EXPECT_TRUE(store->rename(a.value().id, QStringLiteral("full PROGRAM")).has_value());
    Result<Routine> b = store->add(routine(QStringLiteral("%%%"), {}));
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b.value().id, QStringLiteral("routine"));
}

TEST_F(RoutineStoreTest, FindsByIdOrExactName)
{
    auto store = openStore(m_dir.path());
    EXPECT_EQ(store->find(QStringLiteral("desk-break"))->name, QStringLiteral("Desk break"));
    EXPECT_EQ(store->find(QStringLiteral("Desk break"))->id, QStringLiteral("desk-break"));
    EXPECT_EQ(store->find(QStringLiteral("desk")), nullptr);
    EXPECT_EQ(store->find(QStringLiteral("desk BREAK")), nullptr);
}

TEST_F(RoutineStoreTest, ImportAddsExportWritesAShareableFile)
{
    auto store = openStore(m_dir.path());
    const QString shared = m_dir.filePath(QStringLiteral("out/desk.limber.json"));
    ASSERT_FALSE(store->exportFile(QStringLiteral("desk-break"), shared).has_value());
    Result<Routine> checked = RoutineFormat::readShared(shared, m_catalog);
    ASSERT_TRUE(checked.ok());
    EXPECT_EQ(checked.value().items, store->find(QStringLiteral("desk-break"))->items);

    Result<Routine> imported = store->importFile(shared);
    ASSERT_TRUE(imported.ok()) << imported.error().message().toStdString();
    EXPECT_EQ(imported.value().name, QStringLiteral("Desk break (2)"));
    EXPECT_EQ(openStore(m_dir.path())->userRoutines().size(), 1);
}

TEST_F(RoutineStoreTest, AFailedSaveChangesNothing)
{
    // The data folder is a file, so nothing can be saved there (this holds even for root).
    const QString blocked = m_dir.filePath(QStringLiteral("not-a-folder"));
    write(blocked, "x");
    RoutineStore store(m_catalog, m_builtIns, blocked);
    EXPECT_FALSE(store.load().has_value());
    QSignalSpy changed(&store, &RoutineStore::routinesChanged);
    Result<Routine> added = store.add(routine(QStringLiteral("Lost?"), {QStringLiteral("cobra")}));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(store.userRoutines().isEmpty());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(fileBytes(blocked), QByteArray("x"));
}

TEST_F(RoutineStoreTest, AnUnreadableStoreIsNeverSavedOverAndCanBeSetAside)
{
    const QString path = m_dir.filePath(RoutineStore::fileName);
    const QByteArray broken = R"({"format":"limber-routines","version":1,"routines":[{"id":"a","na)";
    write(path, broken);

    RoutineStore store(m_catalog, m_builtIns, m_dir.path());
    MaybeError problem = store.load();
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->file, path);
    EXPECT_TRUE(store.isBlocked());
    EXPECT_EQ(store.allRoutines().size(), 4); // the built-ins are still there

    EXPECT_FALSE(store.add(routine(QStringLiteral("New"), {QStringLiteral("cobra")})).ok());
    EXPECT_EQ(fileBytes(path), broken);

    Result<QString> backup = store.setAsideUnreadableStore();
    ASSERT_TRUE(backup.ok());
    EXPECT_EQ(fileBytes(backup.value()), broken);
    EXPECT_TRUE(backup.value().contains(QStringLiteral("routines.unreadable-")));
    EXPECT_FALSE(QFile::exists(path));
    ASSERT_TRUE(store.add(routine(QStringLiteral("New"), {QStringLiteral("cobra")})).ok());
    EXPECT_EQ(fileBytes(backup.value()), broken);
}

TEST_F(RoutineStoreTest, ANewerVersionStoreIsKeptNotOverwritten)
{
    const QString path = m_dir.filePath(RoutineStore::fileName);
    const QByteArray future = R"({"format":"limber-routines","version":2,"routines":[]})";
    write(path, future);
    RoutineStore store(m_catalog, m_builtIns, m_dir.path());
    MaybeError problem = store.load();
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->problem.contains(QStringLiteral("newer Limber")));
    EXPECT_FALSE(store.add(routine(QStringLiteral("New"), {QStringLiteral("cobra")})).ok());
    EXPECT_EQ(fileBytes(path), future);
}

TEST_F(RoutineStoreTest, SavesLeaveNoTemporaryFilesBehind)
{
    auto store = openStore(m_dir.path());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(store->add(routine(QStringLiteral("R"), {QStringLiteral("cobra")})).ok());
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    EXPECT_EQ(files, QStringList{RoutineStore::fileName});
}

TEST_F(RoutineStoreTest, ReplacingAllUserRoutinesChecksThemFirst)
{
    auto store = openStore(m_dir.path());
    ASSERT_TRUE(store->add(routine(QStringLiteral("A"), {QStringLiteral("cobra")})).ok());
    const QList<Routine> before = store->userRoutines();

    Routine b = routine(QStringLiteral("B"), {QStringLiteral("rows")});
    b.id = QStringLiteral("b");
    ASSERT_FALSE(store->replaceUserRoutines(before + QList<Routine>{b}).has_value());
    EXPECT_EQ(openStore(m_dir.path())->userRoutines().size(), 2);

    Routine clash = b;
    clash.id = QStringLiteral("desk-break"); // a built-in's id
    EXPECT_TRUE(store->replaceUserRoutines({clash}).has_value());
    Routine sameName = b;
    sameName.id = QStringLiteral("c");
    sameName.name = QStringLiteral("a"); // names are unique regardless of case
    EXPECT_TRUE(store->replaceUserRoutines(before + QList<Routine>{sameName}).has_value());
    Routine unknown = b;
    unknown.items = {{QStringLiteral("handstand"), {}}};
    EXPECT_TRUE(store->replaceUserRoutines({unknown}).has_value());
    EXPECT_EQ(store->userRoutines().size(), 2); // nothing changed by the refused calls

    ASSERT_FALSE(store->replaceUserRoutines(before).has_value());
    EXPECT_EQ(openStore(m_dir.path())->userRoutines(), before);
}

// The editor saves through replaceUserRoutines: a refused name says what is wrong with it, the
// same words rename() uses.
TEST_F(RoutineStoreTest, ARefusedNameSaysWhichRuleItBreaks)
{
    auto store = openStore(m_dir.path());
    ASSERT_TRUE(store->add(routine(QStringLiteral("A"), {QStringLiteral("cobra")})).ok());
    const Routine a = store->userRoutines().first();
    const auto problemWith = [&](const QString &name) {
        Routine b = routine(name, {QStringLiteral("rows")});
        b.id = QStringLiteral("b");
        const MaybeError error = store->replaceUserRoutines({a, b});
        return error ? error->problem : QString();
    };

    EXPECT_EQ(problemWith(QStringLiteral("  a ")), QStringLiteral("another routine already has this name."));
    EXPECT_EQ(problemWith(QStringLiteral("full program")), QStringLiteral("another routine already has this name."));
    EXPECT_EQ(problemWith(QStringLiteral("   ")), QStringLiteral("a routine needs a name."));
    EXPECT_EQ(problemWith(QString(81, QLatin1Char('x'))), QStringLiteral("a name may have at most 80 characters."));
    EXPECT_EQ(problemWith(QStringLiteral("B")), QString());

    // rename() says the same.
    ASSERT_TRUE(store->rename(QStringLiteral("b"), QStringLiteral("Bee")) == std::nullopt);
    const MaybeError taken = store->rename(QStringLiteral("b"), QStringLiteral("A"));
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(taken->problem, QStringLiteral("another routine already has this name."));
}

TEST_F(RoutineStoreTest, FindsByIdAloneAndSaysWhyARoutineCannotBePlayed)
{
    auto store = openStore(m_dir.path());
    EXPECT_EQ(store->findById(QStringLiteral("desk-break"))->name, QStringLiteral("Desk break"));
    EXPECT_EQ(store->findById(QStringLiteral("Desk break")), nullptr) << "a name is not an id";

    const RoutineStore::Playable builtIn = store->findPlayable(QStringLiteral("Desk break"));
    ASSERT_NE(builtIn.routine, nullptr);
    EXPECT_EQ(builtIn.routine->id, QStringLiteral("desk-break"));
    EXPECT_TRUE(builtIn.problem.isEmpty());

    const RoutineStore::Playable missing = store->findPlayable(QStringLiteral("nope"));
    EXPECT_EQ(missing.routine, nullptr);
    EXPECT_EQ(missing.problem, QStringLiteral("there is no routine 'nope'. 'limber routines' lists them."));

    Result<Routine> empty = store->add(routine(QStringLiteral("Empty"), {}));
    ASSERT_TRUE(empty.ok());
    EXPECT_FALSE(empty.value().isPlayable());
    const RoutineStore::Playable none = store->findPlayable(QStringLiteral("Empty"));
    EXPECT_EQ(none.routine, nullptr);
    EXPECT_EQ(none.problem, QStringLiteral("the routine 'Empty' has no exercises to play."));
}
