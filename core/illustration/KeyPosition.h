#pragma once

#include "MotionArrow.h"
#include "Pose.h"

#include <QList>
#include <QString>

namespace Limber {

// One named key position of an exercise (the names match the catalog's
// illustration.keyPositions), with the arrows that show the movement into it.
struct KeyPosition {
    QString name;
    Pose pose;
    QList<MotionArrow> arrows;

    friend bool operator==(const KeyPosition &, const KeyPosition &) = default;
};

} // namespace Limber
