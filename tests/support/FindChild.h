#pragma once

#include <QObject>
#include <QString>

#include <gtest/gtest.h>

namespace Limber {

// The child of `parent` of type T whose objectName is `name`, at any depth. A missing one fails
// the test (and gives nullptr).
template <typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

} // namespace Limber
