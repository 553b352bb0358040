// Routine sheets written as PDFs and read back with poppler: every built-in routine on A4 and
// Letter, every exercise's name and dose in the text, the illustrations kept as vectors, the
// fonts embedded, no exercise split across pages; the compact desk break on one page; the
// print preview offscreen; and writing that fails without harming what was there.
#include "PdfProbe.h"
#include "QtGTest.h"

#include "illustration/IllustrationFormat.h"
#include "model/DoseText.h"
#include "model/RoutineSheet.h"
#include "render/RoutineSheetWriter.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace Limber;

namespace {

class RoutineSheetTest : public testing::Test
{
protected:
    RoutineSheetTest()
        : m_library(Library::open(m_data.path()).value())
        , m_writer(m_library->catalog(), IllustrationFormat::load().value())
    { }

    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // day names, dates
        if (!PdfProbe::available())
            GTEST_SKIP() << "poppler-utils (pdfinfo, pdftotext, pdfimages, pdffonts) is not installed";
    }

    [[nodiscard]] RoutineSheet sheetFor(const QString &routineId, RoutineSheet::Paper paper,
                                        RoutineSheet::Layout layout = RoutineSheet::Layout::Detailed) const
    {
        const Routine *routine = m_library->routines().find(routineId);
        EXPECT_NE(routine, nullptr) << routineId.toStdString();
        RoutineSheet sheet = RoutineSheet::forRoutine(routine ? *routine : Routine());
        sheet.paper = paper;
        sheet.layout = layout;
        sheet.date = QDate(2026, 3, 2);
        return sheet;
    }

    QString write(const RoutineSheet &sheet, const QString &name)
    {
        const QString path = m_out.filePath(name);
        const MaybeError error = m_writer.writePdf(path, sheet);
        EXPECT_FALSE(error.has_value()) << (error ? error->message().toStdString() : std::string());
        return path;
    }

    // The first words of a text: enough to find it on a page even where it wraps.
    static QString opening(const QString &text, int words = 5)
    {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, words).join(QLatin1Char(' '));
    }

    // Checks everything a sheet must show and how it must be made.
    void checkSheet(const RoutineSheet &sheet, const QString &path) const
    {
        const PdfProbe pdf(path);
        const std::string label
            = QStringList{sheet.routine.id, RoutineSheet::paperId(sheet.paper), RoutineSheet::layoutId(sheet.layout)}
                  .join(QLatin1Char('/'))
                  .toStdString();
        const int pages = pdf.pageCount();
        ASSERT_GE(pages, 1) << label;
        const QSizeF size = pdf.pageSize();
        if (sheet.paper == RoutineSheet::Paper::A4)
            EXPECT_EQ(size, QSizeF(595, 842)) << label;
        else
            EXPECT_EQ(size, QSizeF(612, 792)) << label;

        const QString text = pdf.text();
        EXPECT_TRUE(text.contains(sheet.routine.name)) << label;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages))) << label;
        EXPECT_TRUE(text.contains(QStringLiteral("see a healthcare professional"))) << label;
        EXPECT_TRUE(text.contains(QStringLiteral("Tracking"))) << label;
        // When to stop and get advice, as Limber's advice for every exercise: once, on the first page.
        EXPECT_EQ(pdf.pageOf(QStringLiteral("Limber's advice: stop and get advice")), 1) << label;
        EXPECT_TRUE(text.contains(QStringLiteral("Mon"))) << label;
        for (const RoutineItem &item : sheet.routine.items) {
            const Exercise *exercise = m_library->catalog().find(item.exerciseId);
            ASSERT_NE(exercise, nullptr);
            const QString dose = DoseText::describe(ConcreteDose::resolve(exercise->dose, sheet.level, item.override));
            EXPECT_TRUE(text.contains(exercise->name)) << label << ": " << exercise->name.toStdString();
            EXPECT_TRUE(text.contains(dose)) << label << ": " << dose.toStdString();
            // Never split: the first words of the steps and the end of the safety note are on one
            // page, and that page shows the exercise's name.
            const QStringList safetyWords = exercise->safety.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString safetyEnd
                = safetyWords.mid(std::max<qsizetype>(0, safetyWords.size() - 4)).join(QLatin1Char(' '));
            const int safetyPage = pdf.pageOf(safetyEnd);
            EXPECT_GT(safetyPage, 0) << label << ": " << exercise->name.toStdString();
            EXPECT_EQ(safetyPage, pdf.pageOf(opening(exercise->steps.constFirst())))
                << label << ": " << exercise->name.toStdString() << " is split across pages";
            EXPECT_TRUE(pdf.text(safetyPage).contains(exercise->name))
                << label << ": " << exercise->name.toStdString() << " is split from its name";
        }
        EXPECT_TRUE(pdf.images().isEmpty()) << label << ": the illustrations must be vectors, not images:\n"
                                            << pdf.images().join(QLatin1Char('\n')).toStdString();
        const QList<std::pair<QString, QString>> fonts = pdf.fonts();
        EXPECT_FALSE(fonts.isEmpty()) << label;
        for (const auto &[name, embedded] : fonts)
            EXPECT_EQ(embedded, QStringLiteral("yes")) << label << ": font " << name.toStdString() << " not embedded";
    }

    QTemporaryDir m_data;
    QTemporaryDir m_out;
    std::shared_ptr<Library> m_library;
    RoutineSheetWriter m_writer;
};

} // namespace

