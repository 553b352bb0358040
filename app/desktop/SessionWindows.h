#pragma once

#include <QObject>

namespace Limber {

class MainWindow;
class QtCueOutput;

// Follows the session windows the main window opens (each one is its child): once a session
// window is on the screen, the cues load what the session will need (the speech engine), so
// the first cue is on time and the first picture is not late. And when Limber started straight
// into a session, it shows the main window once no session window is left open.
class SessionWindows final : public QObject
{
    Q_OBJECT

public:
    SessionWindows(MainWindow &window, QtCueOutput &cues);

    // The main window stays hidden, and Limber running, until the session windows are closed.
    void showMainWindowAfterSessions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMainWindowIfNoSession();

    MainWindow &m_window;
    QtCueOutput &m_cues;
    bool m_mainWindowWaits = false;
    bool m_quitOnLastWindowClosed = true;
};

} // namespace Limber
