#pragma once

#include <QString>
#include <QTime>

// A time of day as people type it into a field: "21" is 21:00, "2119" and "21:19" are 21:19,
// "930", "9:30" and "9.30" are 09:30, and "9pm" or "9:30 am" use the 12-hour clock. What could
// still become a time with more typing ("9:", "24", "9:3") is a time not yet finished.
namespace Limber::TypedTime {

enum class State {
    Invalid, // no more typing makes this a time ("25", "9:75", "abc")
    Unfinished, // a time in the making ("", "9:", "93", "24")
    Time, // a whole time: `time` says which
};

struct Reading {
    State state = State::Invalid;
    QTime time; // valid only when state is Time

    friend bool operator==(const Reading &, const Reading &) = default;
};

[[nodiscard]] Reading read(const QString &typed);

} // namespace Limber::TypedTime
