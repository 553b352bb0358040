#pragma once

#include "model/RoutineSheet.h"
#include "render/RoutineSheetWriter.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace Limber {

class Catalog;

// The one dialog behind Print Preview, Print and Export PDF: the sheet's options (layout, weeks
// of tick boxes, the person's name, paper) beside a live preview of the pages, and the buttons
// to print it or save it as a PDF. The options' rules are the core's (RoutineSheet).
class RoutineSheetDialog final : public QDialog
{
    Q_OBJECT

public:
    // Which button is the default: what the person chose in the menu.
    enum class Purpose { Preview, Print, ExportPdf };

    RoutineSheetDialog(RoutineSheetWriter writer, RoutineSheet sheet, Purpose purpose, QWidget *parent = nullptr);
    ~RoutineSheetDialog() override;

    // The sheet with the options as they are set now.
    [[nodiscard]] const RoutineSheet &sheet() const { return m_sheet; }
    // Pages in the preview, once it has been drawn.
    [[nodiscard]] int pageCount() const;

Q_SIGNALS:
    // The person asked to print or to save a PDF of this sheet; the dialog closes if it worked.
    void printRequested(const Limber::RoutineSheet &sheet, bool *done);
    void exportRequested(const Limber::RoutineSheet &sheet, bool *done);

private:
    void readOptions();
    void updatePreview();

    RoutineSheetWriter m_writer;
    RoutineSheet m_sheet;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_layout;
    QSpinBox *m_weeks;
    QLineEdit *m_name;
    QComboBox *m_paper;
    QLabel *m_pages;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_print;
    QPushButton *m_export;
};

} // namespace Limber
