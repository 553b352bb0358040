#include "ReminderRuleDialog.h"

#include "TimeField.h"
#include "WeekdayPicker.h"
#include "model/Limits.h"
#include "schedule/ReminderText.h"
#include "storage/RoutineStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QShowEvent>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Limber {

namespace {

constexpr int routineIdRole = Qt::UserRole;
constexpr int isRoutineRole = Qt::UserRole + 1;
constexpr int missingRole = Qt::UserRole + 2;
constexpr int timeColumns = 4;
constexpr int previewListed = 6; // more times than this are shortened with "…"

// A warning sign and a sentence, shown under the field it is about. Hidden while `text` is empty.
QLabel *addProblem(QVBoxLayout *layout, const QString &objectName)
{
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 2, 0, 2);
    auto *icon = new QLabel;
    const int size = icon->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(icon->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel;
    text->setObjectName(objectName);
    text->setWordWrap(true);
    rowLayout->addWidget(icon);
    rowLayout->addWidget(text, 1);
    row->setVisible(false);
    layout->addWidget(row);
    return text;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->parentWidget()->setVisible(!text.isEmpty());
}

QVBoxLayout *fieldColumn(QWidget *host)
{
    auto *column = new QVBoxLayout(host);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    return column;
}

} // namespace

ReminderRuleDialog::ReminderRuleDialog(const RoutineStore &routines, QWidget *parent)
    : QDialog(parent)
    , m_routines(routines)
    , m_name(new QLineEdit)
    , m_fixedTimes(new QRadioButton(tr("At set &times")))
    , m_interval(new QRadioButton(tr("E&very few minutes within set hours")))
    , m_pages(new QStackedWidget)
    , m_timesGridHost(new QWidget)
    , m_timesGrid(new QGridLayout(m_timesGridHost))
    , m_addTime(new QPushButton(tr("&Add Time")))
    , m_timesNote(new QLabel)
    , m_every(new QSpinBox)
    , m_windowStart(new TimeField)
    , m_windowEnd(new TimeField)
    , m_intervalPreview(new QLabel)
    , m_days(new WeekdayPicker)
    , m_target(new QComboBox)
    , m_enabled(new QCheckBox(tr("&Switched on")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("reminderRuleDialog"));
    setWindowTitle(tr("Reminder"));
    setMinimumWidth(600);

    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setMaxLength(Limits::maxNameLength);
    m_name->setPlaceholderText(tr("What to call this reminder"));
    m_fixedTimes->setObjectName(QStringLiteral("fixedTimesChoice"));
    m_interval->setObjectName(QStringLiteral("intervalChoice"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_fixedTimes);
    kinds->addButton(m_interval);

    // At set times: the times in a grid, each with a button to remove it.
    m_timesGrid->setContentsMargins(0, 0, 0, 0);
    m_timesGrid->setHorizontalSpacing(4);
    m_addTime->setObjectName(QStringLiteral("addTimeButton"));
    m_addTime->setAutoDefault(false);
    m_addTime->setToolTip(tr("Add another time of day (%1 at most).").arg(ReminderRule::maxTimes));
    m_timesNote->setObjectName(QStringLiteral("timesNote"));
    m_timesNote->setForegroundRole(QPalette::PlaceholderText);
    auto *timesPage = new QWidget;
    auto *timesLayout = new QVBoxLayout(timesPage);
    timesLayout->setContentsMargins(24, 0, 0, 0);
    auto *gridRow = new QHBoxLayout;
    gridRow->addWidget(m_timesGridHost);
    gridRow->addStretch(1);
    timesLayout->addLayout(gridRow);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addTime);
    addRow->addWidget(m_timesNote, 1);
    timesLayout->addLayout(addRow);
    timesLayout->addStretch(1);

    // Every N minutes within set hours: "Every [60 min] from [09:00] until [17:30]".
    m_every->setObjectName(QStringLiteral("intervalSpin"));
    m_every->setRange(ReminderRule::minIntervalMinutes, ReminderRule::maxIntervalMinutes);
    m_every->setSingleStep(5);
    m_every->setSuffix(tr(" min"));
    m_every->setAccelerated(true);
    m_windowStart->setObjectName(QStringLiteral("windowStart"));
    m_windowEnd->setObjectName(QStringLiteral("windowEnd"));
    for (TimeField *edit : {m_windowStart, m_windowEnd})
        edit->setWrapping(true);
    m_windowStart->setAccessibleName(tr("From"));
    m_windowEnd->setAccessibleName(tr("Until"));
    m_intervalPreview->setObjectName(QStringLiteral("intervalPreview"));
    m_intervalPreview->setWordWrap(true);
    m_intervalPreview->setForegroundRole(QPalette::PlaceholderText);
    auto *everyLabel = new QLabel(tr("&Every"));
    everyLabel->setBuddy(m_every);
    auto *fromLabel = new QLabel(tr("&from"));
    fromLabel->setBuddy(m_windowStart);
    auto *untilLabel = new QLabel(tr("&until"));
    untilLabel->setBuddy(m_windowEnd);
    auto *intervalPage = new QWidget;
    auto *intervalLayout = new QVBoxLayout(intervalPage);
    intervalLayout->setContentsMargins(24, 0, 0, 0);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(everyLabel);
    windowRow->addWidget(m_every);
    windowRow->addSpacing(8);
    windowRow->addWidget(fromLabel);
    windowRow->addWidget(m_windowStart);
    windowRow->addSpacing(8);
    windowRow->addWidget(untilLabel);
    windowRow->addWidget(m_windowEnd);
    windowRow->addStretch(1);
    intervalLayout->addLayout(windowRow);
    intervalLayout->addWidget(m_intervalPreview);
    intervalLayout->addStretch(1);

    m_pages->addWidget(timesPage);
    m_pages->addWidget(intervalPage);

    m_days->setObjectName(QStringLiteral("weekdayPicker"));
    m_target->setObjectName(QStringLiteral("targetChoice"));
    m_target->setAccessibleName(tr("What the reminder starts"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setToolTip(tr("A reminder that is switched off keeps its settings but does not remind you."));
    m_buttons->setObjectName(QStringLiteral("buttons"));

    // Each field with its problem underneath.
    auto *nameField = new QWidget;
    QVBoxLayout *nameColumn = fieldColumn(nameField);
    nameColumn->addWidget(m_name);
    m_nameProblem = addProblem(nameColumn, QStringLiteral("nameProblem"));

    auto *whenField = new QWidget;
    QVBoxLayout *whenColumn = fieldColumn(whenField);
    whenColumn->addWidget(m_fixedTimes);
    whenColumn->addWidget(m_interval);
    whenColumn->addWidget(m_pages);
    m_whenProblem = addProblem(whenColumn, QStringLiteral("whenProblem"));

    auto *daysField = new QWidget;
    QVBoxLayout *daysColumn = fieldColumn(daysField);
    daysColumn->addWidget(m_days);
    m_daysProblem = addProblem(daysColumn, QStringLiteral("daysProblem"));

    auto *targetField = new QWidget;
    QVBoxLayout *targetColumn = fieldColumn(targetField);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target);
    targetRow->addStretch(1);
    targetColumn->addLayout(targetRow);
    m_targetProblem = addProblem(targetColumn, QStringLiteral("targetProblem"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(12);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameField);
    form->addRow(new QLabel(tr("When:")), whenField);
    auto *daysLabel = new QLabel(tr("&Days:"));
    daysLabel->setBuddy(m_days);
    form->addRow(daysLabel, daysField);
    auto *targetLabel = new QLabel(tr("Sta&rts:"));
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetField);
    form->addRow(QString(), m_enabled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        sortTimes();
        validate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameFollowsTarget = false; });
    connect(m_name, &QLineEdit::textChanged, this, &ReminderRuleDialog::validate);
    connect(m_fixedTimes, &QRadioButton::toggled, this, [this](bool fixed) {
        showPage(fixed ? 0 : 1);
        validate();
    });
    connect(m_addTime, &QPushButton::clicked, this, &ReminderRuleDialog::addTime);
    connect(m_every, &QSpinBox::valueChanged, this, &ReminderRuleDialog::validate);
    connect(m_windowStart, &TimeField::timeChanged, this, &ReminderRuleDialog::validate);
    connect(m_windowEnd, &TimeField::timeChanged, this, &ReminderRuleDialog::validate);
    connect(m_days, &WeekdayPicker::daysChanged, this, &ReminderRuleDialog::validate);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ReminderRuleDialog::onTargetChanged);

    setRule(ReminderRule(), true);
}

