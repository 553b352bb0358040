#pragma once

#include "illustration/IllustrationSet.h"
#include "model/RoutineSheet.h"
#include "storage/FileError.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace Limber {

class Catalog;

// Lays a routine out as a printed handout and paints it with QPainter on any paged device (a
// printer, a PDF writer, a print preview): a header with the routine, level, time, date and
// whom it is for; the advice on how to do it; each exercise with its key positions drawn as
// vectors, its dose in words, equipment, steps and safety note, never split across pages; a
// tracking grid of tick boxes for each week; page numbers on every page.
class RoutineSheetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    RoutineSheetWriter(const Catalog &catalog, IllustrationSet illustrations);

    // The page a sheet is laid out for: the paper, portrait, 15 mm margins all round.
    static QPageLayout pageLayout(RoutineSheet::Paper paper);

    // Paints the whole sheet on a device whose page layout is already set (pageLayout() for a
    // PDF; whatever the user chose for a printer). Returns the number of pages, or 0 when
    // painting could not begin.
    int paint(QPagedPaintDevice &device, const RoutineSheet &sheet) const;

    // Writes the sheet as a PDF file. It goes to a temporary file beside `path` that replaces
    // `path` only once it is complete, so a failure never leaves half a file behind and never
    // harms a file that was there before. The error names the file and says what went wrong.
    [[nodiscard]] MaybeError writePdf(const QString &path, const RoutineSheet &sheet) const;

private:
    const Catalog &m_catalog;
    IllustrationSet m_illustrations;
};

} // namespace Limber
