#include "RoutineSheetWriter.h"

#include "LimberVersion.h"
#include "sheet/SheetComposer.h"
#include "sheet/SheetFooter.h"
#include "sheet/SheetPagination.h"
#include "sheet/SheetStyle.h"
#include "storage/AtomicFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Limber {

namespace {

FileError fileError(const QString &path, const QString &problem)
{
    return FileError{QDir::toNativeSeparators(path), {}, problem};
}

} // namespace

RoutineSheetWriter::RoutineSheetWriter(const Catalog &catalog, IllustrationSet illustrations)
    : m_catalog(catalog)
    , m_illustrations(std::move(illustrations))
{ }

QPageLayout RoutineSheetWriter::pageLayout(RoutineSheet::Paper paper)
{
    return SheetStyle::pageLayout(paper);
}

int RoutineSheetWriter::paint(QPagedPaintDevice &device, const RoutineSheet &sheet) const
{
    const SheetStyle style(device, sheet.layout);
    const SheetFooter footer(style, sheet);
    const double available = device.height() - footer.height();
    const SheetBlocks blocks = SheetComposer::blocks(style, sheet, m_catalog, m_illustrations, available);
    QList<SheetPagination::Block> sizes;
    for (const std::unique_ptr<SheetBlock> &block : blocks)
        sizes.append(SheetPagination::Block{block->height(), block->gapBefore()});
    const QList<SheetPagination::Page> pages = SheetPagination::paginate(sizes, available);

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return 0;
        }
        for (const SheetPagination::Placement &placed : pages.at(page)) {
            painter.save();
            blocks.at(placed.block)->paint(painter, placed.top);
            painter.restore();
        }
        footer.paint(painter, available, int(page) + 1, int(pages.size()));
    }
    return painter.end() ? int(pages.size()) : 0;
}

MaybeError RoutineSheetWriter::writePdf(const QString &path, const RoutineSheet &sheet) const
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return fileError(path, tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return fileError(path, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (target.isDir())
        return fileError(path, tr("this is a folder; give the name of a PDF file to write."));
    {
        // Tried first, so that a file that cannot be written is reported before any drawing. It
        // is never committed: the file itself is written by AtomicFile once the PDF is drawn.
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fileError(path, tr("the file cannot be written: %1.").arg(probe.errorString()));
    }

    // The PDF is drawn into memory, then written whole.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout(sheet.paper));
        writer.setResolution(1200);
        writer.setTitle(tr("%1: routine sheet").arg(sheet.routine.name));
        writer.setCreator(QStringLiteral("Limber %1").arg(QLatin1String(LIMBER_VERSION)));
        pages = paint(writer, sheet);
    }
    if (pages == 0)
        return fileError(path, tr("the sheet could not be drawn; nothing was written."));
    if (MaybeError error = AtomicFile::write(path, buffer.data()))
        return fileError(path, error->problem);
    return std::nullopt;
}

} // namespace Limber
