// The sheet dialog the window's Print Preview, Print and Export PDF open: its options change the
// live preview and the sheet it prints or saves.
#include "FindChild.h"
#include "QtGTest.h"

#include "illustration/IllustrationFormat.h"
#include "print/RoutineSheetDialog.h"
#include "print/RoutineSheetDialogs.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Limber;

namespace {

class RoutineSheetDialogTest : public testing::Test
{
protected:
    RoutineSheetDialogTest()
        : m_library(Library::open(m_data.path()).value())
    { }

    std::unique_ptr<RoutineSheetDialog> open(const char *routine, RoutineSheetDialog::Purpose purpose)
    {
        const Routine *found = m_library->routines().find(QLatin1String(routine));
        EXPECT_NE(found, nullptr);
        RoutineSheet sheet = RoutineSheet::forRoutine(found ? *found : Routine());
        sheet.paper = RoutineSheet::Paper::A4;
        auto dialog = std::make_unique<RoutineSheetDialog>(
            RoutineSheetWriter(m_library->catalog(), IllustrationFormat::load().value()), sheet, purpose);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }

    QTemporaryDir m_data;
    std::shared_ptr<Library> m_library;
};

} // namespace

TEST_F(RoutineSheetDialogTest, TheOptionsChangeThePreviewAndTheSheet)
{
    auto dialog = open("desk-break", RoutineSheetDialog::Purpose::Preview);
    QCoreApplication::processEvents();
    const int detailed = dialog->pageCount();
    EXPECT_GE(detailed, 2);

    child<QComboBox>(dialog.get(), "sheetLayout")->setCurrentIndex(1);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog->sheet().layout, RoutineSheet::Layout::Compact);
    EXPECT_EQ(dialog->pageCount(), 1) << "the compact desk break fits one page";

    child<QSpinBox>(dialog.get(), "sheetWeeks")->setValue(4);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog->sheet().weeks, 4);
    EXPECT_GT(dialog->pageCount(), 1) << "four weeks of tick boxes take more room";

    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sheetName"), QStringLiteral("Jane Doe"));
    EXPECT_EQ(dialog->sheet().personName, QStringLiteral("Jane Doe"));
    child<QComboBox>(dialog.get(), "sheetPaper")->setCurrentIndex(1);
    EXPECT_EQ(dialog->sheet().paper, RoutineSheet::Paper::Letter);
}

TEST_F(RoutineSheetDialogTest, ExportSendsTheSheetAsSetAndClosesWhenItWorked)
{
    auto dialog = open("full-program", RoutineSheetDialog::Purpose::ExportPdf);
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "sheetExportButton")->isDefault());
    child<QComboBox>(dialog.get(), "sheetLayout")->setCurrentIndex(1);

    RoutineSheet asked;
    bool answer = false;
    QObject::connect(dialog.get(), &RoutineSheetDialog::exportRequested, dialog.get(),
                     [&](const RoutineSheet &sheet, bool *done) {
                         asked = sheet;
                         *done = answer;
                     });
    child<QPushButton>(dialog.get(), "sheetExportButton")->click();
    EXPECT_EQ(asked.layout, RoutineSheet::Layout::Compact);
    EXPECT_EQ(asked.routine.id, QStringLiteral("full-program"));
    EXPECT_TRUE(dialog->isVisible()) << "a cancelled or failed export keeps the dialog open";
    answer = true;
    QTest::keyClick(dialog.get(), Qt::Key_Return); // the default button
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(RoutineSheetDialogTest, PrintIsTheDefaultFromPrint)
{
    auto dialog = open("desk-break", RoutineSheetDialog::Purpose::Print);
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "sheetPrintButton")->isDefault());
    QSignalSpy print(dialog.get(), &RoutineSheetDialog::printRequested);
    child<QPushButton>(dialog.get(), "sheetPrintButton")->click();
    EXPECT_EQ(print.count(), 1);
}

// The window's way in: the options set last time are set again, the paper stays the locale's
// until the person picks one.
TEST_F(RoutineSheetDialogTest, TheWindowsDialogKeepsTheOptionsLastUsed)
{
    QSettings settings(m_data.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    const Routine *desk = m_library->routines().find(QStringLiteral("desk-break"));
    ASSERT_NE(desk, nullptr);
    RoutineSheet seen;
    const auto answer = [&](int layout, int weeks) {
        QTimer::singleShot(0, [&, layout, weeks] {
            auto *dialog = qobject_cast<RoutineSheetDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            seen = dialog->sheet();
            if (layout >= 0)
                dialog->findChild<QComboBox *>(QStringLiteral("sheetLayout"))->setCurrentIndex(layout);
            if (weeks > 0)
                dialog->findChild<QSpinBox *>(QStringLiteral("sheetWeeks"))->setValue(weeks);
            dialog->reject();
        });
    };
    answer(1, 3);
    RoutineSheetDialogs::open(nullptr, m_library->catalog(), RoutineSheet::forRoutine(*desk),
                              RoutineSheetDialog::Purpose::Preview, settings);
    EXPECT_EQ(seen.layout, RoutineSheet::Layout::Detailed);
    EXPECT_EQ(seen.weeks, 1);
    EXPECT_FALSE(settings.contains(QStringLiteral("sheet/paper")));

    answer(-1, 0);
    RoutineSheetDialogs::open(nullptr, m_library->catalog(), RoutineSheet::forRoutine(*desk),
                              RoutineSheetDialog::Purpose::Print, settings);
    EXPECT_EQ(seen.layout, RoutineSheet::Layout::Compact);
    EXPECT_EQ(seen.weeks, 3);
}
