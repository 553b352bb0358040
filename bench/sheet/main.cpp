// Times writing the full program's detailed routine sheet as a PDF, against a baseline written
// the same way in the same process: a one-page PDF with one line of text (QPdfWriter + QPainter).
// Prints "baseline_ms sheet_ms". scripts/measure-sheet.sh runs it and sums it up.
#include "illustration/IllustrationFormat.h"
#include "render/RoutineSheetWriter.h"
#include "storage/Library.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

void writeOneLine(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(Limber::RoutineSheetWriter::pageLayout(Limber::RoutineSheet::Paper::A4));
    writer.setResolution(1200);
    QPainter painter(&writer);
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(12);
    painter.setFont(font);
    painter.drawText(QPointF(0, 1200), QStringLiteral("Full program: routine sheet"));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    QTemporaryDir dir;
    Limber::Result<std::shared_ptr<Limber::Library>> library = Limber::Library::open(dir.path());
    if (!library) {
        err << library.error().message() << Qt::endl;
        return 1;
    }
    const Limber::Routine *routine = library.value()->routines().find(QStringLiteral("full-program"));
    if (!routine)
        return 1;
    Limber::RoutineSheet sheet = Limber::RoutineSheet::forRoutine(*routine);
    sheet.paper = Limber::RoutineSheet::Paper::A4;

    writeOneLine(dir.filePath(QStringLiteral("warm-up.pdf"))); // font database, PDF engine

    QElapsedTimer timer;
    timer.start();
    writeOneLine(dir.filePath(QStringLiteral("baseline.pdf")));
    const double baselineMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    Limber::Result<Limber::IllustrationSet> illustrations = Limber::IllustrationFormat::load();
    if (!illustrations)
        return 1;
    const Limber::RoutineSheetWriter writer(library.value()->catalog(), std::move(illustrations).value());
    if (const Limber::MaybeError error = writer.writePdf(dir.filePath(QStringLiteral("sheet.pdf")), sheet)) {
        err << error->message() << Qt::endl;
        return 1;
    }
    const double sheetMs = double(timer.nsecsElapsed()) / 1e6;

    QTextStream(stdout) << QString::number(baselineMs, 'f', 2) << ' ' << QString::number(sheetMs, 'f', 2) << Qt::endl;
    return 0;
}
