#pragma once

#include "Camera.h"
#include "KeyPosition.h"
#include "Prop.h"
#include "model/Side.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Limber {

// Everything needed to draw one exercise: the view, its key positions, the equipment, the part
// of the back that works, and, for per-side exercises, which side the poses were drawn for
// (the other side is the mirror image).
struct IllustrationSpec {
    // Head radius and margins the frame leaves around the figure, in centimetres.
    static constexpr double headRadius = 11.5;

    QString exerciseId;
    Camera camera;
    bool perSide = false;
    Side authoredSide = Side::None;
    // The highlighted stretch of the spine: 0 is the pelvis, 1 the neck.
    double highlightFrom = 0.45;
    double highlightTo = 0.95;
    bool shoulderBlades = false;
    QList<Prop> props;
    QList<KeyPosition> positions;

    [[nodiscard]] QStringList keyPositionNames() const;
    // The key position called `name`, or nullptr.
    [[nodiscard]] const KeyPosition *position(const QString &name) const;

    // Whether the figure for `side` is the mirror image of the poses as written.
    [[nodiscard]] bool mirroredFor(Side side) const;

    // The part of the page (centimetres, y up) that every key position and the floor fit in,
    // so that all positions, and the motion between them, share one scale.
    [[nodiscard]] QRectF frame() const;

    friend bool operator==(const IllustrationSpec &, const IllustrationSpec &) = default;
};

} // namespace Limber
