#include "RoutineSheetDialog.h"

#include "model/Limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Limber {

RoutineSheetDialog::RoutineSheetDialog(RoutineSheetWriter writer, RoutineSheet sheet, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_writer(std::move(writer))
    , m_sheet(std::move(sheet))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_layout(new QComboBox)
    , m_weeks(new QSpinBox)
    , m_name(new QLineEdit)
    , m_paper(new QComboBox)
    , m_pages(new QLabel)
    , m_preview(new QPrintPreviewWidget(m_printer.get()))
    , m_print(new QPushButton(tr("&Print…")))
    , m_export(new QPushButton(tr("Export P&DF…")))
{
    setObjectName(QStringLiteral("sheetDialog"));
    setWindowTitle(tr("Routine Sheet: %1").arg(m_sheet.routine.name));

    m_layout->setObjectName(QStringLiteral("sheetLayout"));
    m_layout->addItem(tr("Detailed: large pictures"), QVariant::fromValue(int(RoutineSheet::Layout::Detailed)));
    m_layout->addItem(tr("Compact: fewer pages"), QVariant::fromValue(int(RoutineSheet::Layout::Compact)));
    m_layout->setCurrentIndex(m_sheet.layout == RoutineSheet::Layout::Compact ? 1 : 0);

    m_weeks->setObjectName(QStringLiteral("sheetWeeks"));
    m_weeks->setRange(RoutineSheet::minWeeks, RoutineSheet::maxWeeks);
    m_weeks->setValue(m_sheet.weekCount());
    m_weeks->setAccessibleName(tr("Weeks of tick boxes"));

    m_name->setObjectName(QStringLiteral("sheetName"));
    m_name->setMaxLength(Limits::maxNameLength);
    m_name->setText(m_sheet.personName);
    m_name->setPlaceholderText(tr("Empty: a line to write it on"));
    m_name->setClearButtonEnabled(true);

    m_paper->setObjectName(QStringLiteral("sheetPaper"));
    m_paper->addItem(tr("A4"), QVariant::fromValue(int(RoutineSheet::Paper::A4)));
    m_paper->addItem(tr("Letter"), QVariant::fromValue(int(RoutineSheet::Paper::Letter)));
    m_paper->setCurrentIndex(m_sheet.paper == RoutineSheet::Paper::Letter ? 1 : 0);

    m_pages->setObjectName(QStringLiteral("sheetPages"));
    m_preview->setObjectName(QStringLiteral("sheetPreviewPages"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    m_preview->setMinimumSize(420, 520);

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Weeks of tick boxes:"), m_weeks);
    form->addRow(tr("&For:"), m_name);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(QString(), m_pages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_print->setObjectName(QStringLiteral("sheetPrintButton"));
    m_export->setObjectName(QStringLiteral("sheetExportButton"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);

    auto *options = new QVBoxLayout;
    options->addLayout(form);
    options->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(options, 2);
    body->addWidget(m_preview, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    // Once the buttons are in the dialog: a default set before it has no dialog to belong to.
    (purpose == Purpose::ExportPdf ? m_export : m_print)->setDefault(true);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *printer) { m_writer.paint(*printer, m_sheet); });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            [this] { m_pages->setText(tr("%n pages", "in the preview", m_preview->pageCount())); });
    connect(m_layout, &QComboBox::currentIndexChanged, this, &RoutineSheetDialog::updatePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &RoutineSheetDialog::updatePreview);
    connect(m_weeks, &QSpinBox::valueChanged, this, &RoutineSheetDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &RoutineSheetDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, [this] {
        bool done = false;
        Q_EMIT printRequested(m_sheet, &done);
        if (done)
            accept();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        bool done = false;
        Q_EMIT exportRequested(m_sheet, &done);
        if (done)
            accept();
    });

    readOptions();
    m_printer->setPageLayout(RoutineSheetWriter::pageLayout(m_sheet.paper));
    resize(1000, 760);
}

RoutineSheetDialog::~RoutineSheetDialog() = default;

int RoutineSheetDialog::pageCount() const
{
    return m_preview->pageCount();
}

void RoutineSheetDialog::readOptions()
{
    m_sheet.layout = RoutineSheet::Layout(m_layout->currentData().toInt());
    m_sheet.paper = RoutineSheet::Paper(m_paper->currentData().toInt());
    m_sheet.weeks = m_weeks->value();
    // A name that cannot be printed (two lines pasted in) is printed as one line.
    const QString name = m_name->text().simplified();
    m_sheet.personName = RoutineSheet::isPrintableName(name) ? name : QString();
}

void RoutineSheetDialog::updatePreview()
{
    readOptions();
    m_printer->setPageLayout(RoutineSheetWriter::pageLayout(m_sheet.paper));
    m_preview->updatePreview();
}

} // namespace Limber
