#include "RoutineStore.h"

#include "AtomicFile.h"
#include "JsonFile.h"
#include "RoutineFormat.h"
#include "model/Limits.h"
#include "model/Slug.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

namespace Limber {

RoutineStore::RoutineStore(const Catalog &catalog, QList<Routine> builtIns, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_builtIns(std::move(builtIns))
    , m_dataDir(std::move(dataDir))
{ }

QString RoutineStore::storePath() const
{
    return QDir(m_dataDir).filePath(fileName);
}

MaybeError RoutineStore::load()
{
    if (!QFile::exists(storePath())) {
        m_user.clear();
        m_blocked = false;
        Q_EMIT routinesChanged();
        return std::nullopt;
    }
    Result<QList<Routine>> routines = RoutineFormat::readStore(storePath(), m_catalog);
    if (!routines) {
        m_user.clear();
        m_blocked = true;
        Q_EMIT routinesChanged();
        return routines.error();
    }
    m_user = std::move(routines).value();
    for (Routine &routine : m_user)
        routine.builtIn = false;
    m_blocked = false;
    Q_EMIT routinesChanged();
    return std::nullopt;
}

Result<QString> RoutineStore::setAsideUnreadableStore()
{
    Result<QString> backup = JsonFile::setAside(storePath(), QStringLiteral("routines"));
    if (!backup)
        return backup;
    m_blocked = false;
    m_user.clear();
    return backup;
}

const Routine *RoutineStore::findById(const QString &id) const
{
    for (const QList<Routine> *list : {&m_builtIns, &m_user}) {
        for (const Routine &routine : *list) {
            if (routine.id == id)
                return &routine;
        }
    }
    return nullptr;
}

RoutineStore::Playable RoutineStore::findPlayable(const QString &idOrName) const
{
    const Routine *routine = find(idOrName);
    if (!routine)
        return {nullptr, tr("there is no routine '%1'. 'limber routines' lists them.").arg(idOrName)};
    if (!routine->isPlayable())
        return {nullptr, tr("the routine '%1' has no exercises to play.").arg(idOrName)};
    return {routine, {}};
}

const Routine *RoutineStore::find(const QString &idOrName) const
{
    if (const Routine *routine = findById(idOrName))
        return routine;
    for (const QList<Routine> *list : {&m_builtIns, &m_user}) {
        for (const Routine &routine : *list) {
            if (routine.name == idOrName)
                return &routine;
        }
    }
    return nullptr;
}

QString RoutineStore::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed().left(Limits::maxNameLength - 5);
    auto taken = [this](const QString &name) {
        for (const QList<Routine> *list : {&m_builtIns, &m_user}) {
            for (const Routine &routine : *list) {
                if (routine.name.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    };
    if (!taken(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString RoutineStore::uniqueId(const QString &name) const
{
    const QString slug = slugFrom(name, QStringLiteral("routine"));

    auto taken = [this](const QString &id) {
        for (const QList<Routine> *list : {&m_builtIns, &m_user}) {
            for (const Routine &routine : *list) {
                if (routine.id == id)
                    return true;
            }
        }
        return false;
    };
    if (!taken(slug))
        return slug;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(slug).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

qsizetype RoutineStore::userIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_user.size(); ++i) {
        if (m_user.at(i).id == id)
            return i;
    }
    return -1;
}

FileError RoutineStore::notEditable(const QString &id) const
{
    for (const Routine &routine : m_builtIns) {
        if (routine.id == id)
            return FileError{{}, routine.name, tr("built-in routines cannot be changed; make a copy instead.")};
    }
    return FileError{{}, id, tr("there is no routine with this id.")};
}

MaybeError RoutineStore::checkName(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    bool taken = false;
    for (const Routine &routine : allRoutines()) {
        if (routine.id != exceptId && routine.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            taken = true;
    }
    return nameProblem(trimmed, taken);
}

MaybeError RoutineStore::nameProblem(const QString &trimmed, bool taken)
{
    if (trimmed.isEmpty())
        return FileError{{}, {}, tr("a routine needs a name.")};
    if (trimmed.size() > Limits::maxNameLength)
        return FileError{{},
                         trimmed.left(20) + QStringLiteral("…"),
                         tr("a name may have at most %1 characters.").arg(Limits::maxNameLength)};
    if (taken)
        return FileError{{}, trimmed, tr("another routine already has this name.")};
    return std::nullopt;
}

MaybeError RoutineStore::commit(QList<Routine> next)
{
    if (m_blocked)
        return FileError{storePath(),
                         {},
                         tr("this file could not be read, so Limber will not save over it. Move it "
                            "aside first.")};
    if (MaybeError error = AtomicFile::write(storePath(), RoutineFormat::storeDocument(next)))
        return error;
    m_user = std::move(next);
    Q_EMIT routinesChanged();
    return std::nullopt;
}

Result<Routine> RoutineStore::add(Routine routine)
{
    if (routine.items.size() > Limits::maxItems)
        return FileError{{}, routine.name, tr("a routine may have at most %1 exercises.").arg(Limits::maxItems)};
    routine.builtIn = false;
    routine.name = uniqueName(routine.name.trimmed().isEmpty() ? tr("New routine") : routine.name);
    if (!RoutineFormat::isValidId(routine.id) || find(routine.id))
        routine.id = uniqueId(routine.name);
    QList<Routine> next = m_user;
    next.append(routine);
    if (MaybeError error = commit(std::move(next)))
        return *error;
    return routine;
}

Result<Routine> RoutineStore::copy(const QString &id, const QString &newName)
{
    const Routine *source = find(id);
    if (!source)
        return FileError{{}, id, tr("there is no routine with this id or name.")};
    Routine routine = *source;
    routine.id.clear();
    routine.name = newName.trimmed().isEmpty() ? tr("%1 (copy)").arg(source->name) : newName;
    return add(std::move(routine));
}

MaybeError RoutineStore::rename(const QString &id, const QString &newName)
{
    const qsizetype index = userIndex(id);
    if (index < 0)
        return notEditable(id);
    if (MaybeError error = checkName(newName, id))
        return error;
    QList<Routine> next = m_user;
    next[index].name = newName.trimmed();
    return commit(std::move(next));
}

MaybeError RoutineStore::update(const Routine &routine)
{
    const qsizetype index = userIndex(routine.id);
    if (index < 0)
        return notEditable(routine.id);
    if (MaybeError error = checkName(routine.name, routine.id))
        return error;
    if (routine.items.size() > Limits::maxItems)
        return FileError{{}, routine.name, tr("a routine may have at most %1 exercises.").arg(Limits::maxItems)};
    for (const RoutineItem &item : routine.items) {
        if (!m_catalog.contains(item.exerciseId))
            return FileError{{}, routine.name, tr("there is no exercise with the id \"%1\".").arg(item.exerciseId)};
    }
    QList<Routine> next = m_user;
    next[index] = routine;
    next[index].name = routine.name.trimmed();
    next[index].builtIn = false;
    return commit(std::move(next));
}

MaybeError RoutineStore::remove(const QString &id)
{
    const qsizetype index = userIndex(id);
    if (index < 0)
        return notEditable(id);
    QList<Routine> next = m_user;
    next.removeAt(index);
    return commit(std::move(next));
}

MaybeError RoutineStore::replaceUserRoutines(const QList<Routine> &routines)
{
    QSet<QString> ids;
    QSet<QString> names;
    for (const Routine &routine : m_builtIns) {
        ids.insert(routine.id);
        names.insert(routine.name.toCaseFolded());
    }
    QList<Routine> next;
    for (Routine routine : routines) {
        if (!RoutineFormat::isValidId(routine.id) || ids.contains(routine.id))
            return FileError{
                {}, routine.name, tr("the routine's id \"%1\" is not valid or not unique.").arg(routine.id)};
        const QString name = routine.name.trimmed();
        if (MaybeError problem = nameProblem(name, names.contains(name.toCaseFolded())))
            return problem;
        if (routine.items.size() > Limits::maxItems)
            return FileError{{}, routine.name, tr("a routine may have at most %1 exercises.").arg(Limits::maxItems)};
        for (const RoutineItem &item : routine.items) {
            if (!m_catalog.contains(item.exerciseId))
                return FileError{{}, routine.name, tr("there is no exercise with the id \"%1\".").arg(item.exerciseId)};
        }
        ids.insert(routine.id);
        names.insert(name.toCaseFolded());
        routine.name = name;
        routine.builtIn = false;
        next.append(std::move(routine));
    }
    return commit(std::move(next));
}

Result<Routine> RoutineStore::importFile(const QString &path)
{
    Result<Routine> routine = RoutineFormat::readShared(path, m_catalog);
    if (!routine)
        return routine;
    return add(std::move(routine).value());
}

MaybeError RoutineStore::exportFile(const QString &idOrName, const QString &path) const
{
    const Routine *routine = find(idOrName);
    if (!routine)
        return FileError{{}, idOrName, tr("there is no routine with this id or name.")};
    return AtomicFile::write(path, RoutineFormat::sharedDocument(*routine));
}

} // namespace Limber
