#pragma once

#include "Level.h"

#include <QString>

namespace Limber {

// A range of whole numbers as the article gives it ("10-15 reps", "hold 30-60 seconds").
// When the article is silent, Limber chooses a value; `fromArticle` is then false and `note`
// says why, so the app can show that the number is Limber's choice rather than the article's.
struct Range {
    int min = 0;
    int max = 0;
    bool fromArticle = true;
    QString note;

    [[nodiscard]] bool isValid() const { return min > 0 && min <= max; }
    [[nodiscard]] bool isSingle() const { return min == max; }
    // gentle = min, standard = middle rounded half up, full = max.
    [[nodiscard]] int at(Level level) const;

    friend bool operator==(const Range &, const Range &) = default;
};

} // namespace Limber
