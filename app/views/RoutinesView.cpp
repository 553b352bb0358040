#include "RoutinesView.h"

#include "model/DoseText.h"
#include "model/Durations.h"
#include "storage/RoutineFormat.h"
#include "storage/RoutineStore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Limber {

namespace {
constexpr int idRole = Qt::UserRole + 1;
}

RoutinesView::RoutinesView(RoutineStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget)
    , m_title(new QLabel)
    , m_description(new QLabel)
    , m_level(new QComboBox)
    , m_items(new QTableWidget(0, 3))
    , m_total(new QLabel)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_rename(new QPushButton(tr("Re&name…")))
    , m_delete(new QPushButton(tr("&Delete…")))
    , m_export(new QPushButton(tr("&Export…")))
{
    m_list->setObjectName(QStringLiteral("routineList"));
    m_list->setAccessibleName(tr("Routines"));
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_list->setFont(listFont);

    m_title->setObjectName(QStringLiteral("routineTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("routineDescription"));

    m_level->setObjectName(QStringLiteral("levelChooser"));
    m_level->setAccessibleName(tr("Level"));
    for (Level level : allLevels)
        m_level->addItem(levelLabel(level), levelId(level));

    m_items->setObjectName(QStringLiteral("routineItems"));
    m_items->setHorizontalHeaderLabels({tr("Exercise"), tr("Dose"), tr("Time")});
    m_items->verticalHeader()->setVisible(true);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setWordWrap(true);
    m_items->setAccessibleName(tr("Exercises in this routine"));

    m_total->setObjectName(QStringLiteral("routineTotal"));
    m_total->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_copy->setToolTip(tr("Make your own copy of this routine, which you can then change."));

    auto *levelRow = new QHBoxLayout;
    auto *levelLabelWidget = new QLabel(tr("&Level:"));
    levelLabelWidget->setBuddy(m_level);
    levelRow->addWidget(levelLabelWidget);
    levelRow->addWidget(m_level);
    levelRow->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(24, 16, 24, 16);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_description);
    detailLayout->addLayout(levelRow);
    detailLayout->addWidget(m_items, 1);
    detailLayout->addWidget(m_total);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &RoutinesView::showCurrent);
    connect(m_level, &QComboBox::currentIndexChanged, this, &RoutinesView::showCurrent);
    connect(m_copy, &QPushButton::clicked, this, &RoutinesView::copyCurrent);
    connect(m_rename, &QPushButton::clicked, this, &RoutinesView::renameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &RoutinesView::deleteCurrent);
    connect(m_export, &QPushButton::clicked, this, &RoutinesView::exportCurrent);
    connect(m_items, &QTableWidget::cellActivated, this, [this](int row) {
        if (const Routine *routine = current(); routine && row < routine->items.size())
            Q_EMIT exerciseActivated(routine->items.at(row).exerciseId);
    });
    connect(&m_store, &RoutineStore::routinesChanged, this, &RoutinesView::reload);

    reload();
}

const Routine *RoutinesView::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_store.find(item->data(idRole).toString()) : nullptr;
}

QString RoutinesView::currentRoutineId() const
{
    const Routine *routine = current();
    return routine ? routine->id : QString();
}

