#pragma once

#include "ConcreteDose.h"
#include "Dose.h"

#include <QCoreApplication>
#include <QStringList>

namespace Limber {

struct Exercise;

// An exercise's steps with the numbers of the dose being given. The catalog writes each number a
// step states as a placeholder, so the steps say what the headline says:
//   {times}    how many times: "3 to 5 times", "4 times"
//   {seconds}  the hold: "20 to 30 seconds", "25 seconds"
//   {duration} a timed block: "1 to 2 minutes", "90 seconds"
//   {reps}     reps: "10 to 12 reps", "11 reps"
// With the catalog's Dose the placeholders read as the article's ranges (the library, the command
// line); with a ConcreteDose as the routine's numbers (the session, the sheet).
class StepText final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::StepText)

public:
    [[nodiscard]] static QString fill(const QString &step, const Dose &dose);
    [[nodiscard]] static QString fill(const QString &step, const ConcreteDose &dose);
    // Every step of the exercise with the dose being given.
    [[nodiscard]] static QStringList forDose(const Exercise &exercise, const ConcreteDose &dose);
    // What is wrong with a step's placeholders for a dose of this pattern (one it does not know,
    // or one the dose has no number for), or empty.
    [[nodiscard]] static QString problemWith(const QString &step, DosePattern pattern);
    // The article's suggestion, as the source beside the dose given: "The article suggests: hold
    // 20–30 s, 3–5 times." Empty where some number is Limber's choice, not the article's.
    [[nodiscard]] static QString articleSuggests(const Dose &dose);
};

} // namespace Limber
