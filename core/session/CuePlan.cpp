#include "CuePlan.h"

#include <algorithm>
#include <map>
#include <vector>

namespace Limber {

namespace {

struct Placed {
    qint64 at = 0;
    qint64 until = 0;
    int priority = 0;
    int step = 0;
    int cue = 0;
};

std::vector<Placed> placeAll(const Timeline &timeline)
{
    std::vector<Placed> placed;
    for (int s = 0; s < timeline.steps.size(); ++s) {
        const Step &step = timeline.steps.at(s);
        for (int c = 0; c < step.cues.size(); ++c) {
            const Cue &cue = step.cues.at(c);
            const qint64 at = step.startMs + cue.offsetMs;
            placed.push_back({at, at + CuePlan::soundingMs(cue), int(cue.priority), s, c});
        }
    }
    return placed;
}

} // namespace

qint64 CuePlan::soundingMs(const Cue &cue)
{
    qint64 ms = cue.tone.isEmpty() ? 0 : toneMs;
    if (!cue.text.isEmpty())
        ms += std::max(minSpeechMs, msPerCharacter * cue.text.size());
    return std::max<qint64>(ms, 1);
}

void CuePlan::resolveCollisions(Timeline &timeline)
{
    std::vector<Placed> placed = placeAll(timeline);
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.at != b.at)
            return a.at < b.at;
        if (a.step != b.step)
            return a.step < b.step;
        return a.cue < b.cue;
    });

    std::map<qint64, qint64> kept; // start -> end of every kept window (they never overlap)
    std::vector<std::vector<bool>> keep(size_t(timeline.steps.size()));
    for (int s = 0; s < timeline.steps.size(); ++s)
        keep[size_t(s)].assign(size_t(timeline.steps.at(s).cues.size()), false);

    for (const Placed &cue : placed) {
        auto next = kept.lower_bound(cue.at);
        if (next != kept.end() && next->first < cue.until)
            continue;
        if (next != kept.begin() && std::prev(next)->second > cue.at)
            continue;
        kept.emplace(cue.at, cue.until);
        keep[size_t(cue.step)][size_t(cue.cue)] = true;
    }

    for (int s = 0; s < timeline.steps.size(); ++s) {
        QList<Cue> &cues = timeline.steps[s].cues;
        QList<Cue> survivors;
        survivors.reserve(cues.size());
        for (int c = 0; c < cues.size(); ++c) {
            if (keep[size_t(s)][size_t(c)])
                survivors.append(cues.at(c));
        }
        cues = std::move(survivors);
    }
}

std::optional<CueCollision> CuePlan::findCollision(const Timeline &timeline)
{
    std::vector<Placed> placed = placeAll(timeline);
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.at < b.at; });
    // A long window can cover several later cues, so compare with the one reaching furthest.
    size_t furthest = 0;
    for (size_t i = 1; i < placed.size(); ++i) {
        if (placed[i].at < placed[furthest].until)
            return CueCollision{placed[furthest].step, placed[furthest].cue, placed[i].step, placed[i].cue};
        if (placed[i].until > placed[furthest].until)
            furthest = i;
    }
    return std::nullopt;
}

} // namespace Limber
