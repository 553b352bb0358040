#pragma once

#include <QObject>

class QSocketNotifier;

namespace Limber {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, so that Limber ends as when Quit is chosen
// (the notice on the desktop withdrawn, the window's state saved) when the desktop session ends
// or someone sends it SIGTERM. On Unix only; elsewhere it does nothing. The signal handler only
// writes a byte to a socket pair, which a QSocketNotifier reads in the event loop. One at a time;
// the previous handlers come back when it is destroyed.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // True when the handlers are installed.
    [[nodiscard]] bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Limber