void ReminderRuleDialog::setRule(const ReminderRule &rule, bool isNew)
{
    m_id = rule.id;
    m_nameFollowsTarget = isNew && rule.name.isEmpty();
    setWindowTitle(isNew ? tr("New Reminder") : tr("Edit Reminder"));

    const bool interval = rule.kind == ReminderRule::Kind::Interval;
    m_fixedTimes->setChecked(!interval);
    m_interval->setChecked(interval);
    showPage(interval ? 1 : 0);

    qDeleteAll(m_times);
    qDeleteAll(m_removeTimes);
    m_times.clear();
    m_removeTimes.clear();
    QList<QTime> times = rule.times;
    if (times.isEmpty())
        times = {QTime(10, 0)};
    for (const QTime &time : times)
        m_times.append(makeTimeEdit(time));
    sortTimes();

    m_every->setValue(rule.intervalMinutes);
    m_windowStart->setTime(rule.windowStart.isValid() ? rule.windowStart : QTime(9, 0));
    m_windowEnd->setTime(rule.windowEnd.isValid() ? rule.windowEnd : QTime(17, 0));
    m_days->setDays(rule.weekdays);
    m_enabled->setChecked(rule.enabled);
    fillTargets(rule.target);
    m_name->setText(rule.name);
    if (m_nameFollowsTarget)
        onTargetChanged();
    validate();
}

