#include "Weekdays.h"

#include <array>

namespace Limber {

namespace {

constexpr std::array<const char *, 7> dayIds{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char *, 7> icalIds{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

bool isDay(int dayOfWeek)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7;
}

} // namespace

Weekdays Weekdays::mondayToFriday()
{
    return of({1, 2, 3, 4, 5});
}

Weekdays Weekdays::everyDay()
{
    return of({1, 2, 3, 4, 5, 6, 7});
}

Weekdays Weekdays::of(std::initializer_list<int> days)
{
    Weekdays set;
    for (const int day : days)
        set.insert(day);
    return set;
}

bool Weekdays::contains(int dayOfWeek) const
{
    return isDay(dayOfWeek) && (m_bits & (1u << (dayOfWeek - 1))) != 0;
}

void Weekdays::insert(int dayOfWeek)
{
    if (isDay(dayOfWeek))
        m_bits = quint8(m_bits | (1u << (dayOfWeek - 1)));
}

void Weekdays::remove(int dayOfWeek)
{
    if (isDay(dayOfWeek))
        m_bits = quint8(m_bits & ~(1u << (dayOfWeek - 1)));
}

QList<int> Weekdays::days() const
{
    QList<int> list;
    for (int day = 1; day <= 7; ++day) {
        if (contains(day))
            list.append(day);
    }
    return list;
}

QString Weekdays::id(int dayOfWeek)
{
    return isDay(dayOfWeek) ? QLatin1String(dayIds.at(std::size_t(dayOfWeek - 1))) : QString();
}

std::optional<int> Weekdays::fromId(const QString &id)
{
    for (int day = 1; day <= 7; ++day) {
        if (id == QLatin1String(dayIds.at(std::size_t(day - 1))))
            return day;
    }
    return std::nullopt;
}

QStringList Weekdays::ids() const
{
    QStringList list;
    for (const int day : days())
        list.append(id(day));
    return list;
}

QString Weekdays::icalDays() const
{
    QStringList list;
    for (const int day : days())
        list.append(QLatin1String(icalIds.at(std::size_t(day - 1))));
    return list.join(QLatin1Char(','));
}

} // namespace Limber
