#pragma once

#include "schedule/Weekdays.h"

#include <QWidget>

#include <array>

class QAbstractButton;
class QPushButton;

namespace Limber {

class DayButton;

// The days a reminder comes on: seven toggles in the order the user's locale starts its week,
// and two quick choices, "Mon–Fri" and "Every day".
class WeekdayPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekdayPicker(QWidget *parent = nullptr);

    // Shows these days; emits nothing.
    void setDays(const Weekdays &days);
    [[nodiscard]] Weekdays days() const;

    // The toggle for a day (1 = Monday ... 7 = Sunday).
    [[nodiscard]] QAbstractButton *dayButton(int dayOfWeek) const;
    [[nodiscard]] QPushButton *mondayToFridayButton() const { return m_mondayToFriday; }
    [[nodiscard]] QPushButton *everyDayButton() const { return m_everyDay; }
    // The toggles, then the quick choices, in the order Tab visits them.
    [[nodiscard]] QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // The user changed the days.
    void daysChanged(const Limber::Weekdays &days);

private:
    void choose(const Weekdays &days);

    std::array<DayButton *, 7> m_buttons{}; // Monday first, whatever the locale
    QList<int> m_order; // the days as shown
    QPushButton *m_mondayToFriday;
    QPushButton *m_everyDay;
};

} // namespace Limber
