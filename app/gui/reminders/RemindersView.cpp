#include "RemindersView.h"

#include "ReminderRuleDialog.h"
#include "gui/widgets/CheckItemDelegate.h"
#include "model/Limits.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ReminderText.h"
#include "schedule/Schedule.h"
#include "schedule/WallClock.h"
#include "storage/RoutineStore.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Limber {

namespace {

enum Column { NameColumn, WhenColumn, TargetColumn, NextColumn };

constexpr int timesPerRule = 3; // the next times shown beside each rule
constexpr int listRowsAtLeast = 5; // the list is as tall as its rules, and never shorter than this
constexpr int minuteSlackMs = 50; // wake just after the minute turns, not just before

// A framed strip with an icon, a sentence and, optionally, a button: the pause, undo and
// "reminders are off" messages.
QFrame *makeBar(const QString &objectName, QLabel *text, QPushButton *button)
{
    auto *bar = new QFrame;
    bar->setObjectName(objectName);
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true); // tinted by tintBars()
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 6, 8, 6);
    auto *iconLabel = new QLabel;
    iconLabel->setObjectName(objectName + QStringLiteral("Icon"));
    const int size = iconLabel->style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(iconLabel->style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    text->setWordWrap(true);
    layout->addWidget(iconLabel);
    layout->addWidget(text, 1);
    if (button)
        layout->addWidget(button);
    return bar;
}

} // namespace

