// The settings table: typed values with defaults, in window.ini, written only when they change.
#include "storage/Settings.h"

#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Limber;

namespace {

TEST(SettingsTest, GivesDefaultsUntilSetAndReadsBackWhatWasSet)
{
    QTemporaryDir dir;
    const QString path = Settings::filePath(dir.path());
    EXPECT_EQ(QFileInfo(path).fileName(), QStringLiteral("window.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_EQ(Settings::value(settings, Settings::windowTab), 0);
        EXPECT_FALSE(Settings::value(settings, Settings::remindersTrayExplained));
        EXPECT_TRUE(Settings::value(settings, Settings::libraryExercise).isEmpty());
        Settings::setValue(settings, Settings::windowTab, 2);
        Settings::setValue(settings, Settings::remindersTrayExplained, true);
        Settings::setValue(settings, Settings::libraryExercise, QStringLiteral("cat-cow"));
        Settings::setValue(settings, Settings::soundCues, QByteArray(R"({"muted":true})"));
    }
    QSettings again(path, QSettings::IniFormat);
    EXPECT_EQ(Settings::value(again, Settings::windowTab), 2);
    EXPECT_TRUE(Settings::value(again, Settings::remindersTrayExplained));
    EXPECT_EQ(Settings::value(again, Settings::libraryExercise), QStringLiteral("cat-cow"));
    EXPECT_EQ(Settings::value(again, Settings::soundCues), QByteArray(R"({"muted":true})"));
    // The keys are the ones window.ini has always had, so older settings files still apply.
    EXPECT_EQ(again.value(QStringLiteral("window/tab")).toInt(), 2);
    EXPECT_EQ(again.value(QStringLiteral("library/exercise")).toString(), QStringLiteral("cat-cow"));
}

TEST(SettingsTest, AWriteThatChangesNothingIsNotMade)
{
    QTemporaryDir dir;
    const QString path = Settings::filePath(dir.path());
    QSettings settings(path, QSettings::IniFormat);
    Settings::setValue(settings, Settings::windowTab, 0);
    settings.sync();
    EXPECT_TRUE(QFileInfo::exists(path)) << "a default is written the first time";
    // With the file gone, an unchanged value must not write it again (a plain setValue would).
    ASSERT_TRUE(QFile::remove(path));
    Settings::setValue(settings, Settings::windowTab, 0);
    settings.sync();
    EXPECT_FALSE(QFileInfo::exists(path));
    Settings::setValue(settings, Settings::windowTab, 1);
    settings.sync();
    EXPECT_TRUE(QFileInfo::exists(path));
}

} // namespace
