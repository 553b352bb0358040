#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace Limber {

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> then)
    : QObject(window)
    , m_then(std::move(then))
{
    window->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_then) {
        watched->removeEventFilter(this);
        // On the event loop's next turn: by then the painted window has been flushed.
        QTimer::singleShot(0, watched, std::exchange(m_then, {}));
        deleteLater();
    }
    return false;
}

} // namespace Limber
