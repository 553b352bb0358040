#include "SafetyAdvice.h"

namespace Limber {

QString SafetyAdvice::stopIf()
{
    return tr("Limber's advice: stop and get advice from a doctor or physiotherapist if you feel pain spreading "
              "into an arm, numbness or tingling, sharp pain or pain that gets worse, or dizziness.");
}

QString SafetyAdvice::beforeYouStartTitle()
{
    return tr("Before you start");
}

QString SafetyAdvice::beforeYouStartIntro()
{
    return tr("These exercises are gentle, but they are not right for everyone. See a doctor or physiotherapist "
              "before you begin if you have any of these:");
}

QStringList SafetyAdvice::seeAProfessionalFirst()
{
    return {
        tr("Chest pain, or pain together with shortness of breath"),
        tr("Numbness, tingling or weakness in your arms or legs"),
        tr("Back pain that began with a fall, an accident or another injury"),
        tr("Back pain with a fever, or while you feel generally unwell"),
        tr("Pain that wakes you at night, or that does not ease when you rest"),
    };
}

QString SafetyAdvice::beforeYouStartClosing()
{
    return tr("While you exercise, move gently and within what is comfortable. Stop and get advice if you feel "
              "pain spreading into an arm, numbness or tingling, sharp pain or pain that gets worse, or "
              "dizziness. If your pain persists or gets worse, see a healthcare professional.");
}

QString SafetyAdvice::whoseAdvice()
{
    return tr("This is Limber's general advice, not a diagnosis, and not part of the article the exercises come "
              "from.");
}

} // namespace Limber
