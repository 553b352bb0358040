#pragma once

namespace Limber {

// The session's own pauses, which the article does not mention. Shown and changeable in settings.
struct SessionTimings {
    int getReadySeconds = 5;
    int switchSidesSeconds = 5;

    friend bool operator==(const SessionTimings &, const SessionTimings &) = default;
};

} // namespace Limber
