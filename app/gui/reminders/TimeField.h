#pragma once

#include <QAbstractSpinBox>
#include <QTime>

namespace Limber {

// A time of day to the minute, typed the way people write times ("21", "2119", "9:30", "930",
// "9pm"; read by TypedTime in the core) and shown as "HH:MM". Up and Down (and the wheel) step
// the hour or the minutes, whichever the cursor is in. Clicking into the field selects it, so
// what is typed replaces the time; what is left unfinished goes back to the last whole time.
class TimeField final : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit TimeField(QTime time = QTime(0, 0), QWidget *parent = nullptr);

    [[nodiscard]] QTime time() const { return m_time; }
    // Seconds are dropped. Emits timeChanged when the minute changes.
    void setTime(QTime time);

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    void stepBy(int steps) override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void timeChanged(QTime time);

protected:
    [[nodiscard]] StepEnabled stepEnabled() const override;
    void focusInEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void showTime();
    [[nodiscard]] bool cursorInHours() const;
    [[nodiscard]] int extraWidth() const;

    QTime m_time;
    bool m_selectOnRelease = false; // focused by a click: select all once the click is done
};

} // namespace Limber
