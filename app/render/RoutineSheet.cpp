#include "RoutineSheet.h"

namespace Limber {

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

QPageSize RoutineSheet::pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
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

} // namespace Limber
