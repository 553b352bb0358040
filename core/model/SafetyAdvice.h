#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Limber {

// Limber's own general safety advice, beyond the article: when to stop an exercise and get
// advice, and the reasons to see a professional before a first session. Conservative and
// general on purpose, never a diagnosis; shown as Limber's words, not the article's.
class SafetyAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::SafetyAdvice)

public:
    // One sentence for every exercise, on screen and on paper: the signs to stop and get advice.
    [[nodiscard]] static QString stopIf();

    // The screen shown once, before a person's first session.
    [[nodiscard]] static QString beforeYouStartTitle();
    [[nodiscard]] static QString beforeYouStartIntro();
    // The reasons to see a doctor or physiotherapist before starting, one per line.
    [[nodiscard]] static QStringList seeAProfessionalFirst();
    [[nodiscard]] static QString beforeYouStartClosing();
    // Whose advice this is: Limber's, general, not from the article and not a diagnosis.
    [[nodiscard]] static QString whoseAdvice();
};

} // namespace Limber
