#include "TimeField.h"

#include "schedule/ReminderText.h"
#include "schedule/TypedTime.h"

#include <QFocusEvent>
#include <QLineEdit>
#include <QMouseEvent>

#include <algorithm>

namespace Limber {

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr int hoursEnd = 2; // "HH:MM": the hours are the first two characters

QTime toMinute(QTime time)
{
    return time.isValid() ? QTime(time.hour(), time.minute()) : QTime(0, 0);
}

QValidator::State stateOf(TypedTime::State state)
{
    switch (state) {
    case TypedTime::State::Time:
        return QValidator::Acceptable;
    case TypedTime::State::Unfinished:
        return QValidator::Intermediate;
    case TypedTime::State::Invalid:
        break;
    }
    return QValidator::Invalid;
}

} // namespace

TimeField::TimeField(QTime time, QWidget *parent)
    : QAbstractSpinBox(parent)
    , m_time(toMinute(time))
{
    lineEdit()->setInputMethodHints(Qt::ImhPreferNumbers);
    lineEdit()->installEventFilter(this);
    connect(lineEdit(), &QLineEdit::textEdited, this, &TimeField::onTextEdited);
    // Done with the field (Enter, or focus elsewhere): the time is shown as "HH:MM" again.
    connect(this, &QAbstractSpinBox::editingFinished, this, &TimeField::showTime);
    showTime();
}

void TimeField::setTime(QTime time)
{
    const QTime minute = toMinute(time);
    const bool changed = minute != m_time;
    m_time = minute;
    showTime();
    if (changed)
        Q_EMIT timeChanged(m_time);
}

QValidator::State TimeField::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    return stateOf(TypedTime::read(input).state);
}

void TimeField::fixup(QString &input) const
{
    // Unfinished: back to the time the field has.
    if (TypedTime::read(input).state != TypedTime::State::Time)
        input = ReminderText::time(m_time);
}

void TimeField::onTextEdited(const QString &text)
{
    const TypedTime::Reading reading = TypedTime::read(text);
    if (reading.state != TypedTime::State::Time || reading.time == m_time)
        return;
    m_time = reading.time;
    Q_EMIT timeChanged(m_time);
}

void TimeField::showTime()
{
    const QString text = ReminderText::time(m_time);
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
}

bool TimeField::cursorInHours() const
{
    // With the whole time selected (as after Tab), the hour steps, as in a QTimeEdit.
    if (lineEdit()->hasSelectedText())
        return lineEdit()->selectionStart() < hoursEnd;
    return lineEdit()->cursorPosition() <= hoursEnd;
}

void TimeField::stepBy(int steps)
{
    const bool hours = cursorInHours();
    const int now = m_time.hour() * 60 + m_time.minute();
    int next = now + steps * (hours ? 60 : 1);
    if (wrapping())
        next = ((next % minutesPerDay) + minutesPerDay) % minutesPerDay;
    else
        next = std::clamp(next, 0, minutesPerDay - 1);
    setTime(QTime(next / 60, next % 60));
    // The part that stepped stays selected, so the next key steps it again or types over it.
    if (hours)
        lineEdit()->setSelection(0, hoursEnd);
    else
        lineEdit()->setSelection(hoursEnd + 1, 2);
}

QAbstractSpinBox::StepEnabled TimeField::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    if (wrapping())
        return StepUpEnabled | StepDownEnabled;
    StepEnabled enabled = StepNone;
    if (m_time > QTime(0, 0))
        enabled |= StepDownEnabled;
    if (m_time < QTime(23, 59))
        enabled |= StepUpEnabled;
    return enabled;
}

void TimeField::focusInEvent(QFocusEvent *event)
{
    QAbstractSpinBox::focusInEvent(event);
    // Tab selects everything already; a click would only put the cursor somewhere in "10:00",
    // where typing a time cannot go.
    if (event->reason() == Qt::MouseFocusReason)
        m_selectOnRelease = true;
    else if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        selectAll();
}

bool TimeField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == lineEdit() && event->type() == QEvent::MouseButtonRelease && m_selectOnRelease) {
        m_selectOnRelease = false;
        // A drag chose some text of its own: that stays.
        if (!lineEdit()->hasSelectedText())
            selectAll();
    }
    return QAbstractSpinBox::eventFilter(watched, event);
}

int TimeField::extraWidth() const
{
    // The base class sizes for an empty text: room for "00:00" is added.
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00"));
}

QSize TimeField::sizeHint() const
{
    QSize hint = QAbstractSpinBox::sizeHint();
    hint.rwidth() += extraWidth();
    return hint;
}

QSize TimeField::minimumSizeHint() const
{
    QSize hint = QAbstractSpinBox::minimumSizeHint();
    hint.rwidth() += extraWidth();
    return hint;
}

} // namespace Limber
