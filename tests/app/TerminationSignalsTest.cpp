// SIGTERM, SIGINT and SIGHUP reach Limber's event loop as a Qt signal instead of ending the
// process, and the old handlers come back afterwards.
#include "platform/TerminationSignals.h"
#include "Eventually.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <csignal>

using namespace Limber;

namespace {

#ifdef Q_OS_UNIX
TEST(TerminationSignals, ASignalBecomesARequestInTheEventLoop)
{
    TerminationSignals termination;
    ASSERT_TRUE(termination.isWatching());
    QSignalSpy requests(&termination, &TerminationSignals::terminationRequested);
    ASSERT_EQ(std::raise(SIGTERM), 0); // would end the test program without the handler
    EXPECT_TRUE(requests.isEmpty()); // nothing happens inside the handler itself
    ASSERT_TRUE(eventually([&] { return requests.size() == 1; }));
    EXPECT_EQ(requests.constFirst().constFirst().toInt(), SIGTERM);
    ASSERT_EQ(std::raise(SIGHUP), 0);
    ASSERT_TRUE(eventually([&] { return requests.size() == 2; }));
    EXPECT_EQ(requests.constLast().constFirst().toInt(), SIGHUP);
}

TEST(TerminationSignals, OnlyOneWatchesAndTheOldHandlersComeBack)
{
    struct sigaction before = {};
    ASSERT_EQ(::sigaction(SIGTERM, nullptr, &before), 0);
    {
        TerminationSignals first;
        TerminationSignals second;
        EXPECT_TRUE(first.isWatching());
        EXPECT_FALSE(second.isWatching());
    }
    struct sigaction after = {};
    ASSERT_EQ(::sigaction(SIGTERM, nullptr, &after), 0);
    EXPECT_EQ(after.sa_handler, before.sa_handler);
    TerminationSignals again; // a new one can watch once the first is gone
    EXPECT_TRUE(again.isWatching());
}
#endif

} // namespace