RemindersView::RemindersView(const RoutineStore &routines, const WallClock &clock, QWidget *parent)
    : QWidget(parent)
    , m_routines(routines)
    , m_clock(clock)
    , m_pauseLabel(new QLabel)
    , m_resume(new QPushButton(tr("Res&ume")))
    , m_notice(new QLabel)
    , m_list(new QTreeWidget)
    , m_add(new QPushButton(tr("&Add…")))
    , m_edit(new QPushButton(tr("E&dit…")))
    , m_remove(new QPushButton(tr("Rem&ove")))
    , m_limitNote(new QLabel)
    , m_undoLabel(new QLabel)
    , m_undo(new QPushButton(tr("U&ndo")))
    , m_upcomingEmpty(new QLabel)
    , m_startAtLogin(new QCheckBox(tr("Start Limber when I &log in")))
    , m_minuteTimer(new QTimer(this))
{
    m_pauseLabel->setObjectName(QStringLiteral("pauseLabel"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Remind me again from now on."));
    m_pauseBar = makeBar(QStringLiteral("pauseBar"), m_pauseLabel, m_resume);
    m_pauseBar->hide();

    m_notice->setObjectName(QStringLiteral("offNotice"));
    m_noticeBar = makeBar(QStringLiteral("offNoticeBar"), m_notice, nullptr);
    m_noticeBar->hide();

    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Reminders"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Reminder"), tr("When"), tr("Starts"), tr("Next")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setItemDelegate(new CheckItemDelegate(m_list));
    m_list->setToolTip(tr("Space switches the chosen reminder on or off; Enter edits it; Delete removes it."));
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.1);
    m_list->setFont(listFont);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionsMovable(false);

    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_add->setToolTip(tr("Add a reminder."));
    m_edit->setObjectName(QStringLiteral("editRuleButton"));
    m_edit->setToolTip(tr("Change the chosen reminder (Enter)."));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_remove->setToolTip(tr("Remove the chosen reminder (Delete). You can undo it."));
    m_limitNote->setObjectName(QStringLiteral("limitNote"));
    m_limitNote->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_limitNote, 1);

    m_undoLabel->setObjectName(QStringLiteral("undoLabel"));
    m_undo->setObjectName(QStringLiteral("undoRemoveButton"));
    m_undoBar = makeBar(QStringLiteral("undoBar"), m_undoLabel, m_undo);
    m_undoBar->hide();

    auto *upcomingTitle = new QLabel(tr("Next five reminders"));
    upcomingTitle->setObjectName(QStringLiteral("upcomingTitle"));
    QFont titleFont = upcomingTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    upcomingTitle->setFont(titleFont);
    m_upcomingEmpty->setObjectName(QStringLiteral("upcomingEmpty"));
    m_upcomingEmpty->setWordWrap(true);
    auto *upcomingGrid = new QGridLayout;
    upcomingGrid->setHorizontalSpacing(24);
    upcomingGrid->setVerticalSpacing(6);
    for (std::size_t row = 0; row < m_upcomingWhen.size(); ++row) {
        const QString suffix = QString::number(row);
        m_upcomingWhen.at(row) = new QLabel;
        m_upcomingWhen.at(row)->setObjectName(QStringLiteral("upcomingWhen") + suffix);
        QFont whenFont = m_upcomingWhen.at(row)->font();
        whenFont.setBold(true);
        m_upcomingWhen.at(row)->setFont(whenFont);
        m_upcomingName.at(row) = new QLabel;
        m_upcomingName.at(row)->setObjectName(QStringLiteral("upcomingName") + suffix);
        m_upcomingTarget.at(row) = new QLabel;
        m_upcomingTarget.at(row)->setObjectName(QStringLiteral("upcomingTarget") + suffix);
        m_upcomingTarget.at(row)->setForegroundRole(QPalette::PlaceholderText);
        upcomingGrid->addWidget(m_upcomingWhen.at(row), int(row), 0);
        upcomingGrid->addWidget(m_upcomingName.at(row), int(row), 1);
        upcomingGrid->addWidget(m_upcomingTarget.at(row), int(row), 2);
    }
    upcomingGrid->setColumnStretch(2, 1);

    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setToolTip(tr("Limber then waits in the background to remind you, from the moment you log in."));
    m_startAtLogin->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_pauseBar);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_undoBar);
    layout->addSpacing(12);
    layout->addWidget(upcomingTitle);
    layout->addWidget(m_upcomingEmpty);
    layout->addLayout(upcomingGrid);
    layout->addSpacing(12);
    layout->addWidget(m_startAtLogin);
    layout->addStretch(0); // what the list, fitted to its rules, leaves over

    setTabOrder(m_resume, m_list);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_undo);
    setTabOrder(m_undo, m_startAtLogin);

    m_minuteTimer->setObjectName(QStringLiteral("minuteTimer"));
    m_minuteTimer->setSingleShot(true);
    m_minuteTimer->setTimerType(Qt::PreciseTimer);

    connect(m_resume, &QPushButton::clicked, this, &RemindersView::resumeRequested);
    connect(m_list, &QTreeWidget::itemChanged, this, &RemindersView::onItemChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editCurrentRule(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RemindersView::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &RemindersView::addRule);
    connect(m_edit, &QPushButton::clicked, this, &RemindersView::editCurrentRule);
    connect(m_remove, &QPushButton::clicked, this, &RemindersView::removeCurrentRule);
    connect(m_undo, &QPushButton::clicked, this, &RemindersView::undoRemove);
    connect(m_startAtLogin, &QCheckBox::toggled, this, &RemindersView::startAtLoginChanged);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        refreshTimes();
        armMinuteTimer();
    });
    connect(&m_routines, &RoutineStore::routinesChanged, this, [this] {
        rebuildList();
        showUpcoming();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RemindersView::removeCurrentRule);

    tintBars();
    rebuildList();
    showUpcoming();
}

void RemindersView::setRules(const QList<ReminderRule> &rules)
{
    m_rules = rules.first(std::min<qsizetype>(rules.size(), Schedule::maxRules));
    m_removed.reset();
    m_undoBar->hide();
    rebuildList();
    showUpcoming();
}

void RemindersView::setUpcoming(const QList<Reminder> &upcoming)
{
    m_upcoming = upcoming;
    showUpcoming();
}

void RemindersView::setPausedUntil(const QDateTime &until)
{
    m_pausedUntil = until;
    showPause();
    showUpcoming();
}

void RemindersView::setStartAtLogin(bool supported, bool enabled)
{
    const QSignalBlocker blocker(m_startAtLogin);
    m_startAtLogin->setVisible(supported);
    m_startAtLogin->setChecked(supported && enabled);
}

ReminderRuleDialog *RemindersView::ruleDialog() const
{
    return m_dialog;
}

QString RemindersView::currentRuleId() const
{
    const int row = currentRow();
    return row >= 0 ? m_rules.at(row).id : QString();
}

