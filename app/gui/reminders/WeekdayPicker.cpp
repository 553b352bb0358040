#include "WeekdayPicker.h"

#include "DayButton.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

namespace Limber {

WeekdayPicker::WeekdayPicker(QWidget *parent)
    : QWidget(parent)
    , m_mondayToFriday(new QPushButton)
    , m_everyDay(new QPushButton(tr("Every day")))
{
    const QLocale locale;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const int first = locale.firstDayOfWeek();
    for (int offset = 0; offset < 7; ++offset) {
        const int day = (first - 1 + offset) % 7 + 1;
        auto *button = new DayButton(locale.dayName(day, QLocale::ShortFormat));
        button->setObjectName(QStringLiteral("day-") + Weekdays::id(day));
        button->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        button->setToolTip(locale.dayName(day, QLocale::LongFormat));
        connect(button, &QAbstractButton::toggled, this, [this] { Q_EMIT daysChanged(days()); });
        m_buttons.at(std::size_t(day - 1)) = button;
        m_order.append(day);
        layout->addWidget(button);
    }
    layout->addSpacing(12);

    m_mondayToFriday->setObjectName(QStringLiteral("mondayToFridayButton"));
    m_mondayToFriday->setText(
        tr("%1–%2", "Monday to Friday, shortened")
            .arg(locale.dayName(1, QLocale::ShortFormat), locale.dayName(5, QLocale::ShortFormat)));
    m_mondayToFriday->setToolTip(tr("Monday to Friday"));
    m_everyDay->setObjectName(QStringLiteral("everyDayButton"));
    for (QPushButton *quick : {m_mondayToFriday, m_everyDay}) {
        quick->setAutoDefault(false);
        layout->addWidget(quick);
    }
    layout->addStretch(1);
    connect(m_mondayToFriday, &QPushButton::clicked, this, [this] { choose(Weekdays::mondayToFriday()); });
    connect(m_everyDay, &QPushButton::clicked, this, [this] { choose(Weekdays::everyDay()); });

    setFocusProxy(m_buttons.at(std::size_t(first - 1)));
}

void WeekdayPicker::setDays(const Weekdays &days)
{
    for (int day = 1; day <= 7; ++day) {
        DayButton *button = m_buttons.at(std::size_t(day - 1));
        const QSignalBlocker blocker(button);
        button->setChecked(days.contains(day));
    }
}

Weekdays WeekdayPicker::days() const
{
    Weekdays days;
    for (int day = 1; day <= 7; ++day) {
        if (m_buttons.at(std::size_t(day - 1))->isChecked())
            days.insert(day);
    }
    return days;
}

QAbstractButton *WeekdayPicker::dayButton(int dayOfWeek) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return nullptr;
    return m_buttons.at(std::size_t(dayOfWeek - 1));
}

QList<QWidget *> WeekdayPicker::focusChain() const
{
    QList<QWidget *> chain;
    for (const int day : m_order)
        chain.append(m_buttons.at(std::size_t(day - 1)));
    chain.append(m_mondayToFriday);
    chain.append(m_everyDay);
    return chain;
}

void WeekdayPicker::choose(const Weekdays &days)
{
    if (days == this->days())
        return;
    setDays(days);
    Q_EMIT daysChanged(days);
}

} // namespace Limber
