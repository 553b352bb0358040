#include "ExerciseLibraryView.h"

#include "ExerciseDetailView.h"
#include "ExerciseThumbnails.h"
#include "model/Catalog.h"
#include "model/ExerciseFilterModel.h"
#include "model/ExerciseListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Limber {

ExerciseLibraryView::ExerciseLibraryView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new ExerciseListModel(catalog, this))
    , m_filter(new ExerciseFilterModel(this))
    , m_thumbnails(new ExerciseThumbnails(this))
    , m_search(new QLineEdit)
    , m_kind(new QComboBox)
    , m_position(new QComboBox)
    , m_equipment(new QComboBox)
    , m_noFloor(new QCheckBox(tr("No floor work")))
    , m_list(new QListView)
    , m_detail(new ExerciseDetailView)
{
    m_filter->setSourceModel(m_model);
    m_thumbnails->setSourceModel(m_filter);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search exercises"));
    // The clear button's icon is looked up in the icon theme, slowly the first time: it is added
    // once there is something to clear (it shows only then anyway).
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    m_search->setAccessibleName(tr("Search exercises"));

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind of exercise"));
    m_kind->addItem(tr("All kinds"));
    for (ExerciseKind kind : allExerciseKinds())
        m_kind->addItem(labelOf(kind), idOf(kind));

    m_position->setObjectName(QStringLiteral("positionFilter"));
    m_position->setAccessibleName(tr("Position"));
    m_position->addItem(tr("Any position"));
    for (Position position : allPositions())
        m_position->addItem(askedLabelOf(position), idOf(position));

    m_equipment->setObjectName(QStringLiteral("equipmentFilter"));
    m_equipment->setAccessibleName(tr("Equipment"));
    m_equipment->addItem(tr("Any equipment"));
    m_equipment->addItem(tr("No equipment"), QStringLiteral("none"));
    for (Equipment equipment : allEquipment())
        m_equipment->addItem(labelOf(equipment), idOf(equipment));

    m_noFloor->setObjectName(QStringLiteral("noFloorFilter"));
    m_noFloor->setToolTip(tr("Show only exercises you can do standing or sitting, for example at the office."));

    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setModel(m_thumbnails);
    // The list shows at once with blank pictures; they are drawn just after.
    m_thumbnails->drawAfterFirstPaintOf(m_list->viewport());
    m_list->setIconSize(m_thumbnails->thumbnailSize());
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Exercises"));
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.15);
    m_list->setFont(listFont);
    m_list->setSpacing(2);
    // As wide as the longest name in the language shown (German names are long), never cut off.
    int widest = 0;
    for (int row = 0; row < m_thumbnails->rowCount(); ++row)
        widest = std::max(widest, m_list->sizeHintForIndex(m_thumbnails->index(row, 0)).width());
    m_list->setMinimumWidth(widest + 2 * (m_list->frameWidth() + m_list->spacing())
                            + m_list->verticalScrollBar()->sizeHint().width());

    auto *filters = new QGridLayout;
    filters->addWidget(m_kind, 0, 0);
    filters->addWidget(m_position, 0, 1);
    filters->addWidget(m_equipment, 1, 0);
    filters->addWidget(m_noFloor, 1, 1);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addLayout(filters);
    sideLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("librarySplitter"));
    splitter->addWidget(side);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &ExerciseLibraryView::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExerciseLibraryView::applyFilters);
    connect(m_position, &QComboBox::currentIndexChanged, this, &ExerciseLibraryView::applyFilters);
    connect(m_equipment, &QComboBox::currentIndexChanged, this, &ExerciseLibraryView::applyFilters);
    connect(m_noFloor, &QCheckBox::toggled, this, &ExerciseLibraryView::applyFilters);
    connect(m_detail, &ExerciseDetailView::startRequested, this, &ExerciseLibraryView::exerciseStartRequested);
    connect(m_detail, &ExerciseDetailView::addToRoutineRequested, this, &ExerciseLibraryView::addToRoutineRequested);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExerciseLibraryView::onCurrentChanged);

    setTabOrder(m_search, m_kind);
    setTabOrder(m_kind, m_position);
    setTabOrder(m_position, m_equipment);
    setTabOrder(m_equipment, m_noFloor);
    setTabOrder(m_noFloor, m_list);
    setTabOrder(m_list, m_detail);

    if (m_thumbnails->rowCount() > 0)
        m_list->setCurrentIndex(m_thumbnails->index(0, 0));
}

void ExerciseLibraryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_thumbnails->refresh(); // light or dark: redraw the pictures in the new colours
    QWidget::changeEvent(event);
}

QString ExerciseLibraryView::currentExerciseId() const
{
    return m_list->currentIndex().data(ExerciseListModel::IdRole).toString();
}

void ExerciseLibraryView::selectExercise(const QString &id)
{
    const QModelIndex index = m_thumbnails->mapFromSource(m_filter->mapFromSource(m_model->indexOfId(id)));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void ExerciseLibraryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ExerciseLibraryView::setRoutineChoices(const QList<RoutineChoice> &choices)
{
    m_detail->setRoutineChoices(choices);
}

void ExerciseLibraryView::showNote(const QString &text)
{
    m_detail->showNote(text);
}

void ExerciseLibraryView::applyFilters()
{
    const QString kindId = m_kind->currentData().toString();
    m_filter->setKind(kindId.isEmpty() ? std::nullopt : exerciseKindFromId(kindId));
    const QString positionId = m_position->currentData().toString();
    m_filter->setPosition(positionId.isEmpty() ? std::nullopt : positionFromId(positionId));
    const QString equipmentId = m_equipment->currentData().toString();
    m_filter->setNoEquipmentOnly(equipmentId == QLatin1String("none"));
    m_filter->setEquipment(
        equipmentId.isEmpty() || equipmentId == QLatin1String("none") ? std::nullopt : equipmentFromId(equipmentId));
    m_filter->setNoFloorOnly(m_noFloor->isChecked());
    m_filter->setSearchText(m_search->text());
    if (!m_list->currentIndex().isValid() && m_thumbnails->rowCount() > 0)
        m_list->setCurrentIndex(m_thumbnails->index(0, 0));
    onCurrentChanged();
}

void ExerciseLibraryView::onCurrentChanged()
{
    const QString id = currentExerciseId();
    m_detail->showExercise(m_catalog.find(id));
    Q_EMIT currentExerciseChanged(id);
}

} // namespace Limber
