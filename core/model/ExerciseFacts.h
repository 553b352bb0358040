#pragma once

#include "Exercise.h"

#include <QCoreApplication>

namespace Limber {

// The facts about an exercise in plain, translated words: what kind of exercise it is, the
// position it is done in and what it needs. The library shows them under the exercise's name,
// the routine sheet prints them under each exercise: both say the equipment the same way.
class ExerciseFacts final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::ExerciseFacts)

public:
    // "No equipment", or what it needs: "Resistance band or Light dumbbells" when any one of
    // them will do, "Wall and Room corner" when it needs them all.
    static QString equipment(const Exercise &exercise);

    // Every kind, the main one first: "Strength and Stretch" for Cobra, "Posture tip" for one.
    static QString kinds(const Exercise &exercise);

    // The library's two lines: every kind, the position and the equipment, then what it works:
    // "Strength and Stretch · Lying face down · No equipment\nWorks: Spine, Upper back".
    static QString detailed(const Exercise &exercise);

    // The routine sheet's line: the main kind, the position and the equipment, spaced for paper:
    // "Strength   ·   Standing   ·   Equipment: Resistance band or Light dumbbells".
    static QString printed(const Exercise &exercise);
};

} // namespace Limber
