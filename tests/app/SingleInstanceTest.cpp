// One Limber per user and data folder: two SingleInstance objects in this process talk over a
// real local socket; hostile clients (garbage, floods, silence) are played by raw sockets; and
// limber_instance_helper plays whole Limber processes, started with QProcess.
#include "QtGTest.h"

#include "platform/SingleInstance.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Limber;
using namespace std::chrono_literals;
using Request = SingleInstance::Request;

namespace {

// A generous bound for things that happen at once; only a broken build waits this long.
constexpr int patience = 20'000;

class SingleInstanceTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_name = m_dir.filePath(QStringLiteral("instance"));
    }

    // A primary that records what it is asked and refuses the routine "missing".
    std::unique_ptr<SingleInstance> startPrimary()
    {
        auto primary = std::make_unique<SingleInstance>(m_name);
        EXPECT_EQ(primary->listen(), SingleInstance::Role::Primary) << primary->errorString().toStdString();
        primary->setHandler([this](const Request &request) {
            m_received.push_back(request);
            return request.routine == QLatin1String("missing") ? QStringLiteral("there is no routine 'missing'")
                                                               : QString();
        });
        return primary;
    }

    // Sends raw bytes as a client would and returns everything the primary writes back before
    // it closes the connection.
    QByteArray exchange(const QByteArray &bytes)
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        EXPECT_TRUE(socket.waitForConnected(patience));
        QSignalSpy closed(&socket, &QLocalSocket::disconnected);
        socket.write(bytes);
        EXPECT_TRUE(closed.wait(patience)) << "the primary never closed the connection";
        return socket.readAll();
    }

    QTemporaryDir m_dir;
    QString m_name;
    std::vector<Request> m_received;
};

QString replyError(const QByteArray &reply)
{
    EXPECT_TRUE(reply.endsWith('\n')) << reply.toStdString();
    EXPECT_EQ(reply.count('\n'), 1) << reply.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(reply).object();
    EXPECT_EQ(object.value(QStringLiteral("version")), QJsonValue(1)) << reply.toStdString();
    return object.value(QStringLiteral("error")).toString();
}

} // namespace

TEST_F(SingleInstanceTest, TheFirstListensAndTheSecondFindsIt)
{
    SingleInstance first(m_name);
    SingleInstance second(m_name);
    EXPECT_FALSE(first.isPrimary());

    EXPECT_EQ(first.listen(), SingleInstance::Role::Primary);
    EXPECT_TRUE(first.isPrimary());
    EXPECT_EQ(first.listen(), SingleInstance::Role::Primary); // again: still the one
    EXPECT_EQ(second.listen(), SingleInstance::Role::Secondary);
    EXPECT_FALSE(second.isPrimary());
}

TEST_F(SingleInstanceTest, RequestsReachTheHandlerAndTheAnswerComesBack)
{
    const auto primary = startPrimary();
    SingleInstance second(m_name);
    ASSERT_EQ(second.listen(), SingleInstance::Role::Secondary);

    EXPECT_EQ(second.send(Request::start(QStringLiteral("desk-break"), Level::Gentle)), QString());
    EXPECT_EQ(second.send(Request::activate()), QString());
    // Names travel whole: spaces, quotes, a newline, other scripts.
    const QString oddName = QStringLiteral("Morning \"stretch\"\n\u00fcber \u6708 \\ end");
    EXPECT_EQ(second.send(Request::start(oddName)), QString());
    Request withToken = Request::start(QStringLiteral("Evening"), Level::Full);
    withToken.activationToken = QStringLiteral("token-42");
    EXPECT_EQ(second.send(withToken), QString());

    ASSERT_EQ(m_received.size(), 4U);
    EXPECT_EQ(m_received[0].action, Request::Action::Start);
    EXPECT_EQ(m_received[0].routine, QStringLiteral("desk-break"));
    EXPECT_EQ(m_received[0].level, Level::Gentle);
    EXPECT_EQ(m_received[1].action, Request::Action::Activate);
    EXPECT_EQ(m_received[1].routine, QString());
    EXPECT_EQ(m_received[1].level, std::nullopt);
    EXPECT_EQ(m_received[2].routine, oddName);
    EXPECT_EQ(m_received[2].level, std::nullopt);
    EXPECT_EQ(m_received[3], withToken);
}

