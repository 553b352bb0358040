#pragma once

#include "model/RoutineSheet.h"

#include <QCoreApplication>

class QWidget;

namespace Limber {

class Catalog;

// The window's ways to a routine sheet: a print preview, the print dialog, and a PDF file.
// Each opens its dialog over `parent` and reports a problem in a message box.
class RoutineSheetDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetDialogs)

public:
    static void preview(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet);
    static void print(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet);
    // Offers `suggestedPath` (ExportPaths::suggested); returns the file written, or nothing.
    static QString exportPdf(QWidget *parent, const Catalog &catalog, const RoutineSheet &sheet,
                             const QString &suggestedPath);
};

} // namespace Limber
