#pragma once

#include "Level.h"
#include "Routine.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace Limber {

// What a printed routine sheet shows: a routine at a level, on which paper, laid out in detail
// or compactly, with how many weeks of tick boxes, and optionally whom it is for. The drawing
// (limber_render) maps the paper to a page size; the rules of the options live here.
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

    // Stable identifiers for the command line: "a4", "letter" (in any case); "detailed", "compact".
    static QString paperId(Paper paper);
    static std::optional<Paper> paperFromId(const QString &id);
    static QString layoutId(Layout layout);
    static std::optional<Layout> layoutFromId(const QString &id);

    // A number of weeks written as text ("3"), if it is a whole number from minWeeks to maxWeeks.
    static std::optional<int> weeksFromText(const QString &text);
    // A name to print: one line of at most Limits::maxNameLength characters.
    static bool isPrintableName(const QString &name);

    // What is wrong with options given as text, as `limber sheet` takes them (a paper id, a
    // layout id, a number of weeks, a name), checked in that order; nothing when they make a
    // sheet. The messages are the command line's.
    static std::optional<QString> problemWithOptions(const QString &paper, const QString &layout, const QString &weeks,
                                                     const QString &personName);

    // The weeks of tick boxes the sheet prints: `weeks`, kept within minWeeks and maxWeeks.
    [[nodiscard]] int weekCount() const;
    // The date the sheet prints: `date`, or today when it has none.
    [[nodiscard]] QDate printedDate() const;

    friend bool operator==(const RoutineSheet &, const RoutineSheet &) = default;
};

} // namespace Limber
