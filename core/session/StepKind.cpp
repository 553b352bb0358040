#include "StepKind.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace Limber {

namespace {

constexpr std::array allKinds{
    StepKind::GetReady,    StepKind::Hold,     StepKind::Release,       StepKind::SqueezeHold,
    StepKind::BreathRep,   StepKind::TempoRep, StepKind::SelfPacedReps, StepKind::TimedBlock,
    StepKind::SwitchSides, StepKind::SetRest,  StepKind::RestBetween,   StepKind::Done,
};

// The id of each kind. The switch has no default, so -Wswitch names a kind the enum gains and
// this leaves out; an empty id means "not a kind".
constexpr std::u16string_view idOf(StepKind kind)
{
    switch (kind) {
    case StepKind::GetReady:
        return u"get-ready";
    case StepKind::Hold:
        return u"hold";
    case StepKind::Release:
        return u"release";
    case StepKind::SqueezeHold:
        return u"squeeze-hold";
    case StepKind::BreathRep:
        return u"breath-rep";
    case StepKind::TempoRep:
        return u"tempo-rep";
    case StepKind::SelfPacedReps:
        return u"self-paced-reps";
    case StepKind::TimedBlock:
        return u"timed-block";
    case StepKind::SwitchSides:
        return u"switch-sides";
    case StepKind::SetRest:
        return u"set-rest";
    case StepKind::RestBetween:
        return u"rest-between";
    case StepKind::Done:
        return u"done";
    }
    return {};
}

// Every value with an id is in allKinds exactly once, and allKinds holds nothing else, so a kind
// added to the enum (and, as -Wswitch insists, to idOf) but not to allKinds stops the build.
// The enum numbers its kinds from 0 without gaps, far below the bound.
constexpr int valuesChecked = 256;
constexpr bool allKindsListsEveryKindOnce()
{
    for (int value = 0; value < valuesChecked; ++value) {
        const auto kind = StepKind(value);
        const auto listed = std::count(allKinds.begin(), allKinds.end(), kind);
        if (listed != (idOf(kind).empty() ? 0 : 1))
            return false;
    }
    return std::all_of(allKinds.begin(), allKinds.end(), [](StepKind kind) { return !idOf(kind).empty(); });
}
static_assert(allKindsListsEveryKindOnce(), "allKinds must list every StepKind exactly once");

} // namespace

QString stepKindId(StepKind kind)
{
    const std::u16string_view id = idOf(kind);
    return QString::fromUtf16(id.data(), qsizetype(id.size()));
}

std::optional<StepKind> stepKindFromId(const QString &id)
{
    for (StepKind kind : allKinds) {
        if (stepKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

bool isExerciseWork(StepKind kind)
{
    switch (kind) {
    case StepKind::Hold:
    case StepKind::SqueezeHold:
    case StepKind::BreathRep:
    case StepKind::TempoRep:
    case StepKind::SelfPacedReps:
    case StepKind::TimedBlock:
        return true;
    case StepKind::GetReady:
    case StepKind::Release:
    case StepKind::SwitchSides:
    case StepKind::SetRest:
    case StepKind::RestBetween:
    case StepKind::Done:
        return false;
    }
    return false;
}

bool isExtendable(StepKind kind)
{
    switch (kind) {
    case StepKind::GetReady:
    case StepKind::Hold:
    case StepKind::Release:
    case StepKind::TimedBlock:
    case StepKind::SwitchSides:
    case StepKind::SetRest:
    case StepKind::RestBetween:
        return true;
    case StepKind::SqueezeHold:
    case StepKind::BreathRep:
    case StepKind::TempoRep:
    case StepKind::SelfPacedReps:
    case StepKind::Done:
        return false;
    }
    return false;
}

} // namespace Limber