TEST_F(RoutineSheetTest, EveryBuiltInRoutineOnA4AndLetterInBothLayouts)
{
    int routines = 0;
    for (const Routine &routine : m_library->routines().allRoutines()) {
        if (!routine.builtIn)
            continue;
        ++routines;
        for (const RoutineSheet::Paper paper : {RoutineSheet::Paper::A4, RoutineSheet::Paper::Letter}) {
            for (const RoutineSheet::Layout layout : {RoutineSheet::Layout::Detailed, RoutineSheet::Layout::Compact}) {
                const RoutineSheet sheet = sheetFor(routine.id, paper, layout);
                const QString path
                    = write(sheet,
                            QStringLiteral("%1-%2-%3.pdf")
                                .arg(routine.id, RoutineSheet::paperId(paper), RoutineSheet::layoutId(layout)));
                checkSheet(sheet, path);
            }
        }
    }
    EXPECT_EQ(routines, 4);
}

TEST_F(RoutineSheetTest, TheCompactDeskBreakFitsOnePage)
{
    for (const RoutineSheet::Paper paper : {RoutineSheet::Paper::A4, RoutineSheet::Paper::Letter}) {
        RoutineSheet sheet = sheetFor(QStringLiteral("desk-break"), paper, RoutineSheet::Layout::Compact);
        sheet.personName = QStringLiteral("Jane Doe");
        const PdfProbe pdf(write(sheet, QStringLiteral("desk-%1.pdf").arg(RoutineSheet::paperId(paper))));
        EXPECT_EQ(pdf.pageCount(), 1) << RoutineSheet::paperId(paper).toStdString();
        EXPECT_TRUE(pdf.text().contains(QStringLiteral("Jane Doe")));
    }
}

TEST_F(RoutineSheetTest, EachWeekGetsItsOwnGridAndTheLevelChangesTheDoses)
{
    RoutineSheet sheet = sheetFor(QStringLiteral("full-program"), RoutineSheet::Paper::A4);
    const int onePage = PdfProbe(write(sheet, QStringLiteral("one-week.pdf"))).pageCount();
    sheet.weeks = RoutineSheet::maxWeeks;
    sheet.level = Level::Full;
    const PdfProbe pdf(write(sheet, QStringLiteral("eight-weeks.pdf")));
    EXPECT_GT(pdf.pageCount(), onePage);
    for (int week = 1; week <= RoutineSheet::maxWeeks; ++week)
        EXPECT_EQ(pdf.text().count(QStringLiteral("Week %1 of 8").arg(week)), 1) << week;
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Hold 30 s, 10 times, each side"))) << "Thread the Needle, full";
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Level: Full")));
    checkSheet(sheet, m_out.filePath(QStringLiteral("eight-weeks.pdf")));
}

TEST_F(RoutineSheetTest, ALongRoutineNeverSplitsAnExercise)
{
    // Thirty exercises: the grid has to go over pages, and every block must still stay whole.
    RoutineSheet sheet = sheetFor(QStringLiteral("full-program"), RoutineSheet::Paper::Letter);
    const QList<RoutineItem> items = sheet.routine.items;
    for (int i = 0; i < 2; ++i)
        sheet.routine.items += items;
    sheet.routine.items.resize(30);
    const QString path = write(sheet, QStringLiteral("long.pdf"));
    const PdfProbe pdf(path);
    EXPECT_GE(pdf.pageCount(), 8);
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(QStringLiteral("30. Scapular Retractions"))) << "the grid lists every row";
    EXPECT_TRUE(pdf.images().isEmpty());
}

