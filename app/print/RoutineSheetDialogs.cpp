#include "RoutineSheetDialogs.h"

#include "illustration/IllustrationFormat.h"
#include "render/RoutineSheetWriter.h"
#include "storage/ExportPaths.h"
#include "storage/Settings.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

#include <algorithm>
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

void RoutineSheetDialogs::open(QWidget *parent, const Catalog &catalog, RoutineSheet sheet,
                               RoutineSheetDialog::Purpose purpose, QSettings &settings)
{
    std::optional<RoutineSheetWriter> writer = makeWriter(parent, catalog);
    if (!writer)
        return;
    // The options last used; the paper stays the locale's until the person picks one.
    if (const auto layout = RoutineSheet::layoutFromId(Settings::value(settings, Settings::sheetLayout)))
        sheet.layout = *layout;
    if (const auto paper = RoutineSheet::paperFromId(Settings::value(settings, Settings::sheetPaper)))
        sheet.paper = *paper;
    sheet.weeks
        = std::clamp(Settings::value(settings, Settings::sheetWeeks), RoutineSheet::minWeeks, RoutineSheet::maxWeeks);

    RoutineSheetDialog dialog(std::move(*writer), sheet, purpose, parent);
    QObject::connect(
        &dialog, &RoutineSheetDialog::printRequested, &dialog,
        [&dialog, &catalog](const RoutineSheet &chosen, bool *done) { *done = print(&dialog, catalog, chosen); });
    QObject::connect(&dialog, &RoutineSheetDialog::exportRequested, &dialog,
                     [&dialog, &catalog, &settings](const RoutineSheet &chosen, bool *done) {
                         const QString path
                             = exportPdf(&dialog, catalog, chosen,
                                         ExportPaths::suggested(settings, chosen.routine.name, QStringLiteral(".pdf")));
                         ExportPaths::remember(settings, path);
                         *done = !path.isEmpty();
                     });
    dialog.exec();

    const RoutineSheet &chosen = dialog.sheet();
    Settings::setValue(settings, Settings::sheetLayout, RoutineSheet::layoutId(chosen.layout));
    if (chosen.paper != sheet.paper)
        Settings::setValue(settings, Settings::sheetPaper, RoutineSheet::paperId(chosen.paper));
    Settings::setValue(settings, Settings::sheetWeeks, chosen.weeks);
}

bool RoutineSheetDialogs::print(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet)
{
    const std::optional<RoutineSheetWriter> writer = makeWriter(parent, catalog);
    if (!writer)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, sheet);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("sheetPrintDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(sheet.routine.name));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (writer->paint(printer, sheet) == 0) {
        QMessageBox::warning(parent, tr("The routine sheet was not printed"),
                             tr("The printer could not be started. Check that it is connected and try again."));
        return false;
    }
    return true;
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