ReminderRule ReminderRuleDialog::rule() const
{
    ReminderRule rule;
    rule.id = m_id;
    rule.name = m_name->text().simplified();
    rule.enabled = m_enabled->isChecked();
    rule.kind = m_interval->isChecked() ? ReminderRule::Kind::Interval : ReminderRule::Kind::FixedTimes;
    rule.weekdays = m_days->days();
    if (rule.kind == ReminderRule::Kind::FixedTimes) {
        for (const TimeField *edit : m_times) {
            const QTime time(edit->time().hour(), edit->time().minute());
            if (!rule.times.contains(time))
                rule.times.append(time);
        }
        std::sort(rule.times.begin(), rule.times.end());
    } else {
        rule.intervalMinutes = m_every->value();
        rule.windowStart = m_windowStart->time();
        rule.windowEnd = m_windowEnd->time();
    }
    rule.target = chosenTarget();
    return rule;
}

void ReminderRuleDialog::showPage(int index)
{
    // The stack takes the height of the page shown, not of the tallest one.
    for (int page = 0; page < m_pages->count(); ++page) {
        const QSizePolicy::Policy policy = page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(index);
    m_pages->adjustSize();
}

void ReminderRuleDialog::showEvent(QShowEvent *event)
{
    if (!event->spontaneous())
        placeOverParent();
    QDialog::showEvent(event);
}

void ReminderRuleDialog::placeOverParent()
{
    // Left to itself, a dialog is placed where Qt last knew the parent to be, and under some
    // window managers that was the top-left corner with the title bar off the screen. It is put
    // over the parent's window as it is now, frame and all, and kept on that window's screen.
    const QWidget *host = parentWidget() ? parentWidget()->window() : nullptr;
    QScreen *screen = host ? host->screen() : this->screen();
    if (!screen)
        return;
    setScreen(screen);
    const QRect area = screen->availableGeometry();
    const QRect over = host && host->isVisible() && !host->isMinimized() ? host->frameGeometry() : area;
    // Until it is shown the dialog's own frame is not known: the parent's is a good guess.
    const QMargins frame = host ? QMargins(host->geometry().left() - host->frameGeometry().left(),
                                           host->geometry().top() - host->frameGeometry().top(),
                                           host->frameGeometry().right() - host->geometry().right(),
                                           host->frameGeometry().bottom() - host->geometry().bottom())
                                : QMargins();
    const QSize outer = size().grownBy(frame);
    QPoint topLeft = over.center() - QPoint(outer.width() / 2, outer.height() / 2);
    topLeft.setX(std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() + 1 - outer.width())));
    topLeft.setY(std::clamp(topLeft.y(), area.top(), std::max(area.top(), area.bottom() + 1 - outer.height())));
    move(topLeft); // a window's position is that of its frame
}