void RemindersView::selectRule(const QString &id)
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).id == id) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return;
        }
    }
}

int RemindersView::currentRow() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->indexOfTopLevelItem(item) : -1;
    return row >= 0 && row < m_rules.size() ? row : -1;
}

void RemindersView::rebuildList()
{
    const QString keep = currentRuleId();
    const int keepRow = currentRow();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QDateTime now = m_clock.now();
        for (const ReminderRule &rule : std::as_const(m_rules)) {
            auto *item = new QTreeWidgetItem(m_list);
            updateRow(item, rule, now);
        }
        selectRule(keep);
        if (!m_list->currentItem() && !m_rules.isEmpty())
            m_list->setCurrentItem(m_list->topLevelItem(std::clamp(keepRow, 0, int(m_rules.size()) - 1)));
    }
    updateButtons();
    updateNotice();
    fitListHeight();
}

void RemindersView::fitListHeight()
{
    const int rows = std::max(int(m_rules.size()), listRowsAtLeast);
    const int rowHeight = m_list->topLevelItemCount() > 0
        ? m_list->sizeHintForRow(0)
        : m_list->itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex()).height();
    const int frame = 2 * m_list->frameWidth();
    m_list->setMaximumHeight(m_list->header()->sizeHint().height() + rows * rowHeight + frame
                             + m_list->horizontalScrollBar()->sizeHint().height());
}

void RemindersView::tintBars()
{
    // A touch of the accent colour over the window's, in whatever palette is in use.
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor tint = QColor::fromRgbF(float(window.redF() * 0.85 + accent.redF() * 0.15),
                                         float(window.greenF() * 0.85 + accent.greenF() * 0.15),
                                         float(window.blueF() * 0.85 + accent.blueF() * 0.15));
    for (QFrame *bar : {m_pauseBar, m_noticeBar, m_undoBar}) {
        QPalette colors = bar->palette();
        colors.setColor(QPalette::Window, tint);
        bar->setPalette(colors);
    }
}

