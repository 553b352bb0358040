#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Limber {

// A set of days of the week, Monday (1) to Sunday (7) as in Qt::DayOfWeek. Written to files as
// "mon", "tue", "wed", "thu", "fri", "sat", "sun".
class Weekdays final
{
public:
    constexpr Weekdays() = default;

    [[nodiscard]] static Weekdays mondayToFriday();
    [[nodiscard]] static Weekdays everyDay();
    [[nodiscard]] static Weekdays of(std::initializer_list<int> days);

    [[nodiscard]] bool contains(int dayOfWeek) const;
    void insert(int dayOfWeek);
    void remove(int dayOfWeek);
    [[nodiscard]] bool isEmpty() const { return m_bits == 0; }
    [[nodiscard]] QList<int> days() const;

    // "mon" ... "sun"; the day for an id, if it is one.
    [[nodiscard]] static QString id(int dayOfWeek);
    [[nodiscard]] static std::optional<int> fromId(const QString &id);
    [[nodiscard]] QStringList ids() const;
    // iCalendar's two-letter days: "MO,TU,WE,TH,FR".
    [[nodiscard]] QString icalDays() const;

    friend bool operator==(const Weekdays &, const Weekdays &) = default;

private:
    quint8 m_bits = 0;
};

} // namespace Limber
