#include "ScheduleStore.h"

#include "ScheduleFormat.h"
#include "storage/AtomicFile.h"
#include "storage/JsonFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace Limber {

ScheduleStore::ScheduleStore(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_schedule(ScheduleFormat::starter())
{ }

QString ScheduleStore::path() const
{
    return QDir(m_dataDir).filePath(ScheduleFormat::fileName);
}

MaybeError ScheduleStore::load()
{
    if (!QFile::exists(path())) {
        m_schedule = ScheduleFormat::starter();
        m_blocked = false;
        m_new = true;
        Q_EMIT scheduleChanged();
        return std::nullopt;
    }
    Result<Schedule> schedule = ScheduleFormat::read(path());
    if (!schedule) {
        m_schedule = Schedule();
        m_blocked = true;
        m_new = false;
        Q_EMIT scheduleChanged();
        return schedule.error();
    }
    m_schedule = std::move(schedule).value();
    m_blocked = false;
    m_new = false;
    Q_EMIT scheduleChanged();
    return std::nullopt;
}

Result<QString> ScheduleStore::setAsideUnreadableStore()
{
    Result<QString> backup = JsonFile::setAside(path(), QStringLiteral("schedule"));
    if (!backup)
        return backup;
    m_blocked = false;
    m_new = true;
    m_schedule = ScheduleFormat::starter();
    Q_EMIT scheduleChanged();
    return backup;
}

MaybeError ScheduleStore::save(const Schedule &schedule)
{
    if (m_blocked)
        return FileError{
            path(), {}, tr("this file could not be read, so Limber will not save over it. Move it aside first.")};
    if (MaybeError error = AtomicFile::write(path(), ScheduleFormat::document(schedule)))
        return error;
    m_new = false;
    if (schedule != m_schedule) {
        m_schedule = schedule;
        Q_EMIT scheduleChanged();
    }
    return std::nullopt;
}

} // namespace Limber
