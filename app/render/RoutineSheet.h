#pragma once

#include "model/Level.h"
#include "model/Routine.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace Limber {

// What a printed routine sheet shows: a routine at a level, on which paper, laid out in detail
// or compactly, with how many weeks of tick boxes, and optionally whom it is for.
struct RoutineSheet {
    enum class Paper { A4, Letter };
    enum class Layout {
        Detailed, // one exercise after another, with large figures
        Compact, // two exercises side by side with small figures: a short routine fits one page
    };

    static constexpr int minWeeks = 1;
    static constexpr int maxWeeks = 8;

    Routine routine;
    Level level = Level::Standard;
    Paper paper = Paper::A4;
    Layout layout = Layout::Detailed;
    int weeks = 1;
    QString personName; // empty: the sheet leaves a line to write a name on
    QDate date; // invalid: today

    // A sheet for the routine at its own level, on the locale's paper, dated today.
    static RoutineSheet forRoutine(const Routine &routine, std::optional<Level> level = std::nullopt);

    // Letter where it is the usual paper (the United States, Canada, Mexico and a few more),
    // A4 everywhere else.
    static Paper defaultPaper(const QLocale &locale = QLocale());
    static QPageSize pageSize(Paper paper);

    // Stable identifiers for the command line: "a4", "letter"; "detailed", "compact".
    static QString paperId(Paper paper);
    static std::optional<Paper> paperFromId(const QString &id);
    static QString layoutId(Layout layout);
    static std::optional<Layout> layoutFromId(const QString &id);

    friend bool operator==(const RoutineSheet &, const RoutineSheet &) = default;
};

} // namespace Limber
