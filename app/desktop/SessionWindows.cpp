#include "SessionWindows.h"

#include "AfterFirstPaint.h"
#include "audio/QtCueOutput.h"
#include "gui/main/MainWindow.h"
#include "gui/session/SessionWindow.h"

#include <QApplication>
#include <QChildEvent>
#include <QTimer>

namespace Limber {

SessionWindows::SessionWindows(MainWindow &window, QtCueOutput &cues)
    : QObject(&window)
    , m_window(window)
    , m_cues(cues)
{
    window.installEventFilter(this);
}

void SessionWindows::showMainWindowAfterSessions()
{
    m_mainWindowWaits = true;
    m_quitOnLastWindowClosed = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
}

bool SessionWindows::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::ChildPolished) {
        // Sent once per child, as it is first shown.
        if (auto *session = qobject_cast<SessionWindow *>(static_cast<QChildEvent *>(event)->child())) {
            session->installEventFilter(this);
            new AfterFirstPaint(session, [cues = &m_cues] { cues->prepare(); });
        }
    } else if (event->type() == QEvent::Hide && !event->spontaneous() && m_mainWindowWaits
               && qobject_cast<SessionWindow *>(watched)) {
        // "Again" closes one session window and opens the next: look once that is done.
        QTimer::singleShot(0, this, [this] { showMainWindowIfNoSession(); });
    }
    return false;
}

void SessionWindows::showMainWindowIfNoSession()
{
    const SessionWindow *session = m_window.sessionWindow();
    if (!m_mainWindowWaits || (session && session->isVisible()))
        return;
    m_mainWindowWaits = false;
    m_window.show();
    QApplication::setQuitOnLastWindowClosed(m_quitOnLastWindowClosed);
}

} // namespace Limber