TEST_F(RoutineSheetTest, DefaultPaperFollowsTheLocale)
{
    EXPECT_EQ(RoutineSheet::defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)),
              RoutineSheet::Paper::Letter);
    EXPECT_EQ(RoutineSheet::defaultPaper(QLocale(QLocale::French, QLocale::Canada)), RoutineSheet::Paper::Letter);
    EXPECT_EQ(RoutineSheet::defaultPaper(QLocale(QLocale::Spanish, QLocale::Mexico)), RoutineSheet::Paper::Letter);
    EXPECT_EQ(RoutineSheet::defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)), RoutineSheet::Paper::A4);
    EXPECT_EQ(RoutineSheet::defaultPaper(QLocale(QLocale::German, QLocale::Germany)), RoutineSheet::Paper::A4);
    EXPECT_EQ(RoutineSheet::paperFromId(QStringLiteral("letter")), RoutineSheet::Paper::Letter);
    EXPECT_EQ(RoutineSheet::paperFromId(QStringLiteral("A4")), RoutineSheet::Paper::A4);
    EXPECT_FALSE(RoutineSheet::paperFromId(QStringLiteral("a5")).has_value());
    EXPECT_EQ(RoutineSheet::layoutFromId(QStringLiteral("compact")), RoutineSheet::Layout::Compact);
    EXPECT_FALSE(RoutineSheet::layoutFromId(QStringLiteral("tiny")).has_value());
}

TEST_F(RoutineSheetTest, ReplacesAnExistingFileWholeAndLeavesNoTemporaryFiles)
{
    const QString path = m_out.filePath(QStringLiteral("sheet.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    ASSERT_FALSE(m_writer.writePdf(path, sheetFor(QStringLiteral("desk-break"), RoutineSheet::Paper::A4)).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("sheet.pdf")});
}

TEST_F(RoutineSheetTest, AMissingFolderOrAFileInTheWayIsAClearErrorAndWritesNothing)
{
    const RoutineSheet sheet = sheetFor(QStringLiteral("desk-break"), RoutineSheet::Paper::A4);
    const QString missing = m_out.filePath(QStringLiteral("no-such-folder/sheet.pdf"));
    const MaybeError noFolder = m_writer.writePdf(missing, sheet);
    ASSERT_TRUE(noFolder.has_value());
    EXPECT_TRUE(noFolder->message().contains(QStringLiteral("does not exist"))) << noFolder->message().toStdString();
    EXPECT_TRUE(noFolder->message().contains(QDir::toNativeSeparators(missing)));
    EXPECT_FALSE(QFile::exists(missing));

    const QString notAFolder = m_out.filePath(QStringLiteral("plain-file"));
    {
        QFile file(notAFolder);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const MaybeError fileInTheWay = m_writer.writePdf(notAFolder + QStringLiteral("/sheet.pdf"), sheet);
    ASSERT_TRUE(fileInTheWay.has_value());
    EXPECT_TRUE(fileInTheWay->message().contains(QStringLiteral("is not a folder")))
        << fileInTheWay->message().toStdString();

    const MaybeError aFolder = m_writer.writePdf(m_out.path(), sheet);
    ASSERT_TRUE(aFolder.has_value());
    EXPECT_TRUE(QFileInfo(m_out.path()).isDir());
}

TEST_F(RoutineSheetTest, PrintPreviewPaintsEveryPageOffscreen)
{
    const RoutineSheet sheet = sheetFor(QStringLiteral("full-program"), RoutineSheet::Paper::Letter);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(RoutineSheetWriter::pageLayout(sheet.paper));
    QPrintPreviewDialog dialog(&printer);
    int pages = 0;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *device) { pages = m_writer.paint(*device, sheet); });
    QTimer::singleShot(0, &dialog, &QDialog::accept);
    dialog.exec();
    EXPECT_EQ(pages, PdfProbe(write(sheet, QStringLiteral("preview.pdf"))).pageCount());
}

namespace {

// Every number a printed sheet's steps state, checked against the dose the sheet gives: the
// steps name the placeholders' values, so each template is found in the text with its numbers
// read back, and no step keeps the article's range ("20 to 30 seconds").
void expectStepsSayTheDose(const PdfProbe &pdf, const Exercise &exercise, const ConcreteDose &dose,
                           const std::string &label)
{
    const QString text = pdf.text();
    // The exercise's own steps: from where its first step is printed.
    const QString first = exercise.stepTemplates.constFirst();
    const qsizetype start = text.indexOf(first.left(first.indexOf(QLatin1Char('{'))));
    ASSERT_GE(start, 0) << label << ": " << exercise.id.toStdString() << "'s steps are not printed";
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z]+)\\}"));
    for (const QString &step : exercise.stepTemplates) {
        // The template as a pattern: its words as they are, each placeholder what was printed.
        QString pattern;
        QStringList names;
        qsizetype from = 0;
        for (auto matches = placeholder.globalMatch(step); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            pattern += QRegularExpression::escape(step.mid(from, match.capturedStart() - from));
            pattern += QStringLiteral("(\\d+) ([a-z]+)");
            names.append(match.captured(1));
            from = match.capturedEnd();
        }
        if (names.isEmpty())
            continue;
        pattern += QRegularExpression::escape(step.mid(from));
        pattern.replace(QStringLiteral("\\ "), QStringLiteral(" "));
        const QRegularExpressionMatch printed = QRegularExpression(pattern).match(text, start);
        ASSERT_TRUE(printed.hasMatch()) << label << ": not printed with a single number: " << step.toStdString();
        for (int i = 0; i < names.size(); ++i) {
            const int number = printed.captured(1 + 2 * i).toInt();
            const QString unit = printed.captured(2 + 2 * i);
            const std::string where = label + ": " + printed.captured(0).toStdString();
            if (names.at(i) == u"times" || names.at(i) == u"reps") {
                EXPECT_EQ(number, dose.reps) << where;
            } else if (names.at(i) == u"seconds") {
                EXPECT_EQ(number, dose.holdSeconds) << where;
            } else {
                EXPECT_EQ(unit.startsWith(u"minute") ? number * 60 : number, dose.durationSeconds) << where;
            }
        }
    }
}

} // namespace

