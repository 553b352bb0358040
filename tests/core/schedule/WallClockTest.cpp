// The system wall clock follows TZ; the fake one moves only when told.
#include "FakeWallClock.h"
#include "ScheduleFixtures.h"
#include "schedule/SystemWallClock.h"

#include <gtest/gtest.h>

using namespace Limber;
using namespace Limber::Fixtures;

TEST(SystemWallClock, HonoursTz)
{
    const QByteArray saved = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Australia/Lord_Howe");
    const SystemWallClock clock;
    EXPECT_EQ(clock.zone().id(), QByteArray("Australia/Lord_Howe"));
    EXPECT_EQ(clock.now().timeZone().id(), QByteArray("Australia/Lord_Howe"));
    EXPECT_LE(std::abs(clock.now().secsTo(QDateTime::currentDateTimeUtc())), 5);
    qputenv("TZ", "America/New_York");
    EXPECT_EQ(clock.zone().id(), QByteArray("America/New_York"));
    if (hadTz)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
}

TEST(FakeWallClock, MovesOnlyWhenTold)
{
    FakeWallClock clock(at(berlin(), 2025, 1, 13, 10, 0), berlin());
    EXPECT_EQ(clock.now(), at(berlin(), 2025, 1, 13, 10, 0));
    clock.advanceMinutes(90);
    EXPECT_EQ(clock.now(), at(berlin(), 2025, 1, 13, 11, 30));
    clock.jumpBackMinutes(120);
    EXPECT_EQ(clock.now(), at(berlin(), 2025, 1, 13, 9, 30));
    clock.setZone(zone("Asia/Tokyo"));
    EXPECT_EQ(clock.now().time(), QTime(17, 30));
    EXPECT_EQ(clock.zone().id(), QByteArray("Asia/Tokyo"));
}