TEST_F(SingleInstanceTest, TheHandlersErrorIsTheAnswer)
{
    const auto primary = startPrimary();
    SingleInstance second(m_name);
    EXPECT_EQ(second.send(Request::start(QStringLiteral("missing"))), QStringLiteral("there is no routine 'missing'"));
    ASSERT_EQ(m_received.size(), 1U);
}

TEST_F(SingleInstanceTest, TheLaunchTokenTravelsFromTheEnvironment)
{
    const auto primary = startPrimary();
    const QByteArray saved = qgetenv("XDG_ACTIVATION_TOKEN");
    qputenv("XDG_ACTIVATION_TOKEN", "from-the-launcher");
    const QString error = SingleInstance(m_name).send(Request::activate());
    if (saved.isNull())
        qunsetenv("XDG_ACTIVATION_TOKEN");
    else
        qputenv("XDG_ACTIVATION_TOKEN", saved);

    EXPECT_EQ(error, QString());
    ASSERT_EQ(m_received.size(), 1U);
    EXPECT_EQ(m_received[0].activationToken, QStringLiteral("from-the-launcher"));
}

TEST_F(SingleInstanceTest, WithNobodyListeningSendSaysSo)
{
    SingleInstance lonely(m_name);
    EXPECT_EQ(lonely.send(Request::activate()), QStringLiteral("Limber is running but did not answer."));
}

TEST_F(SingleInstanceTest, APrimaryWithoutAHandlerYetAsksToTryAgain)
{
    SingleInstance primary(m_name);
    ASSERT_EQ(primary.listen(), SingleInstance::Role::Primary);
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()),
              QStringLiteral("Limber is still starting. Try again in a moment."));
}

TEST_F(SingleInstanceTest, TheSocketGoesWhenThePrimaryDoes)
{
    {
        const auto primary = startPrimary();
        EXPECT_TRUE(QFileInfo::exists(m_name));
    }
    EXPECT_FALSE(QFileInfo::exists(m_name));
    SingleInstance next(m_name);
    EXPECT_EQ(next.listen(), SingleInstance::Role::Primary);
}