void RoutinesView::selectRoutine(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void RoutinesView::reload()
{
    const QString keep = currentRoutineId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Routine &routine : m_store.allRoutines()) {
            auto *item = new QListWidgetItem(routine.name, m_list);
            item->setData(idRole, routine.id);
            item->setToolTip(routine.builtIn ? tr("Built-in routine: copy it to change it.") : tr("Your routine"));
        }
    }
    selectRoutine(keep);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void RoutinesView::showCurrent()
{
    const Routine *routine = current();
    m_items->setRowCount(0);
    m_copy->setEnabled(routine != nullptr);
    m_export->setEnabled(routine != nullptr);
    const bool editable = routine && !routine->builtIn;
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
    if (!routine) {
        m_title->clear();
        m_description->clear();
        m_total->clear();
        return;
    }
    if (routine->id != m_shownId) {
        // A routine opens at its own level; the chooser then lets the user try the others.
        m_shownId = routine->id;
        const QSignalBlocker blocker(m_level);
        m_level->setCurrentIndex(m_level->findData(levelId(routine->level)));
    }
    m_title->setText(routine->name);
    m_description->setText(routine->builtIn
                               ? tr("%1\nBuilt-in routine: make a copy to change it.").arg(routine->description)
                               : routine->description);

    const Catalog &catalog = m_store.catalog();
    const Level level = levelFromId(m_level->currentData().toString()).value_or(Level::Standard);
    const SessionTimings timings;
    for (const RoutineItem &item : routine->items) {
        const Exercise *exercise = catalog.find(item.exerciseId);
        if (!exercise)
            continue;
        const ConcreteDose dose = ConcreteDose::resolve(exercise->dose, level, item.override);
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, new QTableWidgetItem(exercise->name));
        m_items->setItem(row, 1, new QTableWidgetItem(DoseText::describe(dose)));
        auto *time = new QTableWidgetItem(DoseText::duration(exerciseSeconds(dose, timings)));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(row, 2, time);
    }

    QStringList totals;
    for (Level each : allLevels)
        totals.append(
            tr("%1: %2").arg(levelLabel(each), DoseText::duration(routineSeconds(*routine, catalog, each, timings))));
    m_total->setText(tr("<b>Total at this level: %1</b><br>%2<br>Rest between exercises: %3")
                         .arg(DoseText::duration(routineSeconds(*routine, catalog, level, timings)).toHtmlEscaped(),
                              totals.join(QStringLiteral(" · ")).toHtmlEscaped(),
                              DoseText::duration(routine->restBetweenSeconds).toHtmlEscaped()));
}

void RoutinesView::showError(const QString &title, const FileError &error)
{
    QMessageBox::warning(this, title, error.message());
}

void RoutinesView::copyCurrent()
{
    const Routine *routine = current();
    if (!routine)
        return;
    Result<Routine> copy = m_store.copy(routine->id);
    if (!copy)
        return showError(tr("Could not copy the routine"), copy.error());
    selectRoutine(copy.value().id);
}

void RoutinesView::renameCurrent()
{
    const Routine *routine = current();
    if (!routine || routine->builtIn)
        return;
    const QString id = routine->id;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename routine"), tr("New name:"), QLineEdit::Normal, routine->name, &ok);
    if (!ok)
        return;
    if (MaybeError error = m_store.rename(id, name))
        showError(tr("Could not rename the routine"), *error);
}

void RoutinesView::deleteCurrent()
{
    const Routine *routine = current();
    if (!routine || routine->builtIn)
        return;
    const QString id = routine->id;
    const auto answer = QMessageBox::question(this, tr("Delete routine"),
                                              tr("Delete \"%1\"? This cannot be undone.").arg(routine->name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (MaybeError error = m_store.remove(id))
        showError(tr("Could not delete the routine"), *error);
}

void RoutinesView::importRoutine()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import routine"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Limber routines (*%1);;All files (*)").arg(RoutineFormat::fileSuffix));
    if (path.isEmpty())
        return;
    Result<Routine> routine = m_store.importFile(path);
    if (!routine)
        return showError(tr("Could not import the routine"), routine.error());
    selectRoutine(routine.value().id);
}

void RoutinesView::exportCurrent()
{
    const Routine *routine = current();
    if (!routine)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(routine->id + RoutineFormat::fileSuffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export routine"), suggested,
                                                tr("Limber routines (*%1)").arg(RoutineFormat::fileSuffix));
    if (path.isEmpty())
        return;
    if (!path.endsWith(RoutineFormat::fileSuffix))
        path += RoutineFormat::fileSuffix;
    if (MaybeError error = m_store.exportFile(routine->id, path))
        showError(tr("Could not export the routine"), *error);
}

} // namespace Limber
