#pragma once

#include <QAbstractButton>

namespace Limber {

// One day of the week in a WeekdayPicker: a rounded toggle that fills with the highlight colour
// when chosen, so "on" and "off" stay tellable apart in light and dark palettes alike.
class DayButton final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit DayButton(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
};

} // namespace Limber
