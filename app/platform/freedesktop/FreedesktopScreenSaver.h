#pragma once

#include "platform/ScreenSaverInhibitor.h"

#include <QDBusConnection>
#include <QObject>

namespace Limber {

// The freedesktop ScreenSaver inhibit call (org.freedesktop.ScreenSaver.Inhibit / UnInhibit)
// on the session bus. Calls are asynchronous, so a slow or missing service never blocks the
// session; without a service it quietly does nothing.
class FreedesktopScreenSaver final : public QObject, public ScreenSaverInhibitor
{
    Q_OBJECT

public:
    explicit FreedesktopScreenSaver(QDBusConnection connection = QDBusConnection::sessionBus(),
                                    QObject *parent = nullptr);
    ~FreedesktopScreenSaver() override;

    void inhibit(const QString &reason) override;
    void release() override;
    [[nodiscard]] bool isInhibited() const override { return m_wanted; }

    static inline const QString service = QStringLiteral("org.freedesktop.ScreenSaver");
    static inline const QString path = QStringLiteral("/org/freedesktop/ScreenSaver");

private:
    void sendUninhibit(uint cookie);

    QDBusConnection m_connection;
    bool m_wanted = false;
    bool m_pending = false; // an Inhibit call is on its way
    uint m_cookie = 0; // 0: not inhibited on the bus
};

} // namespace Limber
