#pragma once

#include "session/Timeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Limber {

// A timeline written out for `limber plan`: versioned JSON (documented in docs/plan-json.md)
// and plain text for people.
class TimelineReport final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::TimelineReport)

public:
    static inline const QString formatName = QStringLiteral("limber-plan");
    static constexpr int version = 1;

    [[nodiscard]] static QJsonObject toJson(const Timeline &timeline);
    // toJson as an indented document ending in a newline.
    [[nodiscard]] static QByteArray toJsonDocument(const Timeline &timeline);
    [[nodiscard]] static QString toText(const Timeline &timeline);

    // "1:05.250": minutes, seconds and milliseconds of a position or length.
    [[nodiscard]] static QString formatMs(qint64 ms);
    // "tempo", "halfway", "phase", "count", "announce", "action", "done".
    [[nodiscard]] static QString priorityId(CuePriority priority);
};

} // namespace Limber
