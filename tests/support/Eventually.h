#pragma once

#include <QTest>

namespace Limber {

// Lets events run until `condition` holds, for at most `timeoutMs`; wrap it in a GoogleTest
// assertion. (QtTest's QTRY_, QVERIFY and QCOMPARE report only to a QtTest run: under GoogleTest
// a failed one returns quietly and the test passes, so tests here never use them.)
template <typename Condition> bool eventually(Condition condition, int timeoutMs = 5000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace Limber
