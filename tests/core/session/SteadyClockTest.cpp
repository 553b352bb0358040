#include "session/SteadyClock.h"

#include <gtest/gtest.h>

using namespace Limber;

TEST(SteadyClock, NeverGoesBackwards)
{
    const SteadyClock clock;
    auto last = clock.now();
    for (int i = 0; i < 1000; ++i) {
        const auto now = clock.now();
        EXPECT_GE(now, last);
        last = now;
    }
}
