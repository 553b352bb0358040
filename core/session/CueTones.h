#pragma once

#include <QString>

// The tone ids cues name. The audio layer maps each to a sound; a plan only names them.
namespace Limber::CueTones {

inline const QString start = QStringLiteral("start"); // a hold, rep or block begins
inline const QString release = QStringLiteral("release"); // let go, rest between holds
inline const QString tick = QStringLiteral("tick"); // each of the last three seconds
inline const QString switchSides = QStringLiteral("switch");
inline const QString rest = QStringLiteral("rest"); // rest between sets or exercises
inline const QString done = QStringLiteral("done");

} // namespace Limber::CueTones
