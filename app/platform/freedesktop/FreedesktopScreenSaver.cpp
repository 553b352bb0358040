#include "FreedesktopScreenSaver.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Limber {

FreedesktopScreenSaver::FreedesktopScreenSaver(QDBusConnection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{ }

FreedesktopScreenSaver::~FreedesktopScreenSaver()
{
    if (m_cookie != 0)
        sendUninhibit(m_cookie);
}

void FreedesktopScreenSaver::inhibit(const QString &reason)
{
    m_wanted = true;
    if (m_cookie != 0 || m_pending || !m_connection.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << reason;
    m_pending = true;
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_pending = false;
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError())
            return; // no screen saver service: nothing to hold off
        if (m_wanted)
            m_cookie = reply.value();
        else
            sendUninhibit(reply.value()); // released while the call was on its way
    });
}

void FreedesktopScreenSaver::release()
{
    m_wanted = false;
    if (m_cookie == 0)
        return;
    sendUninhibit(m_cookie);
    m_cookie = 0;
}

void FreedesktopScreenSaver::sendUninhibit(uint cookie)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("UnInhibit"));
    call << cookie;
    m_connection.asyncCall(call);
}

} // namespace Limber
