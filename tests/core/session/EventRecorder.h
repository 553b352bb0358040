#pragma once

#include "FakeClock.h"
#include "session/SessionEngine.h"

#include <QObject>
#include <QString>

#include <ostream>
#include <vector>

namespace Limber::Test {

// One thing the engine reported, with when it was due and when it was reported.
struct Event {
    enum Type { StepStart, CueDue, Finished };
    Type type = StepStart;
    int step = -1;
    QString cue;
    qint64 dueAt = 0;
    qint64 reportedAt = 0;

    // Equal when the same thing was due at the same moment; the reporting time may differ.
    bool operator==(const Event &other) const
    {
        return type == other.type && step == other.step && cue == other.cue && dueAt == other.dueAt;
    }
};

inline std::ostream &operator<<(std::ostream &out, const Event &event)
{
    static const char *names[] = {"step", "cue", "finished"};
    return out << names[event.type] << '(' << event.step << ' ' << event.cue.toStdString() << " due " << event.dueAt
               << " at " << event.reportedAt << ')';
}

// Records the step starts, cues and the end an engine reports.
class EventRecorder final
{
public:
    EventRecorder(SessionEngine &engine, const FakeClock &clock)
    {
        QObject::connect(&engine, &SessionEngine::stepChanged, &m_context, [this, &clock](int step, qint64 due) {
            events.push_back({Event::StepStart, step, {}, due, clock.nowMs()});
        });
        QObject::connect(&engine, &SessionEngine::cueDue, &m_context,
                         [this, &clock](const Cue &cue, int step, qint64 due) {
                             events.push_back({Event::CueDue, step, cue.id, due, clock.nowMs()});
                         });
        QObject::connect(&engine, &SessionEngine::finished, &m_context, [this, &clock] {
            events.push_back({Event::Finished, -1, {}, clock.nowMs(), clock.nowMs()});
        });
    }

    // What an untouched run of `timeline` started at `start` must report, in order. The end
    // is compared on its own (it carries no due time).
    static std::vector<Event> expected(const Timeline &timeline, qint64 start)
    {
        std::vector<Event> out;
        for (int i = 0; i < timeline.steps.size(); ++i) {
            const Step &step = timeline.steps.at(i);
            out.push_back({Event::StepStart, i, {}, start + step.startMs, 0});
            for (const Cue &cue : step.cues)
                out.push_back({Event::CueDue, i, cue.id, start + step.startMs + cue.offsetMs, 0});
        }
        return out;
    }

    std::vector<Event> withoutFinished() const
    {
        std::vector<Event> out;
        for (const Event &event : events) {
            if (event.type != Event::Finished)
                out.push_back(event);
        }
        return out;
    }

    std::vector<Event> events;

private:
    QObject m_context;
};

} // namespace Limber::Test
