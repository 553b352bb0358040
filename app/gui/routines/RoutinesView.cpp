#include "RoutinesView.h"

#include "RoutineEditor.h"
#include "RoutineHistory.h"
#include "RoutineListDelegate.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/RoutineEdits.h"
#include "storage/ExportPaths.h"
#include "storage/RoutineFormat.h"
#include "storage/RoutineStore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Limber {

namespace {
constexpr int idRole = Qt::UserRole + 1;
}

RoutinesView::RoutinesView(RoutineStore &store, RoutineHistory &history, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_settings(settings)
    , m_list(new QListWidget)
    , m_editor(new RoutineEditor(history))
    , m_new(new QPushButton(tr("&New")))
    , m_copy(new QPushButton(tr("C&opy")))
    , m_delete(new QPushButton(tr("De&lete")))
{
    m_list->setObjectName(QStringLiteral("routineList"));
    m_list->setAccessibleName(tr("Routines"));
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_list->setFont(listFont);
    m_list->setItemDelegate(new RoutineListDelegate(m_list));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_new->setToolTip(tr("Start a new routine of your own (Ctrl+N)."));
    m_copy->setToolTip(tr("Make your own copy of this routine, which you can then change."));
    m_delete->setToolTip(tr("Delete this routine. Edit ▸ Undo brings it back."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_delete);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addLayout(buttons);

    auto *splitter = new QSplitter;
    splitter->addWidget(side);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &RoutinesView::onCurrentChanged);
    connect(m_new, &QPushButton::clicked, this, [this] { newRoutine(); });
    connect(m_copy, &QPushButton::clicked, this, &RoutinesView::copyCurrent);
    connect(m_delete, &QPushButton::clicked, this, &RoutinesView::deleteCurrent);
    connect(m_editor, &RoutineEditor::copyRequested, this, &RoutinesView::copyCurrent);
    connect(m_editor, &RoutineEditor::startRequested, this, &RoutinesView::startRequested);
    connect(&m_store, &RoutineStore::routinesChanged, this, &RoutinesView::reload);
    connect(&m_history, &RoutineHistory::selectRequested, this, &RoutinesView::selectRoutine);
    connect(&m_history, &RoutineHistory::failed, this,
            [this](const FileError &error) { showError(tr("Your change could not be saved"), error); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RoutinesView::deleteCurrent);

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
            // The name, and beside it how long the routine takes at its level.
            const QString name = routine.builtIn ? tr("%1 (built-in)").arg(routine.name) : routine.name;
            const QString time = routine.isPlayable()
                ? DoseText::duration(routineSeconds(routine, m_store.catalog(), routine.level))
                : tr("No exercises yet");
            auto *item = new QListWidgetItem(name, m_list);
            item->setData(idRole, routine.id);
            item->setData(RoutineListDelegate::timeRole, time);
            item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(name, time));
            item->setToolTip(routine.builtIn ? tr("Comes with Limber: copy it to change it.") : tr("Your routine"));
        }
    }
    selectRoutine(keep);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    onCurrentChanged();
}

void RoutinesView::onCurrentChanged()
{
    const Routine *routine = current();
    m_copy->setEnabled(routine != nullptr);
    m_delete->setEnabled(routine && !routine->builtIn);
    if (!routine || routine->id != m_editor->routineId())
        m_editor->showRoutine(routine ? routine->id : QString());
}

void RoutinesView::showError(const QString &title, const FileError &error)
{
    QMessageBox::warning(this, title, error.message());
}

void RoutinesView::newRoutine(const QString &firstExerciseId)
{
    Routine routine;
    routine.name = m_store.uniqueName(tr("My routine"));
    routine.id = m_store.uniqueId(routine.name);
    if (m_store.catalog().contains(firstExerciseId))
        RoutineEdits::addExercise(routine, firstExerciseId);
    m_history.change(
        tr("New Routine"), [&routine](QList<Routine> &routines) { routines.append(routine); }, routine.id);
    selectRoutine(routine.id);
    if (currentRoutineId() == routine.id)
        m_editor->focusName();
}

void RoutinesView::copyCurrent()
{
    const Routine *source = current();
    if (!source)
        return;
    Routine copy = *source;
    copy.builtIn = false;
    copy.name = m_store.uniqueName(tr("%1 (copy)").arg(source->name));
    copy.id = m_store.uniqueId(copy.name);
    m_history.change(
        tr("Copy %1").arg(source->name), [&copy](QList<Routine> &routines) { routines.append(copy); }, copy.id);
    selectRoutine(copy.id);
}

void RoutinesView::deleteCurrent()
{
    const Routine *routine = current();
    if (!routine || routine->builtIn)
        return;
    const QString id = routine->id;
    const int row = m_list->currentRow();
    m_history.change(
        tr("Delete %1").arg(routine->name),
        [&id](QList<Routine> &routines) { routines.removeIf([&id](const Routine &each) { return each.id == id; }); },
        id);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void RoutinesView::importRoutine()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Routine"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Limber routines (*%1);;All files (*)").arg(RoutineFormat::fileSuffix));
    if (path.isEmpty())
        return;
    Result<Routine> routine = RoutineFormat::readShared(path, m_store.catalog());
    if (!routine)
        return showError(tr("Could not import the routine"), routine.error());
    Routine imported = routine.value();
    imported.builtIn = false;
    imported.name = m_store.uniqueName(imported.name);
    if (!RoutineFormat::isValidId(imported.id) || m_store.find(imported.id))
        imported.id = m_store.uniqueId(imported.name);
    m_history.change(
        tr("Import %1").arg(imported.name), [&imported](QList<Routine> &routines) { routines.append(imported); },
        imported.id);
    selectRoutine(imported.id);
}

void RoutinesView::exportCurrent()
{
    if (!current())
        return;
    m_editor->commitPendingText(); // a new name still being typed is the one offered
    const Routine *routine = current();
    if (!routine)
        return;
    const QString id = routine->id;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Routine"), ExportPaths::suggested(m_settings, routine->name, RoutineFormat::fileSuffix),
        tr("Limber routines (*%1)").arg(RoutineFormat::fileSuffix));
    if (path.isEmpty())
        return;
    if (!path.endsWith(RoutineFormat::fileSuffix))
        path += RoutineFormat::fileSuffix;
    if (MaybeError error = m_store.exportFile(id, path))
        return showError(tr("Could not export the routine"), *error);
    ExportPaths::remember(m_settings, path);
}

} // namespace Limber