QStringList ReminderRuleDialog::problems() const
{
    return m_problems;
}

TimeField *ReminderRuleDialog::makeTimeEdit(QTime time)
{
    auto *edit = new TimeField(time, m_timesGridHost);
    edit->setObjectName(QStringLiteral("timeEdit"));
    edit->setWrapping(true);
    auto *remove = new QToolButton(m_timesGridHost);
    remove->setObjectName(QStringLiteral("removeTimeButton"));
    remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    remove->setAutoRaise(true);
    m_removeTimes.append(remove);
    connect(edit, &TimeField::timeChanged, this, [this, remove, edit] {
        const QString text = ReminderText::time(edit->time());
        remove->setToolTip(tr("Remove %1").arg(text));
        remove->setAccessibleName(tr("Remove %1").arg(text));
        validate();
    });
    connect(edit, &TimeField::editingFinished, this, [this] {
        // Sorted once the user is done with a field, so rows do not jump while typing.
        if (!m_times.isEmpty())
            sortTimes();
    });
    connect(remove, &QToolButton::clicked, this, [this, edit] { removeTime(int(m_times.indexOf(edit))); });
    remove->setToolTip(tr("Remove %1").arg(ReminderText::time(time)));
    remove->setAccessibleName(remove->toolTip());
    return edit;
}

void ReminderRuleDialog::addTime()
{
    if (m_times.size() >= ReminderRule::maxTimes)
        return;
    QList<QTime> taken;
    for (const TimeField *edit : m_times)
        taken.append(edit->time());
    // An hour after the latest time, or the next free hour after that.
    QTime time = taken.isEmpty() ? QTime(9, 0) : *std::max_element(taken.begin(), taken.end());
    for (int step = 0; step < 24 * 4; ++step) {
        time = time.addSecs(step < 24 ? 3600 : 900);
        if (!taken.contains(time))
            break;
    }
    TimeField *edit = makeTimeEdit(time);
    m_times.append(edit);
    sortTimes();
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
}

void ReminderRuleDialog::removeTime(int index)
{
    if (index < 0 || index >= m_times.size() || m_times.size() <= 1)
        return;
    TimeField *edit = m_times.takeAt(index);
    QToolButton *remove = m_removeTimes.takeAt(index);
    const bool hadFocus = edit->hasFocus() || remove->hasFocus();
    edit->hide();
    remove->hide();
    edit->deleteLater(); // `remove` may be the button being clicked
    remove->deleteLater();
    layOutTimes();
    if (hadFocus)
        m_times.at(std::min(index, int(m_times.size()) - 1))->setFocus(Qt::TabFocusReason);
    validate();
}

void ReminderRuleDialog::sortTimes()
{
    QList<int> order(m_times.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_times.at(a)->time() < m_times.at(b)->time(); });
    QList<TimeField *> times;
    QList<QToolButton *> removes;
    for (const int index : order) {
        times.append(m_times.at(index));
        removes.append(m_removeTimes.at(index));
    }
    m_times = times;
    m_removeTimes = removes;
    layOutTimes();
    validate();
}

void ReminderRuleDialog::layOutTimes()
{
    while (m_timesGrid->count() > 0)
        delete m_timesGrid->takeAt(0);
    for (int index = 0; index < m_times.size(); ++index) {
        m_timesGrid->addWidget(m_times.at(index), index / timeColumns, (index % timeColumns) * 2);
        m_timesGrid->addWidget(m_removeTimes.at(index), index / timeColumns, (index % timeColumns) * 2 + 1);
        m_times.at(index)->setAccessibleName(tr("Time %1").arg(index + 1));
        m_removeTimes.at(index)->setEnabled(m_times.size() > 1);
        m_times.at(index)->show();
        m_removeTimes.at(index)->show();
    }
    const bool full = m_times.size() >= ReminderRule::maxTimes;
    m_addTime->setEnabled(!full);
    m_timesNote->setText(full ? tr("%1 times is the most a reminder can have.").arg(ReminderRule::maxTimes)
                              : QString());
    updateTabOrder();
}

