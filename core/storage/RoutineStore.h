#pragma once

#include "Result.h"
#include "model/Catalog.h"
#include "model/Routine.h"

#include <QObject>

namespace Limber {

// The routines a person has: the built-ins (read only) and their own, kept in
// `<data folder>/routines.json`. Every change is written atomically before it is accepted, so
// a failed save leaves both the file and the routines in memory as they were.
class RoutineStore final : public QObject
{
    Q_OBJECT

public:
    static inline const QString fileName = QStringLiteral("routines.json");

    RoutineStore(const Catalog &catalog, QList<Routine> builtIns, QString dataDir, QObject *parent = nullptr);

    [[nodiscard]] QString storePath() const;
    [[nodiscard]] const Catalog &catalog() const { return m_catalog; }

    // Reads the user's routines. A missing file is an empty store. An unreadable one is left as
    // it is and reported; until it is set aside, nothing is saved over it.
    MaybeError load();
    // Renames an unreadable store to "routines.unreadable-<date-time>.json" beside it, so Limber
    // can start afresh without losing it. Returns the new path.
    Result<QString> setAsideUnreadableStore();
    [[nodiscard]] bool isBlocked() const { return m_blocked; }

    [[nodiscard]] const QList<Routine> &builtIns() const { return m_builtIns; }
    [[nodiscard]] const QList<Routine> &userRoutines() const { return m_user; }
    [[nodiscard]] QList<Routine> allRoutines() const { return m_builtIns + m_user; }
    // By id, or else by exact name.
    [[nodiscard]] const Routine *find(const QString &idOrName) const;
    // By id only (a reminder rule names its routine by id).
    [[nodiscard]] const Routine *findById(const QString &id) const;
    // As find(), for playing: the routine, or what to tell the user when there is no such routine
    // or it has no exercises to play.
    struct Playable {
        const Routine *routine = nullptr;
        QString problem; // empty when `routine` can be played
    };
    [[nodiscard]] Playable findPlayable(const QString &idOrName) const;

    // Adds a new user routine; its id and name are made unique if they are taken.
    Result<Routine> add(Routine routine);
    Result<Routine> copy(const QString &id, const QString &newName = {});
    MaybeError rename(const QString &id, const QString &newName);
    MaybeError update(const Routine &routine);
    MaybeError remove(const QString &id);
    // Replaces all of the user's routines at once (what undo and redo need), after checking
    // that ids and names are valid and unique and that every exercise exists.
    MaybeError replaceUserRoutines(const QList<Routine> &routines);

    Result<Routine> importFile(const QString &path);
    MaybeError exportFile(const QString &idOrName, const QString &path) const;

    // A name not yet used by any routine: `base`, else "base (2)", "base (3)", ...
    [[nodiscard]] QString uniqueName(const QString &base) const;
    [[nodiscard]] QString uniqueId(const QString &name) const;

Q_SIGNALS:
    void routinesChanged();

private:
    MaybeError commit(QList<Routine> next);
    [[nodiscard]] qsizetype userIndex(const QString &id) const;
    [[nodiscard]] FileError notEditable(const QString &id) const;
    [[nodiscard]] MaybeError checkName(const QString &name, const QString &exceptId) const;
    // The rule for a name (already trimmed), once: there is one, it is not too long, and no other
    // routine has it (`taken`). Each says which is wrong.
    [[nodiscard]] static MaybeError nameProblem(const QString &trimmed, bool taken);

    const Catalog &m_catalog;
    QList<Routine> m_builtIns;
    QList<Routine> m_user;
    QString m_dataDir;
    bool m_blocked = false;
};

} // namespace Limber