TEST_F(RoutineSheetTest, TheStepsSayTheDoseTheHeadlineGives)
{
    const auto check = [this](const RoutineSheet &sheet, const QString &name) {
        const PdfProbe pdf(write(sheet, name));
        const std::string label = name.toStdString();
        static const QRegularExpression articleRange(QStringLiteral("\\d+ to \\d+ (seconds|times|minutes|reps)"));
        EXPECT_FALSE(pdf.text().contains(articleRange))
            << label << ": a step gives a range: " << pdf.text().toStdString();
        for (const RoutineItem &item : sheet.routine.items) {
            const Exercise *exercise = m_library->catalog().find(item.exerciseId);
            ASSERT_NE(exercise, nullptr);
            expectStepsSayTheDose(pdf, *exercise, ConcreteDose::resolve(exercise->dose, sheet.level, item.override),
                                  label);
        }
    };
    int sheets = 0;
    for (const Routine &routine : m_library->routines().allRoutines()) {
        for (const Level level : {Level::Gentle, Level::Standard, Level::Full}) {
            RoutineSheet sheet = sheetFor(routine.id, RoutineSheet::Paper::A4);
            sheet.level = level;
            check(sheet, QStringLiteral("%1-%2.pdf").arg(routine.id, levelId(level)));
            ++sheets;
        }
    }
    EXPECT_EQ(sheets, 12);

    // A routine with the user's own numbers: the steps say those, not the level's.
    Routine own;
    own.id = QStringLiteral("own");
    own.name = QStringLiteral("My numbers");
    RoutineItem thread{QStringLiteral("thread-the-needle"), {}};
    thread.override.holdSeconds = 5;
    thread.override.reps = 2;
    RoutineItem angels{QStringLiteral("wall-angels"), {}};
    angels.override.durationSeconds = 90;
    RoutineItem squeeze{QStringLiteral("scapular-retractions"), {}};
    squeeze.override.holdSeconds = 4;
    squeeze.override.reps = 12;
    RoutineItem rows{QStringLiteral("rows"), {}};
    rows.override.reps = 7;
    own.items = {thread, angels, squeeze, rows};
    RoutineSheet sheet = RoutineSheet::forRoutine(own);
    sheet.paper = RoutineSheet::Paper::Letter;
    sheet.date = QDate(2026, 3, 2);
    check(sheet, QStringLiteral("own-numbers.pdf"));
    const QString text = PdfProbe(m_out.filePath(QStringLiteral("own-numbers.pdf"))).text();
    EXPECT_TRUE(text.contains(QStringLiteral("Repeat 2 times on each side."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Carry on for 90 seconds."))) << text.toStdString();
    // The article's range stays visible as the source, not as an instruction.
    EXPECT_TRUE(text.contains(QStringLiteral("The article suggests: Hold 20–30 s, 5–10 times, each side.")))
        << text.toStdString();
}
