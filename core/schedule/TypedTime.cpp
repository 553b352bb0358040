#include "TypedTime.h"

#include <optional>

namespace Limber::TypedTime {

namespace {

constexpr int maxDigits = 4; // "2119"

enum class Meridiem { None, Am, Pm };

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// "am", "a.m.", "a", "pm", "p.m.", "p" at the end (after the digits and any spaces); `complete`
// is false for what is only the start of one ("a.").
struct Suffix {
    Meridiem meridiem = Meridiem::None;
    bool complete = true;
};

std::optional<Suffix> readSuffix(QStringView rest)
{
    rest = rest.trimmed();
    if (rest.isEmpty())
        return Suffix{};
    const QChar first = rest.front();
    if (first != QLatin1Char('a') && first != QLatin1Char('p'))
        return std::nullopt;
    const Meridiem meridiem = first == QLatin1Char('a') ? Meridiem::Am : Meridiem::Pm;
    const QStringView after = rest.mid(1);
    if (after.isEmpty() || after == u"m" || after == u".m." || after == u"m.")
        return Suffix{meridiem, true};
    if (after == u"." || after == u".m")
        return Suffix{meridiem, false};
    return std::nullopt;
}

// Hours and minutes as typed, checked against the clock the suffix chose.
bool isHour(int hour, Meridiem meridiem)
{
    return meridiem == Meridiem::None ? hour >= 0 && hour <= 23 : hour >= 1 && hour <= 12;
}

int to24(int hour, Meridiem meridiem)
{
    if (meridiem == Meridiem::Am)
        return hour == 12 ? 0 : hour;
    if (meridiem == Meridiem::Pm)
        return hour == 12 ? 12 : hour + 12;
    return hour;
}

Reading timeAt(int hour, int minute, Meridiem meridiem)
{
    return {State::Time, QTime(to24(hour, meridiem), minute)};
}

} // namespace

Reading read(const QString &typed)
{
    const QString text = typed.trimmed().toLower();
    if (text.isEmpty())
        return {State::Unfinished, {}};

    qsizetype at = 0;
    QString digits;
    while (at < text.size() && isDigit(text.at(at)))
        digits.append(text.at(at++));
    if (digits.isEmpty() || digits.size() > maxDigits)
        return {};

    // "9:30" or "9.30": the hour, a mark, the minutes.
    const bool marked = at < text.size() && (text.at(at) == QLatin1Char(':') || text.at(at) == QLatin1Char('.'));
    QString minutes;
    if (marked) {
        if (digits.size() > 2)
            return {};
        ++at;
        while (at < text.size() && isDigit(text.at(at)) && minutes.size() < 2)
            minutes.append(text.at(at++));
    }
    const std::optional<Suffix> suffix = readSuffix(QStringView(text).mid(at));
    if (!suffix)
        return {};
    const Meridiem meridiem = suffix->meridiem;
    const State whole = suffix->complete ? State::Time : State::Unfinished;

    if (marked) {
        const int hour = digits.toInt();
        if (!isHour(hour, meridiem))
            return {};
        if (minutes.size() < 2) {
            // "9:" or "9:3": the minutes are still coming, and must stay under 60.
            if (minutes.size() == 1 && minutes.toInt() > 5)
                return {};
            return {State::Unfinished, {}};
        }
        const int minute = minutes.toInt();
        if (minute > 59)
            return {};
        if (whole == State::Unfinished)
            return {State::Unfinished, {}};
        return timeAt(hour, minute, meridiem);
    }

    // Digits only: one or two are the hour, three are H MM, four are HH MM.
    const auto asHourAndMinutes = [&](qsizetype hourDigits) -> std::optional<Reading> {
        const int hour = digits.left(hourDigits).toInt();
        const int minute = digits.mid(hourDigits).toInt();
        if (!isHour(hour, meridiem) || minute > 59)
            return std::nullopt;
        if (whole == State::Unfinished)
            return Reading{State::Unfinished, {}};
        return timeAt(hour, minute, meridiem);
    };
    // What more digits could still make of it: "24" may become "245" (02:45), "093" "0930".
    const auto canGrow = [&] {
        if (meridiem != Meridiem::None || digits.size() >= maxDigits)
            return false;
        for (const QString &more : {QStringLiteral("0"), QStringLiteral("00")}) {
            const QString longer = digits + more;
            if (longer.size() > maxDigits)
                continue;
            const qsizetype hourDigits = longer.size() - 2;
            if (hourDigits >= 1 && longer.left(hourDigits).toInt() <= 23 && longer.mid(hourDigits).toInt() <= 59)
                return true;
        }
        return false;
    };

    std::optional<Reading> reading;
    if (digits.size() <= 2) {
        const int hour = digits.toInt();
        if (isHour(hour, meridiem))
            reading = whole == State::Time ? timeAt(hour, 0, meridiem) : Reading{State::Unfinished, {}};
    } else {
        reading = asHourAndMinutes(digits.size() - 2);
    }
    if (reading)
        return *reading;
    if (canGrow())
        return {State::Unfinished, {}};
    return {};
}

} // namespace Limber::TypedTime
