#pragma once

#include "model/Level.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace Limber {

// One Limber per user and data folder. The first launch listens on a local socket named after
// both (listen() returns Primary); a later launch finds it (Secondary), hands over what it was
// asked to do with send() and exits, and the first one does it through the handler the app
// installs: raise its window, or start a routine.
//
// One JSON line each way, with a version so the format can grow:
//   {"version":1,"action":"start","routine":"desk-break","level":"gentle"}
//   {"version":1,"error":""}                       (empty: done; else what to tell the user)
// The primary treats what arrives as hostile: a bounded buffer, one request per connection, a
// deadline per connection and a cap on open connections, so garbage, a flood or a client that
// never finishes cannot hang or crash it.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    struct Request {
        enum class Action { Activate, Start };

        Action action = Action::Activate;
        QString routine; // Start: an id or a name
        std::optional<Level> level; // Start: none means the routine's own level
        // The desktop's activation token of the second launch (XDG_ACTIVATION_TOKEN on Wayland,
        // DESKTOP_STARTUP_ID on X11), so the primary may raise its window past focus-stealing
        // prevention. send() fills it from the environment when empty.
        QString activationToken;

        static Request activate() { return {}; }
        static Request start(const QString &routine, std::optional<Level> level = std::nullopt)
        {
            return {Action::Start, routine, level, {}};
        }

        friend bool operator==(const Request &, const Request &) = default;
    };

    enum class Role {
        Primary, // this process listens: install a handler and run
        Secondary, // another Limber answers for this user and folder: send() and exit
        Unavailable, // neither (no usable socket folder): run alone; errorString() says why
    };

    // `serverName`: a full socket path, or a plain name (Qt puts it in the temporary folder).
    // The app uses serverNameFor(); tests pass a name of their own.
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The server name for a data folder (give DataFolder::resolve()'s answer; empty means the
    // default folder): "limber-" and a short hash of the user and the folder's canonical path,
    // in the user's private runtime folder ($XDG_RUNTIME_DIR) when the path fits in a socket
    // address. Two data folders give two independent instances.
    [[nodiscard]] static QString serverNameFor(const QString &dataDir);

    // Becomes the primary, or finds the one that is. A socket left by a crash (one that nobody
    // answers) is removed and taken over. Launches racing each other are serialised by a lock
    // file beside the socket, so exactly one of them ends as the primary.
    [[nodiscard]] Role listen();
    [[nodiscard]] bool isPrimary() const;
    [[nodiscard]] QString serverName() const { return m_serverName; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // The primary calls it once per request: it returns an empty string when done, or an error
    // in the user's language, which the second launch prints. It should return promptly (the
    // second launch waits at most a few seconds): defer dialogs with QTimer::singleShot.
    void setHandler(std::function<QString(const Request &)> handler);

    // As a second instance: hands the request over and waits for the answer in an event loop,
    // at most `timeout`. Returns empty when the primary did it, else what to tell the user.
    [[nodiscard]] QString send(Request request, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

    // How long the primary gives a connection to deliver its request line (default 5 s).
    void setConnectionTimeout(std::chrono::milliseconds timeout) { m_connectionTimeout = timeout; }

    static constexpr int protocolVersion = 1;
    static constexpr qsizetype maxRequestSize = 16 * 1024; // bytes in one request line
    static constexpr qsizetype maxReplySize = 64 * 1024;
    static constexpr int maxConnections = 8; // open at once; more are closed at once

private:
    void onNewConnection();
    void serve(QLocalSocket *socket);
    void readRequest(QLocalSocket *socket);
    [[nodiscard]] QString answer(const QByteArray &line);
    [[nodiscard]] QString lockFilePath() const;

    QString m_serverName;
    QString m_errorString;
    std::function<QString(const Request &)> m_handler;
    std::chrono::milliseconds m_connectionTimeout = std::chrono::seconds(5);
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace Limber
