#pragma once

#include <QWidget>

namespace Limber {

// The big countdown: a ring that empties as the step runs, with the seconds left in the middle
// in a font sized to the widget, so it can be read from across the room.
class CountdownRing final : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownRing(QWidget *parent = nullptr);

    // `progress` 0 at the step's start, 1 at its end; `text` goes in the middle (seconds, or a
    // word such as "Go").
    void setState(double progress, const QString &text, const QString &caption = {});
    [[nodiscard]] QString text() const { return m_text; }

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {120, 120}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_progress = 0.0;
    QString m_text;
    QString m_caption;
};

} // namespace Limber
