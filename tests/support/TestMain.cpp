// The main() of every Limber test binary.
//
// gtest_discover_tests runs the binary at build time to list its tests, outside CTest's
// environment and possibly without a display, so: return early when gtest only lists tests,
// default to the offscreen platform when no display is set, and keep every test away from the
// real user's files (QStandardPaths test mode plus a private XDG_RUNTIME_DIR).
#include <gtest/gtest.h>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef LIMBER_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    testing::InitGoogleTest(&argc, argv);
    if (testing::GTEST_FLAG(list_tests))
        return RUN_ALL_TESTS();

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QTemporaryDir runtimeDir;
    if (runtimeDir.isValid()) {
        QFile::setPermissions(runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    }
    qunsetenv("LIMBER_DATA_DIR");
    QStandardPaths::setTestModeEnabled(true);

    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("Limber"));
    TestApplication::setOrganizationName(QStringLiteral("Limber"));
    return RUN_ALL_TESTS();
}
