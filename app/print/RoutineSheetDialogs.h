#pragma once

#include "RoutineSheetDialog.h"
#include "model/RoutineSheet.h"

#include <QCoreApplication>

class QSettings;
class QWidget;

namespace Limber {

class Catalog;

// The window's ways to a routine sheet: the sheet dialog (options and a live preview), and from
// it the print dialog and a PDF file. Each opens over `parent` and reports a problem in a message box.
class RoutineSheetDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetDialogs)

public:
    // The sheet dialog for `sheet`, with the options last used (kept in `settings`); its Print and
    // Export PDF buttons call print() and exportPdf(), offering the last export's folder.
    static void open(QWidget *parent, const Catalog &catalog, RoutineSheet sheet, RoutineSheetDialog::Purpose purpose,
                     QSettings &settings);
    // True once the sheet went to the printer.
    static bool print(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet);
    // Offers `suggestedPath` (ExportPaths::suggested); returns the file written, or nothing.
    static QString exportPdf(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet,
                             const QString &suggestedPath);
};

} // namespace Limber
