#include "RoutineSheetDialogs.h"

#include "illustration/IllustrationFormat.h"
#include "render/RoutineSheetWriter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <optional>

namespace Limber {

namespace {

std::optional<RoutineSheetWriter> makeWriter(QWidget *parent, const Catalog &catalog)
{
    Result<IllustrationSet> illustrations = IllustrationFormat::load();
    if (!illustrations) {
        QMessageBox::warning(parent, RoutineSheetDialogs::tr("The routine sheet cannot be made"),
                             illustrations.error().message());
        return std::nullopt;
    }
    return RoutineSheetWriter(catalog, std::move(illustrations).value());
}

void setUp(QPrinter &printer, const RoutineSheet &sheet)
{
    printer.setPageLayout(RoutineSheetWriter::pageLayout(sheet.paper));
    printer.setDocName(RoutineSheetDialogs::tr("%1: routine sheet").arg(sheet.routine.name));
    printer.setCreator(QStringLiteral("Limber"));
}

} // namespace

void RoutineSheetDialogs::preview(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet)
{
    const std::optional<RoutineSheetWriter> writer = makeWriter(parent, catalog);
    if (!writer)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, sheet);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("sheetPreview"));
    dialog.setWindowTitle(tr("Print Preview: %1").arg(sheet.routine.name));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&writer, &sheet](QPrinter *device) { writer->paint(*device, sheet); });
    dialog.exec();
}

void RoutineSheetDialogs::print(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet)
{
    const std::optional<RoutineSheetWriter> writer = makeWriter(parent, catalog);
    if (!writer)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, sheet);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("sheetPrintDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(sheet.routine.name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (writer->paint(printer, sheet) == 0)
        QMessageBox::warning(parent, tr("The routine sheet was not printed"),
                             tr("The printer could not be started. Check that it is connected and try again."));
}

QString RoutineSheetDialogs::exportPdf(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet,
                                       const QString &suggestedPath)
{
    const std::optional<RoutineSheetWriter> writer = makeWriter(parent, catalog);
    if (!writer)
        return {};
    QFileDialog dialog(parent, tr("Export Routine Sheet as PDF"), suggestedPath, tr("PDF files (*.pdf)"));
    dialog.setObjectName(QStringLiteral("sheetPdfDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (const MaybeError error = writer->writePdf(path, sheet)) {
        QMessageBox::warning(parent, tr("The routine sheet could not be saved"), error->message());
        return {};
    }
    return path;
}

} // namespace Limber