#ifdef Q_OS_UNIX
TEST_F(SingleInstanceTest, ASocketLeftByACrashIsTakenOver)
{
    // What a crashed Limber leaves: a bound socket file that nobody listens on.
    const QByteArray path = QFile::encodeName(m_name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    ASSERT_LT(size_t(path.size()), sizeof(address.sun_path));
    std::copy(path.cbegin(), path.cend(), address.sun_path);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    ASSERT_TRUE(QFileInfo::exists(m_name));

    const auto primary = startPrimary();
    EXPECT_TRUE(primary->isPrimary());
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
    EXPECT_EQ(m_received.size(), 1U);
}
#endif

TEST_F(SingleInstanceTest, AFileInTheWayIsTakenOverToo)
{
    QFile junk(m_name);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a socket");
    junk.close();

    const auto primary = startPrimary();
    EXPECT_TRUE(primary->isPrimary());
}

TEST_F(SingleInstanceTest, WithoutAPlaceForTheSocketItRunsAlone)
{
    SingleInstance instance(m_dir.filePath(QStringLiteral("no/such/folder/instance")));
    EXPECT_EQ(instance.listen(), SingleInstance::Role::Unavailable);
    EXPECT_FALSE(instance.errorString().isEmpty());
    EXPECT_FALSE(instance.isPrimary());
}

TEST_F(SingleInstanceTest, GarbageGetsAPoliteRefusal)
{
    const auto primary = startPrimary();
    const QString notUnderstood = QStringLiteral("The running Limber did not understand the request.");

    EXPECT_EQ(replyError(exchange("this is not JSON\n")), notUnderstood);
    EXPECT_EQ(replyError(exchange("[1, 2, 3]\n")), notUnderstood);
    EXPECT_EQ(replyError(exchange("{\"action\":\"activate\"}\n")), notUnderstood); // no version
    EXPECT_EQ(replyError(exchange("{\"version\":1,\"action\":\"explode\"}\n")), notUnderstood);
    EXPECT_EQ(replyError(exchange("{\"version\":1,\"action\":\"start\"}\n")), notUnderstood);
    EXPECT_EQ(replyError(exchange("{\"version\":1,\"action\":\"start\",\"routine\":7}\n")), notUnderstood);
    EXPECT_EQ(replyError(exchange("{\"version\":1,\"action\":\"start\",\"routine\":\"  \"}\n")), notUnderstood);
    EXPECT_EQ(replyError(exchange("{\"version\":1,\"action\":\"start\",\"routine\":\"a\",\"level\":\"max\"}\n")),
              QStringLiteral("the level must be gentle, standard or full, not 'max'."));
    EXPECT_EQ(replyError(exchange("{\"version\":2,\"action\":\"activate\"}\n")),
              QStringLiteral("Another version of Limber is running. Close it and try again."));
    EXPECT_EQ(replyError(exchange(QByteArray("\0\xff\xfe\n", 4))), notUnderstood);
    EXPECT_TRUE(m_received.empty());

    // One request per connection: what follows the first line is ignored.
    EXPECT_EQ(replyError(exchange("{\"version\":1,\"action\":\"activate\"}\n{\"version\":1,\"action\":\"start\","
                                  "\"routine\":\"x\"}\n")),
              QString());
    EXPECT_EQ(m_received.size(), 1U);
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
}

TEST_F(SingleInstanceTest, AFloodIsCutOffUnread)
{
    const auto primary = startPrimary();

    // 10 MB without a line break: the primary stops at its limit and hangs up.
    EXPECT_EQ(exchange(QByteArray(10 * 1024 * 1024, 'x')), QByteArray());
    // A line that ends, but far too long.
    EXPECT_EQ(exchange(QByteArray(SingleInstance::maxRequestSize * 4, ' ') + '\n'), QByteArray());
    EXPECT_TRUE(m_received.empty());
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
    EXPECT_EQ(m_received.size(), 1U);
}

TEST_F(SingleInstanceTest, AnUnfinishedRequestIsDropped)
{
    const auto primary = startPrimary();
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        ASSERT_TRUE(socket.waitForConnected(patience));
        socket.write("{\"version\":1,\"action\":\"start\",\"routine\":\"half");
        socket.flush();
        socket.disconnectFromServer();
    }
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
    ASSERT_EQ(m_received.size(), 1U);
    EXPECT_EQ(m_received[0].action, Request::Action::Activate);
}

TEST_F(SingleInstanceTest, AClientThatHangsUpBeforeTheAnswerDoesNoHarm)
{
    const auto primary = startPrimary();
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        ASSERT_TRUE(socket.waitForConnected(patience));
        socket.write("{\"version\":1,\"action\":\"start\",\"routine\":\"gone\"}\n");
        socket.flush();
        socket.abort();
    }
    // The answer goes nowhere (no SIGPIPE ends the primary); the next request is served.
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
    ASSERT_FALSE(m_received.empty());
    EXPECT_EQ(m_received.back().action, Request::Action::Activate);
}

TEST_F(SingleInstanceTest, SilentClientsNeitherBlockOthersNorStay)
{
    const auto primary = startPrimary();
    primary->setConnectionTimeout(100ms);

    QLocalSocket silent;
    silent.connectToServer(m_name);
    ASSERT_TRUE(silent.waitForConnected(patience));
    QSignalSpy hungUp(&silent, &QLocalSocket::disconnected);

    // While it says nothing, others are served.
    EXPECT_EQ(SingleInstance(m_name).send(Request::start(QStringLiteral("desk-break"))), QString());
    EXPECT_EQ(m_received.size(), 1U);
    // And the primary does not keep it forever.
    EXPECT_TRUE(hungUp.count() > 0 || hungUp.wait(patience));
}