void ReminderRuleDialog::updateTabOrder()
{
    QList<QWidget *> chain{m_name, m_fixedTimes, m_interval};
    for (int index = 0; index < m_times.size(); ++index) {
        chain.append(m_times.at(index));
        chain.append(m_removeTimes.at(index));
    }
    chain.append({m_addTime, m_every, m_windowStart, m_windowEnd});
    chain.append(m_days->focusChain());
    chain.append({m_target, m_enabled});
    for (QAbstractButton *button : m_buttons->buttons())
        chain.append(button);
    for (qsizetype index = 1; index < chain.size(); ++index)
        setTabOrder(chain.at(index - 1), chain.at(index));
}

void ReminderRuleDialog::fillTargets(const ReminderTarget &current)
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(ReminderTarget::postureCheckTitle());
    m_target->setItemData(0, false, isRoutineRole);
    m_target->setItemData(0, ReminderTarget::postureCheckPrompt(), Qt::ToolTipRole);
    QList<Routine> routines = m_routines.allRoutines();
    std::stable_sort(routines.begin(), routines.end(), [](const Routine &a, const Routine &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (!routines.isEmpty())
        m_target->insertSeparator(m_target->count());
    bool found = !current.isRoutine();
    for (const Routine &routine : routines) {
        m_target->addItem(routine.name, routine.id);
        m_target->setItemData(m_target->count() - 1, true, isRoutineRole);
        if (current.isRoutine() && routine.id == current.routineId) {
            m_target->setCurrentIndex(m_target->count() - 1);
            found = true;
        }
    }
    if (!found) {
        // Kept as it is until the user chooses something that exists.
        m_target->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Missing routine"),
                          current.routineId);
        const int index = m_target->count() - 1;
        m_target->setItemData(index, true, isRoutineRole);
        m_target->setItemData(index, true, missingRole);
        m_target->setItemData(index, tr("There is no routine with the id \"%1\" any more.").arg(current.routineId),
                              Qt::ToolTipRole);
        m_target->setCurrentIndex(index);
    } else if (!current.isRoutine()) {
        m_target->setCurrentIndex(0);
    }
}

ReminderTarget ReminderRuleDialog::chosenTarget() const
{
    if (!m_target->currentData(isRoutineRole).toBool())
        return ReminderTarget::postureCheck();
    return ReminderTarget::routine(m_target->currentData(routineIdRole).toString());
}

bool ReminderRuleDialog::targetIsMissing() const
{
    return m_target->currentData(missingRole).toBool();
}

void ReminderRuleDialog::onTargetChanged()
{
    if (m_nameFollowsTarget && !targetIsMissing()) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(m_target->currentText());
    }
    validate();
}

void ReminderRuleDialog::validate()
{
    m_problems.clear();
    auto check = [this](QLabel *label, const QString &problem) {
        showProblem(label, problem);
        if (!problem.isEmpty())
            m_problems.append(problem);
    };

    check(m_nameProblem, m_name->text().trimmed().isEmpty() ? tr("Give the reminder a name.") : QString());

    QString when;
    m_intervalPreview->clear();
    if (m_fixedTimes->isChecked()) {
        QList<QTime> seen;
        for (const TimeField *edit : m_times) {
            if (seen.contains(edit->time())) {
                when = tr("%1 is listed twice.").arg(ReminderText::time(edit->time()));
                break;
            }
            seen.append(edit->time());
        }
        if (m_times.isEmpty())
            when = tr("Add at least one time.");
    } else if (m_windowEnd->time() < m_windowStart->time()) {
        when = tr("The hours end (%1) before they start (%2).")
                   .arg(ReminderText::time(m_windowEnd->time()), ReminderText::time(m_windowStart->time()));
    } else {
        const QList<QTime> times = rule().timesOfDay();
        QStringList texts;
        for (const QTime &time : times)
            texts.append(ReminderText::time(time));
        if (texts.size() > previewListed)
            texts = texts.first(3) + QStringList{QStringLiteral("…"), texts.last()};
        m_intervalPreview->setText(tr("%n reminders a day: %1.", nullptr, int(times.size())).arg(texts.join(tr(", "))));
    }
    m_intervalPreview->setVisible(!m_intervalPreview->text().isEmpty());
    check(m_whenProblem, when);
    check(m_daysProblem, m_days->days().isEmpty() ? tr("Choose at least one day.") : QString());
    check(m_targetProblem,
          targetIsMissing() ? tr("The routine this reminder started no longer exists. Choose what it should start.")
                            : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace Limber
