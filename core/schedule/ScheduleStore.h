#pragma once

#include "Schedule.h"
#include "storage/Result.h"

#include <QObject>

namespace Limber {

// The user's schedule in `<data folder>/schedule.json`. A missing file is the starter schedule
// (all rules off; isNew() says it was never saved). A file that cannot be read is kept as it is
// and reported; until it is set aside, nothing is saved over it, as with the routine store.
class ScheduleStore final : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleStore(QString dataDir, QObject *parent = nullptr);

    [[nodiscard]] QString path() const;

    MaybeError load();
    // Renames an unreadable file to "schedule.unreadable-<date-time>.json" beside it and starts
    // afresh with the starter schedule. Returns the new path.
    Result<QString> setAsideUnreadableStore();
    [[nodiscard]] bool isBlocked() const { return m_blocked; }
    [[nodiscard]] bool isNew() const { return m_new; }

    [[nodiscard]] const Schedule &schedule() const { return m_schedule; }
    // Writes atomically; on failure the file and the schedule in memory stay as they were.
    MaybeError save(const Schedule &schedule);

Q_SIGNALS:
    void scheduleChanged();

private:
    QString m_dataDir;
    Schedule m_schedule;
    bool m_blocked = false;
    bool m_new = true;
};

} // namespace Limber
