#include "SingleInstance.h"

#include "storage/DataFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/un.h>
#include <unistd.h>
#endif

namespace Limber {

namespace {

const QString versionKey = QStringLiteral("version");
const QString actionKey = QStringLiteral("action");
const QString routineKey = QStringLiteral("routine");
const QString levelKey = QStringLiteral("level");
const QString tokenKey = QStringLiteral("activationToken");
const QString errorKey = QStringLiteral("error");
const QString activateAction = QStringLiteral("activate");
const QString startAction = QStringLiteral("start");

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray encodeRequest(const SingleInstance::Request &request)
{
    QJsonObject object{{versionKey, SingleInstance::protocolVersion}};
    if (request.action == SingleInstance::Request::Action::Start) {
        object.insert(actionKey, startAction);
        object.insert(routineKey, request.routine);
        if (request.level)
            object.insert(levelKey, levelId(*request.level));
    } else {
        object.insert(actionKey, activateAction);
    }
    if (!request.activationToken.isEmpty())
        object.insert(tokenKey, request.activationToken);
    return jsonLine(object);
}

// The folder as the file system knows it, so that a path through a symbolic link names the same
// instance. Folders that do not exist yet (a first start) are canonicalised from the nearest
// existing parent, so the name does not change once Limber has created them.
QString canonicalFolder(const QString &dataDir)
{
    QFileInfo info(QDir::cleanPath(QDir(dataDir.isEmpty() ? DataFolder::resolve() : dataDir).absolutePath()));
    QStringList missing;
    while (!info.exists() && !info.isRoot()) {
        missing.prepend(info.fileName());
        info = QFileInfo(info.path());
    }
    const QString base = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return missing.isEmpty() ? base : QDir::cleanPath(base + QLatin1Char('/') + missing.join(QLatin1Char('/')));
}

QString userIdentity()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
    , m_server(std::make_unique<QLocalServer>())
{
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    const QByteArray identity = (userIdentity() + QLatin1Char('\n') + canonicalFolder(dataDir)).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
    const QString name = QStringLiteral("limber-") + QString::fromLatin1(digest.left(8).toHex());
#ifdef Q_OS_UNIX
    // The runtime folder is the user's own (0700), so nobody else can connect, squat the name or
    // read the requests. A socket path must fit sockaddr_un::sun_path with its terminating zero.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) {
        const QString path = QDir(runtime).filePath(name);
        if (QFile::encodeName(path).size() < qsizetype(sizeof(sockaddr_un::sun_path)))
            return path;
    }
#endif
    return name;
}

QString SingleInstance::lockFilePath() const
{
    const QString path
        = QDir::isAbsolutePath(m_serverName) ? m_serverName : QDir(QDir::tempPath()).filePath(m_serverName);
    return path + QStringLiteral(".lock");
}

SingleInstance::Role SingleInstance::listen()
{
    if (m_server->isListening())
        return Role::Primary;
    m_errorString.clear();

    // Only one launch at a time decides. Without this, two launches could both find a stale
    // socket, and the second one's removeServer() would delete the first one's live socket,
    // leaving two primaries. If the lock cannot be had (an unwritable folder) go on without it:
    // it only narrows a race. A lock left by a crash is recognised by its dead process.
    QLockFile lock(lockFilePath());
    (void)lock.tryLock(10'000);

    // Ask first: on Windows a second server could listen on the same pipe name.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool answered = probe.waitForConnected(1000);
    const QLocalSocket::LocalSocketError probeError = probe.error();
    probe.abort();
    // A full backlog (a primary that hangs) also counts as running: send() will say it did not answer.
    if (answered || probeError == QLocalSocket::SocketTimeoutError)
        return Role::Secondary;

    if (m_server->listen(m_serverName))
        return Role::Primary;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError
        && probeError == QLocalSocket::ConnectionRefusedError) {
        // The socket of a Limber that crashed: nobody answers it, so take it over.
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return Role::Primary;
    }
    m_errorString = m_server->errorString();
    return Role::Unavailable;
}

bool SingleInstance::isPrimary() const
{
    return m_server->isListening();
}

void SingleInstance::setHandler(std::function<QString(const Request &)> handler)
{
    m_handler = std::move(handler);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // Sockets that were answered or given up on are no longer connected, even before their
        // deferred deletion, so they do not count.
        const QList<QLocalSocket *> sockets = m_server->findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly);
        const auto open = std::count_if(sockets.cbegin(), sockets.cend(), [socket](const QLocalSocket *other) {
            return other != socket && other->state() == QLocalSocket::ConnectedState;
        });
        if (open >= maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket);
    }
}