void RemindersView::updateRow(QTreeWidgetItem *item, const ReminderRule &rule, const QDateTime &now)
{
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(NameColumn, rule.enabled ? Qt::Checked : Qt::Unchecked);
    item->setText(NameColumn, rule.name);
    item->setToolTip(NameColumn,
                     rule.enabled ? tr("On. Untick to switch this reminder off.")
                                  : tr("Off. Tick to switch this reminder on."));
    item->setText(WhenColumn, ReminderText::summary(rule));
    item->setToolTip(WhenColumn, ReminderText::summary(rule));

    if (rule.target.isRoutine()) {
        const QString name = routineName(rule.target.routineId);
        if (name.isEmpty()) {
            item->setText(TargetColumn, tr("Missing routine"));
            item->setIcon(TargetColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(TargetColumn,
                             tr("The routine this reminder starts no longer exists. Edit the reminder to choose "
                                "another."));
        } else {
            item->setText(TargetColumn, name);
            item->setIcon(TargetColumn, QIcon());
            item->setToolTip(TargetColumn, tr("Starts the routine “%1”.").arg(name));
        }
    } else {
        item->setText(TargetColumn, ReminderTarget::postureCheckTitle());
        item->setIcon(TargetColumn, QIcon());
        item->setToolTip(TargetColumn, ReminderTarget::postureCheckPrompt());
    }

    QString next;
    if (!rule.enabled) {
        next = tr("Off");
    } else if (rule.weekdays.isEmpty()) {
        next = tr("Never — no days chosen");
    } else if (rule.timesOfDay().isEmpty()) {
        next = tr("Never — no times set");
    } else {
        QStringList moments;
        for (const Reminder &reminder : ReminderPlanner::next({rule}, now, m_clock.zone(), timesPerRule))
            moments.append(ReminderText::moment(reminder.scheduled, now));
        next = moments.isEmpty() ? tr("Never") : moments.join(tr(", "));
    }
    item->setText(NextColumn, next);
    item->setToolTip(NextColumn, next);

    // A rule that is off is shown in the palette's disabled text colour (looked up again when
    // the palette changes).
    const QVariant dimmed = rule.enabled ? QVariant() : QVariant(palette().brush(QPalette::Disabled, QPalette::Text));
    for (const int column : {NameColumn, WhenColumn, TargetColumn, NextColumn})
        item->setData(column, Qt::ForegroundRole, dimmed);
    QFont nameFont = m_list->font();
    nameFont.setBold(rule.enabled);
    item->setFont(NameColumn, nameFont);
}

void RemindersView::refreshTimes()
{
    {
        const QSignalBlocker blocker(m_list);
        const QDateTime now = m_clock.now();
        for (int row = 0; row < m_rules.size() && row < m_list->topLevelItemCount(); ++row)
            updateRow(m_list->topLevelItem(row), m_rules.at(row), now);
    }
    showUpcoming();
    showPause();
}

void RemindersView::updateButtons()
{
    const bool has = currentRow() >= 0;
    const bool full = m_rules.size() >= Schedule::maxRules;
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_add->setEnabled(!full);
    m_limitNote->setText(full ? tr("%1 reminders is the most Limber keeps.").arg(Schedule::maxRules) : QString());
}

void RemindersView::updateNotice()
{
    const bool anyOn
        = std::any_of(m_rules.cbegin(), m_rules.cend(), [](const ReminderRule &rule) { return rule.enabled; });
    QString text;
    if (m_rules.isEmpty())
        text = tr("You have no reminders. Add one and Limber will remind you to move.");
    else if (!anyOn)
        text = tr("Reminders are off until you switch one on: tick the box beside a reminder.");
    m_notice->setText(text);
    m_notice->parentWidget()->setVisible(!text.isEmpty());
}

void RemindersView::showUpcoming()
{
    const QDateTime now = m_clock.now();
    const qsizetype shown = std::min<qsizetype>(m_upcoming.size(), qsizetype(m_upcomingWhen.size()));
    for (std::size_t row = 0; row < m_upcomingWhen.size(); ++row) {
        const bool has = qsizetype(row) < shown;
        QString when;
        QString name;
        QString target;
        if (has) {
            const Reminder &reminder = m_upcoming.at(qsizetype(row));
            when = ReminderText::moment(reminder.scheduled, now);
            name = reminder.ruleName;
            QStringList notes;
            if (reminder.target.isRoutine()) {
                const QString routine = routineName(reminder.target.routineId);
                notes.append(routine.isEmpty() ? tr("missing routine") : routine);
            } else {
                notes.append(ReminderTarget::postureCheckTitle());
            }
            if (notes.first() == name)
                notes.clear(); // "Desk break" starting the routine "Desk break" says it once
            if (reminder.snoozed)
                notes.append(tr("snoozed"));
            target = notes.join(QStringLiteral(" · "));
        }
        for (auto [label, text] : {std::pair{m_upcomingWhen.at(row), when}, std::pair{m_upcomingName.at(row), name},
                                   std::pair{m_upcomingTarget.at(row), target}}) {
            label->setText(text);
            label->setVisible(has);
        }
    }

    QString empty;
    if (shown == 0) {
        switch (Schedule::whyQuiet(m_rules, m_pausedUntil, now)) {
        case Schedule::Quiet::NoRules:
            empty = tr("Nothing is coming up: there are no reminders yet.");
            break;
        case Schedule::Quiet::AllOff:
            empty = tr("Nothing is coming up: every reminder is switched off.");
            break;
        case Schedule::Quiet::NoDays:
            empty = tr("Nothing is coming up: the reminders that are on have no days chosen.");
            break;
        case Schedule::Quiet::Paused:
            empty = tr("Nothing is coming up while reminders are paused.");
            break;
        case Schedule::Quiet::Otherwise:
            empty = tr("Nothing is coming up.");
            break;
        }
    }
    m_upcomingEmpty->setText(empty);
    m_upcomingEmpty->setVisible(!empty.isEmpty());
}

void RemindersView::showPause()
{
    const QDateTime now = m_clock.now();
    const bool paused = m_pausedUntil.isValid() && m_pausedUntil > now;
    m_pauseBar->setVisible(paused);
    if (!paused)
        return;
    const QDateTime until = m_pausedUntil.toTimeZone(now.timeZone());
    const qint64 days = now.date().daysTo(until.date());
    QString text;
    if (days == 0)
        text = tr("Reminders are paused until %1.").arg(ReminderText::time(until.time()));
    else if (days == 1 && until.time() == QTime(0, 0))
        text = tr("Reminders are paused until tomorrow.");
    else if (days == 1)
        text = tr("Reminders are paused until tomorrow at %1.").arg(ReminderText::time(until.time()));
    else
        text = tr("Reminders are paused until %1.").arg(ReminderText::moment(until, now));
    m_pauseLabel->setText(text);
}

void RemindersView::armMinuteTimer()
{
    if (!isVisible())
        return;
    const QTime now = m_clock.now().time();
    const int intoMinute = now.second() * 1000 + now.msec();
    m_minuteTimer->start(60'000 - intoMinute + minuteSlackMs);
}

void RemindersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshTimes(); // the minute may have turned while nothing showed it
    armMinuteTimer();
}

void RemindersView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_minuteTimer->stop(); // hidden (another tab, or the window closed to the tray): no wake-ups
}