TEST_F(SingleInstanceTest, AHandlerThatRunsAnEventLoopOutlivesItsConnection)
{
    // The handler opens an event loop (as a dialog would) and keeps it open until the primary
    // has given up on the connection: the late answer must go nowhere, harmlessly.
    SingleInstance primary(m_name);
    ASSERT_EQ(primary.listen(), SingleInstance::Role::Primary);
    primary.setConnectionTimeout(50ms);
    QLocalSocket client;
    int calls = 0;
    primary.setHandler([&client, &calls](const Request &) {
        ++calls;
        if (client.state() == QLocalSocket::ConnectedState) {
            QEventLoop loop;
            QObject::connect(&client, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
            QTimer::singleShot(patience, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return QString();
    });

    client.connectToServer(m_name);
    ASSERT_TRUE(client.waitForConnected(patience));
    QSignalSpy closed(&client, &QLocalSocket::disconnected);
    client.write("{\"version\":1,\"action\":\"activate\"}\n");
    EXPECT_TRUE(closed.count() > 0 || closed.wait(patience));
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(client.readAll(), QByteArray());

    client.abort();
    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
    EXPECT_EQ(calls, 2);
}

TEST_F(SingleInstanceTest, ManySilentClientsAtOnceDoNotBreakIt)
{
    const auto primary = startPrimary();
    primary->setConnectionTimeout(200ms);

    std::vector<std::unique_ptr<QLocalSocket>> crowd;
    std::vector<std::unique_ptr<QSignalSpy>> hangUps;
    for (int i = 0; i < SingleInstance::maxConnections * 3; ++i) {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(m_name);
        ASSERT_TRUE(socket->waitForConnected(patience));
        hangUps.push_back(std::make_unique<QSignalSpy>(socket.get(), &QLocalSocket::disconnected));
        crowd.push_back(std::move(socket));
    }
    for (const auto &spy : hangUps)
        EXPECT_TRUE(spy->count() > 0 || spy->wait(patience));
    EXPECT_TRUE(m_received.empty());

    EXPECT_EQ(SingleInstance(m_name).send(Request::activate()), QString());
    EXPECT_EQ(m_received.size(), 1U);
}

TEST_F(SingleInstanceTest, AnAnswerThatNeverComesTimesOut)
{
    // A "primary" that accepts and then says nothing (as a hung Limber would).
    QLocalServer mute;
    ASSERT_TRUE(mute.listen(m_name));
    SingleInstance second(m_name);
    EXPECT_EQ(second.listen(), SingleInstance::Role::Secondary);
    EXPECT_EQ(second.send(Request::activate(), 100ms), QStringLiteral("Limber is running but did not answer."));
}

TEST(SingleInstanceNames, OnePerUserAndFolderInThePrivateRuntimeFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    ASSERT_TRUE(QDir().mkpath(a));

    const QString name = SingleInstance::serverNameFor(a);
    EXPECT_TRUE(QFileInfo(name).fileName().startsWith(QLatin1String("limber-"))) << name.toStdString();
    EXPECT_EQ(QFileInfo(name).fileName().size(), 7 + 16);
#ifdef Q_OS_UNIX
    // TestMain points XDG_RUNTIME_DIR at a private folder.
    EXPECT_EQ(QFileInfo(name).absolutePath(), QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).absoluteFilePath());
    EXPECT_LT(QFile::encodeName(name).size(), qsizetype(sizeof(sockaddr_un::sun_path)));
#endif
    EXPECT_EQ(SingleInstance::serverNameFor(a), name); // stable
    EXPECT_EQ(SingleInstance::serverNameFor(a + QStringLiteral("/")), name);
    EXPECT_EQ(SingleInstance::serverNameFor(a + QStringLiteral("/../a")), name);
    EXPECT_NE(SingleInstance::serverNameFor(b), name);
#ifdef Q_OS_UNIX
    // Through a symbolic link it is the same folder, so the same Limber.
    const QString link = dir.filePath(QStringLiteral("link"));
    ASSERT_TRUE(QFile::link(a, link));
    EXPECT_EQ(SingleInstance::serverNameFor(link), name);
    // A folder that does not exist yet keeps its name once it is created.
    const QString later = SingleInstance::serverNameFor(dir.filePath(QStringLiteral("link/new/deeper")));
    ASSERT_TRUE(QDir().mkpath(a + QStringLiteral("/new/deeper")));
    EXPECT_EQ(SingleInstance::serverNameFor(a + QStringLiteral("/new/deeper")), later);
#endif
}

// Two real processes: limber_instance_helper listens, or sends its arguments as a request.
namespace {

class HelperProcesses : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_name = m_dir.filePath(QStringLiteral("instance"));
    }

    void TearDown() override
    {
        for (const auto &process : m_processes) {
            process->kill();
            process->waitForFinished(patience);
        }
    }

    QProcess &launch(const QStringList &arguments = {})
    {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(LIMBER_INSTANCE_HELPER), QStringList{m_name} + arguments);
        m_processes.push_back(std::move(process));
        return *m_processes.back();
    }

    // Waits until the process has written `line` on its standard output (collected in `output`).
    static bool waitForLine(QProcess &process, const QByteArray &line, QByteArray &output)
    {
        for (;;) {
            output += process.readAllStandardOutput();
            if (output.split('\n').contains(line))
                return true;
            if (process.state() == QProcess::NotRunning || !process.waitForReadyRead(patience)) {
                output += process.readAllStandardOutput();
                return output.split('\n').contains(line);
            }
        }
    }

    QTemporaryDir m_dir;
    QString m_name;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace

TEST_F(HelperProcesses, ASecondLaunchHandsItsRequestToTheFirst)
{
    QProcess &primary = launch();
    QByteArray primaryOutput;
    ASSERT_TRUE(waitForLine(primary, "primary", primaryOutput)) << primary.readAllStandardError().toStdString();

    QProcess &second = launch({QStringLiteral("start"), QStringLiteral("desk-break"), QStringLiteral("gentle")});
    ASSERT_TRUE(second.waitForFinished(patience));
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();
    EXPECT_EQ(second.readAllStandardOutput(), QByteArray("secondary\n"));
    EXPECT_TRUE(waitForLine(primary, "request start desk-break gentle", primaryOutput)) << primaryOutput.toStdString();

    QProcess &refused = launch({QStringLiteral("start"), QStringLiteral("missing")});
    ASSERT_TRUE(refused.waitForFinished(patience));
    EXPECT_EQ(refused.exitCode(), 1);
    EXPECT_EQ(refused.readAllStandardError(), QByteArray("there is no routine 'missing'\n"));
    EXPECT_TRUE(waitForLine(primary, "request start missing -", primaryOutput)) << primaryOutput.toStdString();
}

TEST_F(HelperProcesses, LaunchesRacingOverACrashedOnesSocketEndWithOnePrimary)
{
    // Each round kills the primary (as a crash would: its socket file stays), then starts two
    // launches at the same moment: exactly one must become the primary, the other must hand it
    // an "activate" and exit.
    QProcess &first = launch();
    QByteArray output;
    ASSERT_TRUE(waitForLine(first, "primary", output));
    QProcess *survivor = &first;
    for (int round = 0; round < 4; ++round) {
        survivor->kill();
        ASSERT_TRUE(survivor->waitForFinished(patience));
        ASSERT_TRUE(QFileInfo::exists(m_name)) << "a killed primary leaves its socket behind";

        QProcess &a = launch();
        QProcess &b = launch();
        QEventLoop loop;
        QObject::connect(&a, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&b, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(patience, &loop, &QEventLoop::quit);
        loop.exec();

        ASSERT_TRUE((a.state() == QProcess::NotRunning) != (b.state() == QProcess::NotRunning))
            << "round " << round << ": exactly one launch should have finished";
        QProcess &secondary = a.state() == QProcess::NotRunning ? a : b;
        QProcess &primary = a.state() == QProcess::NotRunning ? b : a;
        EXPECT_EQ(secondary.exitCode(), 0) << secondary.readAllStandardError().toStdString();
        EXPECT_EQ(secondary.readAllStandardOutput(), QByteArray("secondary\n"));
        QByteArray primaryOutput;
        EXPECT_TRUE(waitForLine(primary, "request activate", primaryOutput)) << primaryOutput.toStdString();
        EXPECT_TRUE(primaryOutput.startsWith("primary\n")) << primaryOutput.toStdString();
        survivor = &primary;
    }
}