void SingleInstance::serve(QLocalSocket *socket)
{
    // Qt stops reading from the socket once this much is buffered, so a flood costs no memory.
    socket->setReadBufferSize(maxRequestSize + 1);

    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    deadline->start(m_connectionTimeout);

    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::errorOccurred, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        readRequest(socket);
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestSize) {
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    const QByteArray line = socket->readLine(maxRequestSize + 1);
    if (!line.endsWith('\n')) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // One request per connection: whatever follows is never read.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);

    // The handler runs from the event loop rather than inside the socket's own signal: if it
    // opens an event loop in which the socket is closed and deleted, nothing of the socket is
    // left on the stack. The request is carried out even if the client has gone meanwhile.
    QTimer::singleShot(0, this, [this, line, guard = QPointer<QLocalSocket>(socket)] {
        const QString error = answer(line);
        if (!guard || guard->state() != QLocalSocket::ConnectedState)
            return;
        guard->write(jsonLine(QJsonObject{{versionKey, protocolVersion}, {errorKey, error}}));
        guard->disconnectFromServer();
    });
}

QString SingleInstance::answer(const QByteArray &line)
{
    const QString notUnderstood = tr("The running Limber did not understand the request.");
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notUnderstood;
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(versionKey);
    if (!version.isDouble())
        return notUnderstood;
    if (version.toDouble() != protocolVersion)
        return tr("Another version of Limber is running. Close it and try again.");

    Request request;
    const QString action = object.value(actionKey).toString();
    if (action == activateAction) {
        request.action = Request::Action::Activate;
    } else if (action == startAction) {
        request.action = Request::Action::Start;
        const QJsonValue routine = object.value(routineKey);
        if (!routine.isString() || routine.toString().trimmed().isEmpty())
            return notUnderstood;
        request.routine = routine.toString();
        const QJsonValue level = object.value(levelKey);
        if (!level.isUndefined() && !level.isNull()) {
            request.level = levelFromId(level.toString());
            if (!level.isString() || !request.level)
                return tr("the level must be gentle, standard or full, not '%1'.").arg(level.toString());
        }
    } else {
        return notUnderstood;
    }
    if (const QJsonValue token = object.value(tokenKey); token.isString())
        request.activationToken = token.toString();

    if (!m_handler)
        return tr("Limber is still starting. Try again in a moment.");
    return m_handler(request);
}

QString SingleInstance::send(Request request, std::chrono::milliseconds timeout) const
{
    if (request.activationToken.isEmpty())
        request.activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    if (request.activationToken.isEmpty())
        request.activationToken = qEnvironmentVariable("DESKTOP_STARTUP_ID");
    const QByteArray message = encodeRequest(request);

    QLocalSocket socket;
    socket.setReadBufferSize(maxReplySize + 1);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool finished = false;
    const auto finish = [&finished, &loop] {
        finished = true;
        loop.quit();
    };
    connect(&socket, &QLocalSocket::connected, &loop, [&socket, &message] { socket.write(message); });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&socket, &finish] {
        if (socket.canReadLine() || socket.bytesAvailable() > maxReplySize)
            finish();
    });
    connect(&socket, &QLocalSocket::disconnected, &loop, finish);
    connect(&socket, &QLocalSocket::errorOccurred, &loop, finish);
    connect(&deadline, &QTimer::timeout, &loop, finish);

    socket.connectToServer(m_serverName);
    // Connecting can fail (or succeed) at once, before there is a loop to quit.
    if (!finished && socket.state() != QLocalSocket::UnconnectedState) {
        deadline.start(timeout);
        loop.exec();
    }

    const QString noAnswer = tr("Limber is running but did not answer.");
    if (!socket.canReadLine())
        return noAnswer;
    const QJsonDocument reply = QJsonDocument::fromJson(socket.readLine(maxReplySize + 1));
    const QJsonValue error = reply.object().value(errorKey);
    if (!reply.isObject() || !error.isString())
        return noAnswer;
    return error.toString();
}

} // namespace Limber