void RemindersView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        tintBars();
        refreshTimes();
        fitListHeight();
    }
}

void RemindersView::onItemChanged(QTreeWidgetItem *item, int column)
{
    const int row = m_list->indexOfTopLevelItem(item);
    if (column != NameColumn || row < 0 || row >= m_rules.size())
        return;
    const bool enabled = item->checkState(NameColumn) == Qt::Checked;
    if (m_rules.at(row).enabled == enabled)
        return;
    m_rules[row].enabled = enabled;
    {
        const QSignalBlocker blocker(m_list);
        updateRow(item, m_rules.at(row), m_clock.now());
    }
    commit();
}

void RemindersView::addRule()
{
    if (m_rules.size() >= Schedule::maxRules)
        return;
    openDialog(-1);
}

void RemindersView::editCurrentRule()
{
    const int row = currentRow();
    if (row >= 0)
        openDialog(row);
}

void RemindersView::openDialog(int row)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    // A new rule: at 10:00, Monday to Friday, a posture check (which always exists).
    const ReminderRule rule = row >= 0 ? m_rules.at(row) : ReminderRule();
    m_dialog = new ReminderRuleDialog(m_routines, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Deleted later; from now on "the open dialog" is none.
    connect(m_dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    m_dialog->setRule(rule, row < 0);
    const QString id = rule.id; // rows may move while the dialog is open; ids do not
    connect(m_dialog, &QDialog::accepted, this, [this, id, dialog = m_dialog.data()] {
        ReminderRule edited = dialog->rule(); // still there: it is deleted later
        const auto found = std::find_if(m_rules.begin(), m_rules.end(),
                                        [&id](const ReminderRule &each) { return !id.isEmpty() && each.id == id; });
        if (found != m_rules.end()) {
            if (*found == edited)
                return;
            *found = edited;
        } else {
            if (m_rules.size() >= Schedule::maxRules)
                return;
            edited.id = Schedule::uniqueRuleId(m_rules, edited.name,
                                               m_removed ? QStringList{m_removed->second.id} : QStringList());
            m_rules.append(edited);
        }
        m_removed.reset();
        m_undoBar->hide();
        rebuildList();
        selectRule(edited.id);
        commit();
    });
    m_dialog->open();
}

void RemindersView::removeCurrentRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_removed = std::pair{row, m_rules.takeAt(row)};
    m_undoLabel->setText(tr("“%1” was removed.").arg(m_removed->second.name));
    m_undoBar->show();
    rebuildList();
    commit();
    m_list->setFocus();
}

void RemindersView::undoRemove()
{
    if (!m_removed || m_rules.size() >= Schedule::maxRules)
        return;
    const auto [row, rule] = *m_removed;
    m_removed.reset();
    m_undoBar->hide();
    m_rules.insert(std::clamp(row, 0, int(m_rules.size())), rule);
    rebuildList();
    selectRule(rule.id);
    commit();
    m_list->setFocus();
}

void RemindersView::commit()
{
    updateButtons();
    updateNotice();
    showUpcoming();
    Q_EMIT rulesChanged(m_rules);
}

QString RemindersView::routineName(const QString &routineId) const
{
    const Routine *routine = m_routines.findById(routineId);
    return routine ? routine->name : QString();
}

} // namespace Limber
