#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Limber {

// Calls `then` once, just after `window` is first painted: what the first picture does not
// need waits until it is on the screen. Deletes itself once it has called.
class AfterFirstPaint final : public QObject
{
    Q_OBJECT

public:
    AfterFirstPaint(QWidget *window, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_then;
};

} // namespace Limber
