#include "StepKind.h"

#include <array>

namespace Limber {

namespace {

constexpr std::array allKinds{
    StepKind::GetReady,    StepKind::Hold,     StepKind::Release,       StepKind::SqueezeHold,
    StepKind::BreathRep,   StepKind::TempoRep, StepKind::SelfPacedReps, StepKind::TimedBlock,
    StepKind::SwitchSides, StepKind::SetRest,  StepKind::RestBetween,   StepKind::Done,
};

} // namespace

QString stepKindId(StepKind kind)
{
    switch (kind) {
    case StepKind::GetReady:
        return QStringLiteral("get-ready");
    case StepKind::Hold:
        return QStringLiteral("hold");
    case StepKind::Release:
        return QStringLiteral("release");
    case StepKind::SqueezeHold:
        return QStringLiteral("squeeze-hold");
    case StepKind::BreathRep:
        return QStringLiteral("breath-rep");
    case StepKind::TempoRep:
        return QStringLiteral("tempo-rep");
    case StepKind::SelfPacedReps:
        return QStringLiteral("self-paced-reps");
    case StepKind::TimedBlock:
        return QStringLiteral("timed-block");
    case StepKind::SwitchSides:
        return QStringLiteral("switch-sides");
    case StepKind::SetRest:
        return QStringLiteral("set-rest");
    case StepKind::RestBetween:
        return QStringLiteral("rest-between");
    case StepKind::Done:
        return QStringLiteral("done");
    }
    return {};
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
