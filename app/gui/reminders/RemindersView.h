#pragma once

#include "schedule/Reminder.h"
#include "schedule/ReminderRule.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Limber {

class ReminderRuleDialog;
class RoutineStore;
class WallClock;

// The Reminders tab: the user's reminder rules (switch each on or off, add, edit, remove), the
// next five reminders as the reminder service plans them, a bar while reminders are paused, and
// whether Limber starts at login. It edits a copy of the rules and says so with rulesChanged();
// whoever owns the schedule saves it and answers with setUpcoming().
class RemindersView final : public QWidget
{
    Q_OBJECT

public:
    // Both must outlive the view.
    RemindersView(const RoutineStore &routines, const WallClock &clock, QWidget *parent = nullptr);

    // The saved schedule's rules; emits nothing.
    void setRules(const QList<ReminderRule> &rules);
    [[nodiscard]] QList<ReminderRule> rules() const { return m_rules; }
    // What the service says comes next (pause, skip and snooze applied), shown as "Next five".
    void setUpcoming(const QList<Reminder> &upcoming);
    // Invalid: not paused. Otherwise a bar says until when, with a Resume button.
    void setPausedUntil(const QDateTime &until);
    // The "Start Limber when I log in" box; hidden where Limber cannot start itself at login.
    void setStartAtLogin(bool supported, bool enabled);

    [[nodiscard]] QString currentRuleId() const;
    void selectRule(const QString &id);
    // Opens the rule dialog for a new rule / the selected one (one dialog at a time).
    void addRule();
    void editCurrentRule();
    // Removes the selected rule at once; a bar offers to undo it.
    void removeCurrentRule();
    void undoRemove();
    // The open rule dialog, if any.
    [[nodiscard]] ReminderRuleDialog *ruleDialog() const;

Q_SIGNALS:
    // After every change the user makes, with all the rules.
    void rulesChanged(const QList<Limber::ReminderRule> &rules);
    void resumeRequested();
    void startAtLoginChanged(bool enabled);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildList();
    void updateRow(QTreeWidgetItem *item, const ReminderRule &rule, const QDateTime &now);
    void refreshTimes();
    void updateButtons();
    void updateNotice();
    void showUpcoming();
    void showPause();
    void armMinuteTimer();
    void fitListHeight();
    void tintBars();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void openDialog(int row);
    void applyDialog(int row);
    void commit();
    [[nodiscard]] int currentRow() const;
    [[nodiscard]] QString routineName(const QString &routineId) const;

    const RoutineStore &m_routines;
    const WallClock &m_clock;
    QList<ReminderRule> m_rules;
    QList<Reminder> m_upcoming;
    QDateTime m_pausedUntil;
    std::optional<std::pair<int, ReminderRule>> m_removed; // what Undo brings back, and where
    QPointer<ReminderRuleDialog> m_dialog;

    QFrame *m_pauseBar;
    QLabel *m_pauseLabel;
    QPushButton *m_resume;
    QLabel *m_notice;
    QFrame *m_noticeBar;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_limitNote;
    QFrame *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QLabel *m_upcomingEmpty;
    std::array<QLabel *, 5> m_upcomingWhen{};
    std::array<QLabel *, 5> m_upcomingName{};
    std::array<QLabel *, 5> m_upcomingTarget{};
    QCheckBox *m_startAtLogin;
    QTimer *m_minuteTimer;
};

} // namespace Limber
