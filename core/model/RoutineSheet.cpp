#include "RoutineSheet.h"

#include "Limits.h"

#include <QCoreApplication>

#include <algorithm>

namespace Limber {

namespace {
// The messages keep the context they had when the command line checked the options itself, so
// the translations stay.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)
};
} // namespace

RoutineSheet RoutineSheet::forRoutine(const Routine &routine, std::optional<Level> level)
{
    RoutineSheet sheet;
    sheet.routine = routine;
    sheet.level = level.value_or(routine.level);
    sheet.paper = defaultPaper();
    sheet.date = QDate::currentDate();
    return sheet;
}

RoutineSheet::Paper RoutineSheet::defaultPaper(const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return Paper::Letter;
    // Metric countries that still print on Letter.
    switch (locale.territory()) {
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Belize:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

QString RoutineSheet::paperId(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<RoutineSheet::Paper> RoutineSheet::paperFromId(const QString &id)
{
    if (id.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (id.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QString RoutineSheet::layoutId(Layout layout)
{
    return layout == Layout::Compact ? QStringLiteral("compact") : QStringLiteral("detailed");
}

std::optional<RoutineSheet::Layout> RoutineSheet::layoutFromId(const QString &id)
{
    if (id == QLatin1String("detailed"))
        return Layout::Detailed;
    if (id == QLatin1String("compact"))
        return Layout::Compact;
    return std::nullopt;
}

std::optional<int> RoutineSheet::weeksFromText(const QString &text)
{
    bool isNumber = false;
    const int weeks = text.toInt(&isNumber);
    if (!isNumber || weeks < minWeeks || weeks > maxWeeks)
        return std::nullopt;
    return weeks;
}

bool RoutineSheet::isPrintableName(const QString &name)
{
    return name.size() <= Limits::maxNameLength && !name.contains(QLatin1Char('\n'))
        && !name.contains(QLatin1Char('\r'));
}

std::optional<QString> RoutineSheet::problemWithOptions(const QString &paper, const QString &layout,
                                                        const QString &weeks, const QString &personName)
{
    if (!paperFromId(paper))
        return Text::tr("the paper must be a4 or letter, not '%1'.").arg(paper);
    if (!layoutFromId(layout))
        return Text::tr("the layout must be detailed or compact, not '%1'.").arg(layout);
    // The message names the range as the translations have it.
    static_assert(minWeeks == 1 && maxWeeks == 8, "the message below says 1 to 8");
    if (!weeksFromText(weeks))
        return Text::tr("--weeks must be a whole number from 1 to 8, not '%1'.").arg(weeks);
    if (!isPrintableName(personName))
        return Text::tr("--name must be one line of at most %1 characters.").arg(Limits::maxNameLength);
    return std::nullopt;
}

int RoutineSheet::weekCount() const
{
    return std::clamp(weeks, minWeeks, maxWeeks);
}

QDate RoutineSheet::printedDate() const
{
    return date.isValid() ? date : QDate::currentDate();
}

} // namespace Limber
