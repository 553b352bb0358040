// What an export offers: the routine's name as a plain file name, in the last export's folder.
#include "storage/ExportPaths.h"

#include "QtGTest.h"
#include "model/Slug.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Limber;

TEST(FileName, IsTheNameAsItReadsWithoutAwkwardCharacters)
{
    const QString fallback = QStringLiteral("routine");
    EXPECT_EQ(fileNameFrom(QStringLiteral("Desk break (copy)"), fallback), QStringLiteral("Desk break (copy)"));
    EXPECT_EQ(fileNameFrom(QStringLiteral("Office: mornings"), fallback), QStringLiteral("Office mornings"));
    EXPECT_EQ(fileNameFrom(QStringLiteral("Back/neck \\ 5*2?"), fallback), QStringLiteral("Back neck 5 2"));
    EXPECT_EQ(fileNameFrom(QStringLiteral("\"Quotes\" <and> |pipes|"), fallback), QStringLiteral("Quotes and pipes"));
    EXPECT_EQ(fileNameFrom(QStringLiteral("Rücken am Morgen"), fallback), QStringLiteral("Rücken am Morgen"));
    EXPECT_EQ(fileNameFrom(QStringLiteral("Tab\there\nand\u0001there"), fallback),
              QStringLiteral("Tab here and there"));
    // A leading dot would hide the file; a trailing one is lost on some systems.
    EXPECT_EQ(fileNameFrom(QStringLiteral(" ..hidden. "), fallback), QStringLiteral("hidden"));
    EXPECT_EQ(fileNameFrom(QStringLiteral("::"), fallback), fallback);
    EXPECT_EQ(fileNameFrom(QString(), fallback), fallback);
}

namespace {

class ExportPathsTest : public testing::Test
{
protected:
    ExportPathsTest()
        : m_settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat)
    { }

    QTemporaryDir m_dir;
    QSettings m_settings;
};

QString documentsOrHome()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

TEST_F(ExportPathsTest, TheFirstExportOffersTheDocumentsFolder)
{
    EXPECT_EQ(ExportPaths::folder(m_settings), documentsOrHome());
    EXPECT_EQ(ExportPaths::suggested(m_settings, QStringLiteral("Office: mornings"), QStringLiteral(".pdf")),
              QDir(documentsOrHome()).filePath(QStringLiteral("Office mornings.pdf")));
}

TEST_F(ExportPathsTest, LaterExportsOfferTheLastFolderWhileItIsThere)
{
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ExportPaths::remember(m_settings, QDir(folder).filePath(QStringLiteral("Desk break.limber.json")));
    EXPECT_EQ(Settings::value(m_settings, Settings::exportFolder), folder);
    EXPECT_EQ(ExportPaths::suggested(m_settings, QStringLiteral("Desk break (copy)"), QStringLiteral(".limber.json")),
              QDir(folder).filePath(QStringLiteral("Desk break (copy).limber.json")));

    // Nothing chosen (a cancelled dialog) keeps the folder.
    ExportPaths::remember(m_settings, QString());
    EXPECT_EQ(ExportPaths::folder(m_settings), folder);

    ASSERT_TRUE(QDir(folder).removeRecursively());
    EXPECT_EQ(ExportPaths::folder(m_settings), documentsOrHome());
}
