#include "FreedesktopNotifier.h"
#include "LimberVersion.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace Limber {

namespace {

// The action keys. "default" is the specification's name for clicking the notice itself.
const QString defaultAction = QStringLiteral("default");
const QString startAction = QStringLiteral("start");
const QString snoozeAction = QStringLiteral("snooze");

// NotificationClosed reasons, as the specification numbers them.
constexpr uint closedByUser = 2;

constexpr uchar normalUrgency = 1;
constexpr int neverExpires = 0;

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : FreedesktopNotifier(QDBusConnection::sessionBus(), defaultService, parent)
{ }

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection connection, const QString &serviceName, QObject *parent)
    : ReminderNotifier(parent)
    , m_connection(std::move(connection))
    , m_service(serviceName)
{
    if (!m_connection.isConnected()) {
        m_capabilityState = CapabilityState::Failed;
        return;
    }
    m_connection.connect(m_service, path, interfaceName, QStringLiteral("ActionInvoked"), this,
                         SLOT(onActionInvoked(uint, QString)));
    m_connection.connect(m_service, path, interfaceName, QStringLiteral("NotificationClosed"), this,
                         SLOT(onNotificationClosed(uint, uint)));
    askCapabilities();
}

FreedesktopNotifier::~FreedesktopNotifier()
{
    // A notice left behind would offer buttons nobody answers.
    if (m_shownId != 0)
        sendClose(m_shownId);
}

void FreedesktopNotifier::show(const ReminderNotice &notice)
{
    m_waiting = notice;
    m_withdrawWaiting = false;
    // The service may have come since it was last asked (a notification daemon started late).
    if (m_capabilityState == CapabilityState::Failed && m_connection.isConnected())
        m_capabilityState = CapabilityState::Unknown;
    sendNext();
}

void FreedesktopNotifier::withdraw()
{
    m_waiting.reset();
    m_withdrawWaiting = true;
    sendNext();
}

void FreedesktopNotifier::askCapabilities()
{
    m_capabilityState = CapabilityState::Asking;
    const QDBusMessage call
        = QDBusMessage::createMethodCall(m_service, path, interfaceName, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QStringList> reply = *finished;
        if (reply.isError()) {
            m_capabilityState = CapabilityState::Failed;
            m_capabilities.clear();
        } else {
            m_capabilityState = CapabilityState::Known;
            m_capabilities = reply.value();
        }
        Q_EMIT serviceChecked(m_capabilityState == CapabilityState::Known);
        sendNext();
    });
}

// One call at a time: a new notice must name the id of the one it replaces, which is known only
// when the previous Notify has been answered. What comes meanwhile waits (the latest wins).
void FreedesktopNotifier::sendNext()
{
    if (!m_connection.isConnected() || m_notifyPending || m_capabilityState == CapabilityState::Asking)
        return;
    if (m_waiting) {
        if (m_capabilityState == CapabilityState::Unknown) {
            askCapabilities();
            return;
        }
        const ReminderNotice notice = *m_waiting;
        m_waiting.reset();
        sendNotify(notice);
    } else if (m_withdrawWaiting) {
        m_withdrawWaiting = false;
        if (m_shownId != 0) {
            sendClose(m_shownId);
            forgetShown();
        }
    }
}

void FreedesktopNotifier::sendNotify(const ReminderNotice &notice)
{
    const bool hasActions = m_capabilities.contains(QStringLiteral("actions"));
    QString body = notice.body;
    if (notice.canStart && m_capabilityState == CapabilityState::Known && !hasActions)
        body += QStringLiteral("\n") + tr("To start it, open Limber.");
    if (m_capabilities.contains(QStringLiteral("body-markup")))
        body = body.toHtmlEscaped(); // a routine's name may hold "&" or "<"

    QStringList actions;
    if (notice.canStart)
        actions << defaultAction << tr("Start") << startAction << tr("Start");
    actions << snoozeAction << tr("Snooze %n min", nullptr, snoozeMinutes);

    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral(LIMBER_APP_ID)},
        {QStringLiteral("category"), category},
        {QStringLiteral("urgency"), QVariant::fromValue(normalUrgency)},
    };

    QDBusMessage call = QDBusMessage::createMethodCall(m_service, path, interfaceName, QStringLiteral("Notify"));
    call << QStringLiteral("Limber") << m_shownId << QStringLiteral(LIMBER_APP_ID) << notice.title << body << actions
         << hints << neverExpires;
    m_notifyPending = true;
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_notifyPending = false;
        const QDBusPendingReply<uint> reply = *finished;
        // On an error the notice before (if any) is still what the screen shows.
        if (!reply.isError() && reply.value() != 0) {
            m_shownId = reply.value();
            m_shown = notice;
            Q_EMIT noticeShown(m_shownId);
        }
        sendNext();
    });
}

void FreedesktopNotifier::sendClose(uint id)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(m_service, path, interfaceName, QStringLiteral("CloseNotification"));
    call << id;
    m_connection.asyncCall(call); // an error only says it was closed already
}

void FreedesktopNotifier::forgetShown()
{
    m_shownId = 0;
    m_shown.reset();
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (id == 0 || id != m_shownId || !m_shown)
        return;
    const ReminderNotice notice = *m_shown;
    const bool start = actionKey == startAction || actionKey == defaultAction;
    if (!start && actionKey != snoozeAction)
        return;
    // Answered: the notice goes (servers that keep it after an action are told to close it), and
    // its close is not a dismissal.
    sendClose(id);
    forgetShown();
    if (actionKey == snoozeAction)
        Q_EMIT snoozeRequested(notice.reminder, snoozeMinutes);
    else if (notice.canStart)
        Q_EMIT startRequested(notice.reminder);
    else
        Q_EMIT dismissed(notice.reminder); // a posture check clicked: seen
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    if (id == 0 || id != m_shownId || !m_shown)
        return;
    const Reminder reminder = m_shown->reminder;
    forgetShown();
    // Expired or closed by a call (ours) is no answer from the user.
    if (reason == closedByUser)
        Q_EMIT dismissed(reminder);
}

} // namespace Limber
