#pragma once

#include "platform/ReminderNotifier.h"

#include <QPointer>

class QMessageBox;

namespace Limber {

class MainWindow;

// The last resort for a reminder, where there is neither a notification service nor a tray: the
// main window comes forward (restored if minimised) with a message that offers Start, Snooze and
// Close. Not modal, so Limber stays usable behind it.
class WindowNotifier final : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit WindowNotifier(MainWindow &window, QObject *parent = nullptr);
    ~WindowNotifier() override;

    void show(const ReminderNotice &notice) override;
    void withdraw() override;

    // The message on screen, if any (for tests).
    [[nodiscard]] QMessageBox *message() const;

    static constexpr int snoozeMinutes = ReminderNotice::snoozeMinutes;

private:
    MainWindow &m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace Limber
