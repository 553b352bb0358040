#pragma once

#include "schedule/ReminderRule.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace Limber {

class RoutineStore;
class TimeField;
class WeekdayPicker;

// Adds or edits one reminder rule: its name, when it comes (at set times, or every N minutes
// within set hours), on which days, what it starts, and whether it is on. Problems are shown
// beside the field they concern, and OK stays disabled until there are none.
class ReminderRuleDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReminderRuleDialog(const RoutineStore &routines, QWidget *parent = nullptr);

    // Shows `rule` (its id is kept). For a new rule the name follows what it starts until the
    // user types a name of their own.
    void setRule(const ReminderRule &rule, bool isNew);
    // The rule as the dialog shows it now: times sorted, id as given to setRule.
    [[nodiscard]] ReminderRule rule() const;
    // What keeps the rule from being saved, in the words shown; empty when OK is enabled.
    [[nodiscard]] QStringList problems() const;

    // The time fields of "At set times", in the order shown.
    [[nodiscard]] QList<TimeField *> timeEdits() const { return m_times; }
    void addTime();
    void removeTime(int index);

protected:
    // Placed centred over the parent's window, on its screen, before it first shows.
    void showEvent(QShowEvent *event) override;

private:
    void placeOverParent();
    TimeField *makeTimeEdit(QTime time);
    void showPage(int index);
    void layOutTimes();
    void sortTimes();
    void fillTargets(const ReminderTarget &current);
    [[nodiscard]] ReminderTarget chosenTarget() const;
    [[nodiscard]] bool targetIsMissing() const;
    void onTargetChanged();
    void validate();
    void updateTabOrder();

    const RoutineStore &m_routines;
    QString m_id;
    bool m_nameFollowsTarget = false;
    QLineEdit *m_name;
    QRadioButton *m_fixedTimes;
    QRadioButton *m_interval;
    QStackedWidget *m_pages;
    QWidget *m_timesGridHost;
    QGridLayout *m_timesGrid;
    QList<TimeField *> m_times;
    QList<QToolButton *> m_removeTimes;
    QPushButton *m_addTime;
    QLabel *m_timesNote;
    QSpinBox *m_every;
    TimeField *m_windowStart;
    TimeField *m_windowEnd;
    QLabel *m_intervalPreview;
    WeekdayPicker *m_days;
    QComboBox *m_target;
    QCheckBox *m_enabled;
    QDialogButtonBox *m_buttons;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_whenProblem = nullptr;
    QLabel *m_daysProblem = nullptr;
    QLabel *m_targetProblem = nullptr;
    QStringList m_problems;
};

} // namespace Limber
