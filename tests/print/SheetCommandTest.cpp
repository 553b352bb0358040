// `limber sheet` through the real binary with no display: it writes the PDF, and for bad input it
// says what is wrong on stderr, exits 1 (unknown routine, unwritable path) or 2 (bad options),
// and leaves every existing file as it was.
#include "PdfProbe.h"
#include "ProcessRun.h"
#include "QtGTest.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Limber;

namespace {

class SheetCommandTest : public testing::Test
{
protected:
    // Runs limber with its own data folder, no display and an English locale.
    ProcessRun limber(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("--data-dir=") + m_data.path());
        ProcessRun run = runProcess(QStringLiteral(LIMBER_BINARY), arguments, 60000, commandLineEnvironment());
        EXPECT_TRUE(run.finished) << "limber did not finish";
        return run;
    }

    QString out(const QString &name) const { return m_work.filePath(name); }

    // Only the lines limber itself wrote (Qt may add a note of its own about the environment).
    static QStringList limberLines(const QString &err)
    {
        QStringList lines;
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("QStandardPaths:")))
                lines.append(line);
        }
        return lines;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_work;
};

} // namespace

TEST_F(SheetCommandTest, WritesTheDeskBreakWithoutADisplay)
{
    const QString path = out(QStringLiteral("desk.pdf"));
    const ProcessRun run
        = limber({QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), path,
                  QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--layout"),
                  QStringLiteral("compact"), QStringLiteral("--name"), QStringLiteral("Jane Doe"),
                  QStringLiteral("--level"), QStringLiteral("gentle"), QStringLiteral("--weeks"), QStringLiteral("2")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(path)) << run.out.toStdString();
    EXPECT_TRUE(limberLines(run.err).isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(fileBytes(path).startsWith("%PDF-"));
    if (!PdfProbe::available())
        GTEST_SKIP() << "poppler-utils is not installed";
    const PdfProbe pdf(path);
    EXPECT_EQ(pdf.pageSize(), QSizeF(612, 792));
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Jane Doe")));
    EXPECT_TRUE(text.contains(QStringLiteral("Level: Gentle")));
    EXPECT_TRUE(text.contains(QStringLiteral("Week 2 of 2")));
    EXPECT_TRUE(pdf.images().isEmpty());
}

TEST_F(SheetCommandTest, TheFullProgramByNameOnA4)
{
    const QString path = out(QStringLiteral("full.pdf"));
    const ProcessRun run = limber({QStringLiteral("sheet"), QStringLiteral("Full program"), QStringLiteral("--output"),
                                   path, QStringLiteral("--paper=a4")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    if (!PdfProbe::available())
        GTEST_SKIP() << "poppler-utils is not installed";
    const PdfProbe pdf(path);
    EXPECT_EQ(pdf.pageSize(), QSizeF(595, 842));
    EXPECT_GE(pdf.pageCount(), 3);
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Thread the Needle")));
}

TEST_F(SheetCommandTest, HelpListsTheCommand)
{
    const ProcessRun run = limber({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("limber sheet ROUTINE -o FILE.pdf"))) << run.out.toStdString();
}

TEST_F(SheetCommandTest, BadOptionValuesAreWrongUsage)
{
    const QString path = out(QStringLiteral("bad.pdf"));
    const QList<QStringList> cases{
        {QStringLiteral("--weeks"), QStringLiteral("0")},          {QStringLiteral("--weeks"), QStringLiteral("9")},
        {QStringLiteral("--weeks"), QStringLiteral("two")},        {QStringLiteral("--paper"), QStringLiteral("a5")},
        {QStringLiteral("--layout"), QStringLiteral("tiny")},      {QStringLiteral("--level"), QStringLiteral("hard")},
        {QStringLiteral("--name"), QString(81, QLatin1Char('x'))}, {QStringLiteral("--colour")},
    };
    for (const QStringList &options : cases) {
        const ProcessRun run = limber(
            QStringList{QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), path} + options);
        EXPECT_EQ(run.exitCode, 2) << options.join(QLatin1Char(' ')).toStdString();
        const QStringList lines = limberLines(run.err);
        ASSERT_FALSE(lines.isEmpty());
        EXPECT_TRUE(lines.constFirst().startsWith(QLatin1String("limber: "))) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
    const ProcessRun noOutput = limber({QStringLiteral("sheet"), QStringLiteral("desk-break")});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_TRUE(noOutput.err.contains(QStringLiteral("-o FILE.pdf"))) << noOutput.err.toStdString();
}

TEST_F(SheetCommandTest, AnUnknownRoutineIsBadInput)
{
    const QString path = out(QStringLiteral("none.pdf"));
    const ProcessRun run
        = limber({QStringLiteral("sheet"), QStringLiteral("no-such-routine"), QStringLiteral("-o"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("limber: there is no routine 'no-such-routine'")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(SheetCommandTest, AMissingFolderOrAFileInPlaceOfAFolderIsBadInput)
{
    const QString missing = out(QStringLiteral("no-such-folder/desk.pdf"));
    const ProcessRun noFolder
        = limber({QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), missing});
    EXPECT_EQ(noFolder.exitCode, 1);
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("limber: ") + missing)) << noFolder.err.toStdString();
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("does not exist"))) << noFolder.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing));

    const QString file = out(QStringLiteral("a-file"));
    {
        QFile plain(file);
        ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
        plain.write("keep me");
    }
    const ProcessRun fileInTheWay = limber(
        {QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), file + QStringLiteral("/x.pdf")});
    EXPECT_EQ(fileInTheWay.exitCode, 1);
    EXPECT_TRUE(fileInTheWay.err.contains(QStringLiteral("is not a folder"))) << fileInTheWay.err.toStdString();
    EXPECT_EQ(fileBytes(file), QByteArray("keep me"));
}

TEST_F(SheetCommandTest, AnExistingFileIsReplacedOnlyWithForce)
{
    const QString path = out(QStringLiteral("existing.pdf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("my notes");
    }
    const ProcessRun refused
        = limber({QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), path});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    EXPECT_EQ(fileBytes(path), QByteArray("my notes"));

    const ProcessRun forced = limber(
        {QStringLiteral("sheet"), QStringLiteral("desk-break"), QStringLiteral("-o"), path, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(fileBytes(path).startsWith("%PDF-"));
    EXPECT_EQ(QDir(m_work.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.pdf")});
}
