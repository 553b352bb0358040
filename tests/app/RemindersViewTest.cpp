// The Reminders tab, offscreen, over a real library in a temporary folder and a fake wall clock
// in Berlin: the rules and what they say, switching, adding, editing and removing them through
// the real dialog, the next five, the pause bar and the start-at-login box.
#include "FakeWallClock.h"
#include "FindChild.h"
#include "QtGTest.h"

#include "gui/reminders/ReminderRuleDialog.h"
#include "gui/reminders/RemindersView.h"
#include "gui/reminders/TimeField.h"
#include "gui/reminders/WeekdayPicker.h"
#include "schedule/ReminderPlanner.h"
#include "schedule/ScheduleFormat.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Limber;

namespace {

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

QDateTime berlinAt(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), berlin());
}

// The starter schedule (Desk break at 10:30 and 15:00, a posture check every hour from 09:00 to
// 17:30, both Monday to Friday), switched on.
QList<ReminderRule> starterRulesOn()
{
    QList<ReminderRule> rules = ScheduleFormat::starter().rules;
    for (ReminderRule &rule : rules)
        rule.enabled = true;
    return rules;
}

enum Column { NameColumn, WhenColumn, TargetColumn, NextColumn };

class RemindersViewTest : public testing::Test
{
protected:
    RemindersViewTest()
        : m_library(Library::open(m_dir.path()).value())
        // Thursday 21 November 2024, 14:20 in Berlin.
        , m_clock(berlinAt(11, 21, 14, 20), berlin())
    {
        // English day and month names, weeks starting on Monday, whatever the machine says.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_view = std::make_unique<RemindersView>(m_library->routines(), m_clock);
        m_view->resize(1100, 700);
        QObject::connect(m_view.get(), &RemindersView::rulesChanged, m_view.get(),
                         [this](const QList<ReminderRule> &rules) { m_changes.append(rules); });
        m_view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    ~RemindersViewTest() override { QLocale::setDefault(QLocale::system()); }

    template <typename T> T *child(const char *name) const { return child<T>(m_view.get(), name); }

    template <typename T> static T *child(const QObject *parent, const char *name)
    {
        return Limber::child<T>(parent, name);
    }

    QTreeWidget *list() const { return child<QTreeWidget>("ruleList"); }
    QString cell(int row, Column column) const { return list()->topLevelItem(row)->text(column); }

    ReminderRuleDialog *dialog() const
    {
        ReminderRuleDialog *dialog = m_view->ruleDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->isVisible());
        }
        return dialog;
    }

    static QPushButton *okButton(ReminderRuleDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    }

    static QString problem(ReminderRuleDialog *dialog, const char *name)
    {
        auto *label = child<QLabel>(dialog, name);
        // Shown only with something to say.
        EXPECT_EQ(label->isVisibleTo(dialog), !label->text().isEmpty()) << name;
        return label->text();
    }

    static void replaceText(QLineEdit *field, const QString &text)
    {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    FakeWallClock m_clock;
    std::unique_ptr<RemindersView> m_view;
    QList<QList<ReminderRule>> m_changes;
};

} // namespace

TEST_F(RemindersViewTest, RowsSayWhatEachKindOfRuleDoesAndWhenItComesNext)
{
    m_view->setRules(starterRulesOn());
    ASSERT_EQ(list()->topLevelItemCount(), 2);

    EXPECT_EQ(cell(0, NameColumn), QStringLiteral("Desk break"));
    EXPECT_EQ(list()->topLevelItem(0)->checkState(NameColumn), Qt::Checked);
    EXPECT_EQ(cell(0, WhenColumn), QStringLiteral("10:30 and 15:00, Monday to Friday"));
    EXPECT_EQ(cell(0, TargetColumn), QStringLiteral("Desk break"));
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Today 15:00, Tomorrow 10:30, Tomorrow 15:00"));

    EXPECT_EQ(cell(1, NameColumn), QStringLiteral("Posture check"));
    EXPECT_EQ(cell(1, WhenColumn), QStringLiteral("Every 60 minutes from 09:00 to 17:30, Monday to Friday"));
    EXPECT_EQ(cell(1, TargetColumn), QStringLiteral("Posture check"));
    EXPECT_EQ(cell(1, NextColumn), QStringLiteral("Today 15:00, Today 16:00, Today 17:00"));

    // On a Friday afternoon the weekend is skipped.
    m_clock.set(berlinAt(11, 22, 15, 30));
    m_view->hide();
    m_view->show(); // shown again: the times are worked out afresh
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Mon 25 Nov 10:30, Mon 25 Nov 15:00, Tue 26 Nov 10:30"));

    EXPECT_FALSE(child<QFrame>("offNoticeBar")->isVisible());
    EXPECT_TRUE(m_changes.isEmpty()) << "setRules emits nothing";
}

TEST_F(RemindersViewTest, TheStarterScheduleIsOffAndSaysSo)
{
    m_view->setRules(ScheduleFormat::starter().rules);
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Off"));
    EXPECT_EQ(cell(1, NextColumn), QStringLiteral("Off"));
    EXPECT_EQ(list()->topLevelItem(0)->checkState(NameColumn), Qt::Unchecked);
    EXPECT_TRUE(child<QFrame>("offNoticeBar")->isVisible());
    EXPECT_TRUE(child<QLabel>("offNotice")->text().contains(QStringLiteral("off until you switch one on")));
    EXPECT_EQ(child<QLabel>("upcomingEmpty")->text(),
              QStringLiteral("Nothing is coming up: every reminder is switched off."));

    ReminderRule noDays = starterRulesOn().first();
    noDays.weekdays = Weekdays();
    m_view->setRules({noDays});
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Never — no days chosen"));
    EXPECT_EQ(cell(0, WhenColumn), QStringLiteral("10:30 and 15:00, no days"));
    EXPECT_FALSE(child<QFrame>("offNoticeBar")->isVisible());
    EXPECT_EQ(child<QLabel>("upcomingEmpty")->text(),
              QStringLiteral("Nothing is coming up: the reminders that are on have no days chosen."));

    m_view->setRules({});
    EXPECT_TRUE(child<QLabel>("offNotice")->text().contains(QStringLiteral("no reminders")));
    EXPECT_FALSE(child<QPushButton>("editRuleButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("removeRuleButton")->isEnabled());
}

TEST_F(RemindersViewTest, SwitchingARuleOffEmitsTheRulesWithItOff)
{
    m_view->setRules(starterRulesOn());
    list()->topLevelItem(0)->setCheckState(NameColumn, Qt::Unchecked); // as a click on the box does
    ASSERT_EQ(m_changes.size(), 1);
    EXPECT_FALSE(m_changes.last().at(0).enabled);
    EXPECT_TRUE(m_changes.last().at(1).enabled);
    EXPECT_EQ(m_view->rules(), m_changes.last());
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Off"));

    // The keyboard: Space on the chosen row switches it back on.
    m_view->selectRule(QStringLiteral("desk-break"));
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Space);
    ASSERT_EQ(m_changes.size(), 2);
    EXPECT_TRUE(m_changes.last().at(0).enabled);
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Today 15:00, Tomorrow 10:30, Tomorrow 15:00"));
}

TEST_F(RemindersViewTest, AddingARuleThroughTheDialog)
{
    m_view->setRules(starterRulesOn());
    child<QPushButton>("addRuleButton")->click();
    ReminderRuleDialog *rule = dialog();
    ASSERT_NE(rule, nullptr);

    // A new rule starts as a posture check at 10:00 on weekdays, named after what it starts
    // until the user types a name.
    auto *name = child<QLineEdit>(rule, "ruleName");
    auto *target = child<QComboBox>(rule, "targetChoice");
    EXPECT_EQ(name->text(), QStringLiteral("Posture check"));
    EXPECT_EQ(target->currentText(), QStringLiteral("Posture check"));
    target->setCurrentIndex(target->findText(QStringLiteral("Gentle morning")));
    EXPECT_EQ(name->text(), QStringLiteral("Gentle morning"));
    replaceText(name, QStringLiteral("Afternoon stretch"));
    target->setCurrentIndex(target->findText(QStringLiteral("Strength set")));
    EXPECT_EQ(name->text(), QStringLiteral("Afternoon stretch")) << "a typed name stays";

    ASSERT_EQ(rule->timeEdits().size(), 1);
    rule->timeEdits().first()->setTime(QTime(16, 0));
    child<QPushButton>(rule, "addTimeButton")->click();
    ASSERT_EQ(rule->timeEdits().size(), 2);
    EXPECT_EQ(rule->timeEdits().at(1)->time(), QTime(17, 0)) << "an hour after the last";
    rule->timeEdits().at(1)->setTime(QTime(12, 15));
    child<WeekdayPicker>(rule, "weekdayPicker")->everyDayButton()->click();
    child<QCheckBox>(rule, "enabledCheck")->setChecked(false);
    ASSERT_TRUE(okButton(rule)->isEnabled());
    okButton(rule)->click();

    ASSERT_EQ(m_changes.size(), 1);
    ASSERT_EQ(m_changes.last().size(), 3);
    const ReminderRule added = m_changes.last().at(2);
    EXPECT_EQ(added.id, QStringLiteral("afternoon-stretch"));
    EXPECT_EQ(added.name, QStringLiteral("Afternoon stretch"));
    EXPECT_EQ(added.kind, ReminderRule::Kind::FixedTimes);
    EXPECT_EQ(added.times, (QList<QTime>{QTime(12, 15), QTime(16, 0)})) << "sorted";
    EXPECT_EQ(added.weekdays, Weekdays::everyDay());
    EXPECT_EQ(added.target, ReminderTarget::routine(QStringLiteral("strength-set")));
    EXPECT_FALSE(added.enabled);
    EXPECT_EQ(cell(2, WhenColumn), QStringLiteral("12:15 and 16:00, every day"));
    EXPECT_EQ(cell(2, TargetColumn), QStringLiteral("Strength set"));
    EXPECT_EQ(m_view->currentRuleId(), added.id);
    EXPECT_EQ(m_view->ruleDialog(), nullptr) << "closed";

    // The same name again gets an id of its own, and the id follows the schedule file's rules.
    m_view->addRule();
    replaceText(child<QLineEdit>(dialog(), "ruleName"), QStringLiteral("Afternoon stretch!"));
    okButton(dialog())->click();
    EXPECT_EQ(m_changes.last().last().id, QStringLiteral("afternoon-stretch-2"));
    m_view->addRule();
    auto *name2 = child<QLineEdit>(dialog(), "ruleName");
    name2->clear();
    name2->insert(QStringLiteral("Ärger über Zeit")); // QTest types ASCII only
    okButton(dialog())->click();
    EXPECT_EQ(m_changes.last().last().id, QStringLiteral("rger-ber-zeit"));

    // What the view emits is a schedule the file accepts.
    Schedule schedule;
    schedule.rules = m_view->rules();
    EXPECT_TRUE(ScheduleFormat::parse(ScheduleFormat::document(schedule), QStringLiteral("test")));
}

TEST_F(RemindersViewTest, CancellingTheDialogChangesNothing)
{
    m_view->setRules(starterRulesOn());
    m_view->addRule();
    child<QDialogButtonBox>(dialog(), "buttons")->button(QDialogButtonBox::Cancel)->click();
    EXPECT_TRUE(m_changes.isEmpty());
    EXPECT_EQ(list()->topLevelItemCount(), 2);
}

TEST_F(RemindersViewTest, EditingARuleWithEnterKeepsItsId)
{
    m_view->setRules(starterRulesOn());
    m_view->selectRule(QStringLiteral("posture-check"));
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    ReminderRuleDialog *rule = dialog();
    ASSERT_NE(rule, nullptr);

    EXPECT_EQ(child<QLineEdit>(rule, "ruleName")->text(), QStringLiteral("Posture check"));
    EXPECT_TRUE(child<QRadioButton>(rule, "intervalChoice")->isChecked());
    auto *every = child<QSpinBox>(rule, "intervalSpin");
    EXPECT_EQ(every->value(), 60);
    EXPECT_EQ(every->minimum(), ReminderRule::minIntervalMinutes);
    EXPECT_EQ(every->maximum(), ReminderRule::maxIntervalMinutes);
    EXPECT_EQ(child<TimeField>(rule, "windowStart")->time(), QTime(9, 0));
    EXPECT_EQ(child<TimeField>(rule, "windowEnd")->time(), QTime(17, 30));
    EXPECT_TRUE(child<QLabel>(rule, "intervalPreview")->text().startsWith(QStringLiteral("9 reminders a day")));

    every->setValue(45);
    child<TimeField>(rule, "windowEnd")->setTime(QTime(12, 0));
    EXPECT_EQ(child<QLabel>(rule, "intervalPreview")->text(),
              QStringLiteral("5 reminders a day: 09:00, 09:45, 10:30, 11:15, 12:00."));
    child<WeekdayPicker>(rule, "weekdayPicker")->dayButton(3)->click(); // Wednesday off
    okButton(rule)->click();

    ASSERT_EQ(m_changes.size(), 1);
    const ReminderRule edited = m_changes.last().at(1);
    EXPECT_EQ(edited.id, QStringLiteral("posture-check"));
    EXPECT_EQ(edited.kind, ReminderRule::Kind::Interval);
    EXPECT_EQ(edited.intervalMinutes, 45);
    EXPECT_EQ(edited.windowEnd, QTime(12, 0));
    EXPECT_EQ(edited.weekdays, Weekdays::of({1, 2, 4, 5}));
    EXPECT_EQ(cell(1, WhenColumn), QStringLiteral("Every 45 minutes from 09:00 to 12:00, Mon, Tue, Thu and Fri"));
    EXPECT_EQ(cell(1, NextColumn), QStringLiteral("Tomorrow 09:00, Tomorrow 09:45, Tomorrow 10:30"));

    // Switching the kind: the rule becomes one at set times.
    m_view->editCurrentRule();
    child<QRadioButton>(dialog(), "fixedTimesChoice")->setChecked(true);
    okButton(dialog())->click();
    EXPECT_EQ(m_changes.last().at(1).kind, ReminderRule::Kind::FixedTimes);
    EXPECT_EQ(m_changes.last().at(1).times, QList<QTime>{QTime(10, 0)});
}

TEST_F(RemindersViewTest, TheDialogNamesEachProblemAndKeepsOkDisabledUntilFixed)
{
    m_view->setRules(starterRulesOn());
    m_view->selectRule(QStringLiteral("desk-break"));
    m_view->editCurrentRule();
    ReminderRuleDialog *rule = dialog();
    ASSERT_NE(rule, nullptr);
    EXPECT_TRUE(okButton(rule)->isEnabled());
    EXPECT_TRUE(rule->problems().isEmpty());

    // No days.
    auto *days = child<WeekdayPicker>(rule, "weekdayPicker");
    for (int day = 1; day <= 5; ++day)
        days->dayButton(day)->click();
    EXPECT_EQ(problem(rule, "daysProblem"), QStringLiteral("Choose at least one day."));
    EXPECT_FALSE(okButton(rule)->isEnabled());
    days->mondayToFridayButton()->click();
    EXPECT_EQ(problem(rule, "daysProblem"), QString());
    EXPECT_EQ(days->days(), Weekdays::mondayToFriday());
    EXPECT_TRUE(okButton(rule)->isEnabled());

    // The same time twice.
    ASSERT_EQ(rule->timeEdits().size(), 2);
    rule->timeEdits().at(1)->setTime(QTime(10, 30));
    EXPECT_EQ(problem(rule, "whenProblem"), QStringLiteral("10:30 is listed twice."));
    EXPECT_FALSE(okButton(rule)->isEnabled());
    QTest::mouseClick(child<QToolButton>(rule, "removeTimeButton"), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(rule->timeEdits().size(), 1);
    EXPECT_EQ(problem(rule, "whenProblem"), QString());
    EXPECT_TRUE(okButton(rule)->isEnabled());

    // No name.
    replaceText(child<QLineEdit>(rule, "ruleName"), QStringLiteral("   "));
    EXPECT_EQ(problem(rule, "nameProblem"), QStringLiteral("Give the reminder a name."));
    EXPECT_FALSE(okButton(rule)->isEnabled());
    replaceText(child<QLineEdit>(rule, "ruleName"), QStringLiteral("Morning break"));

    // A window that ends before it starts.
    child<QRadioButton>(rule, "intervalChoice")->setChecked(true);
    child<TimeField>(rule, "windowStart")->setTime(QTime(9, 0));
    child<TimeField>(rule, "windowEnd")->setTime(QTime(8, 0));
    EXPECT_EQ(problem(rule, "whenProblem"), QStringLiteral("The hours end (08:00) before they start (09:00)."));
    EXPECT_FALSE(okButton(rule)->isEnabled());
    EXPECT_EQ(rule->problems(), QStringList{QStringLiteral("The hours end (08:00) before they start (09:00).")});
    okButton(rule)->click(); // disabled: nothing happens
    EXPECT_TRUE(m_changes.isEmpty());
    child<TimeField>(rule, "windowEnd")->setTime(QTime(12, 0));
    EXPECT_TRUE(okButton(rule)->isEnabled());
    okButton(rule)->click();
    ASSERT_EQ(m_changes.size(), 1);
    EXPECT_EQ(m_changes.last().at(0).name, QStringLiteral("Morning break"));
    EXPECT_EQ(m_changes.last().at(0).id, QStringLiteral("desk-break"));
}

TEST_F(RemindersViewTest, AtMostTheAllowedNumberOfTimes)
{
    m_view->addRule();
    ReminderRuleDialog *rule = dialog();
    ASSERT_NE(rule, nullptr);
    auto *add = child<QPushButton>(rule, "addTimeButton");
    while (add->isEnabled())
        add->click();
    EXPECT_EQ(rule->timeEdits().size(), ReminderRule::maxTimes);
    EXPECT_FALSE(child<QLabel>(rule, "timesNote")->text().isEmpty());
    EXPECT_TRUE(okButton(rule)->isEnabled()) << rule->problems().join(QLatin1Char(' ')).toStdString();
    QList<QTime> shown;
    for (const TimeField *edit : rule->timeEdits())
        shown.append(edit->time());
    EXPECT_TRUE(std::is_sorted(shown.begin(), shown.end()));
    okButton(rule)->click();
    ASSERT_EQ(m_changes.size(), 1);
    EXPECT_EQ(m_changes.last().first().times.size(), ReminderRule::maxTimes);
    EXPECT_EQ(cell(0, WhenColumn), QStringLiteral("24 times a day from 00:00 to 23:00, Monday to Friday"));
}

// The dialog opens over the middle of the window it belongs to, inside that window's screen,
// whether it adds a rule or edits one.
TEST_F(RemindersViewTest, TheDialogOpensCentredOnItsWindow)
{
    m_view->setRules(starterRulesOn());
    const QRect area = m_view->screen()->availableGeometry();
    for (const QPoint &at : {area.topLeft() + QPoint(40, 30), area.topLeft() + QPoint(90, 10)}) {
        m_view->resize(700, 560);
        m_view->move(at);
        QApplication::processEvents();
        for (const bool edit : {false, true}) {
            if (edit)
                m_view->editCurrentRule();
            else
                child<QPushButton>("addRuleButton")->click();
            ReminderRuleDialog *rule = dialog();
            ASSERT_NE(rule, nullptr);
            const QRect window = m_view->frameGeometry();
            const QRect placed = rule->frameGeometry();
            EXPECT_LE((placed.center() - window.center()).manhattanLength(), 2)
                << (edit ? "edit" : "add") << ": the window's centre is " << window.center().x() << ","
                << window.center().y() << ", the dialog's " << placed.center().x() << "," << placed.center().y();
            EXPECT_TRUE(area.contains(placed))
                << placed.x() << "," << placed.y() << " " << placed.width() << "x" << placed.height();
            EXPECT_EQ(rule->screen(), m_view->screen());
            rule->reject();
            QApplication::processEvents();
        }
    }

    // A window in the corner of the screen: the dialog stays on the screen, title bar and all.
    m_view->resize(300, 200);
    m_view->move(area.topLeft());
    QApplication::processEvents();
    m_view->addRule();
    ReminderRuleDialog *rule = dialog();
    ASSERT_NE(rule, nullptr);
    EXPECT_GE(rule->frameGeometry().top(), area.top());
    EXPECT_GE(rule->frameGeometry().left(), area.left());
    rule->reject();
}

// Typing a time works the way people write times: click in and type "21", or select all and
// type "2119", "9:30" or "930"; Up and Down still step the hour or the minutes.
TEST_F(RemindersViewTest, TypingATimeInTheDialog)
{
    m_view->addRule();
    ReminderRuleDialog *rule = dialog();
    ASSERT_NE(rule, nullptr);
    QApplication::setActiveWindow(rule); // offscreen, the view stays the active window otherwise
    ASSERT_EQ(QApplication::activeWindow(), rule);
    ASSERT_EQ(rule->timeEdits().size(), 1);
    TimeField *field = rule->timeEdits().first();
    auto *text = field->findChild<QLineEdit *>();
    ASSERT_NE(text, nullptr);
    auto *name = child<QLineEdit>(rule, "ruleName");
    const auto leave = [name] { name->setFocus(Qt::TabFocusReason); };
    EXPECT_EQ(text->text(), QStringLiteral("10:00"));

    // A click anywhere in "10:00", then "21".
    leave();

    // (Offscreen a click gives no focus by itself: it is given as a click would.)
    field->setFocus(Qt::MouseFocusReason);
    QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(text->width() / 4, text->height() / 2));
    EXPECT_TRUE(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("21"));
    EXPECT_EQ(field->time(), QTime(21, 0));
    leave();
    EXPECT_EQ(text->text(), QStringLiteral("21:00"));

    const auto typeOver = [field](const QString &typed) {
        field->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, typed);
    };
    typeOver(QStringLiteral("2119"));
    EXPECT_EQ(field->time(), QTime(21, 19));
    typeOver(QStringLiteral("9:30"));
    EXPECT_EQ(field->time(), QTime(9, 30));
    typeOver(QStringLiteral("745"));
    EXPECT_EQ(field->time(), QTime(7, 45));
    typeOver(QStringLiteral("930"));
    EXPECT_EQ(field->time(), QTime(9, 30));
    leave();
    EXPECT_EQ(text->text(), QStringLiteral("09:30"));

    // Keys that make no time are not taken; what is left unfinished goes back.
    typeOver(QStringLiteral("9x"));
    EXPECT_EQ(text->text(), QStringLiteral("9"));
    EXPECT_EQ(field->time(), QTime(9, 0));
    typeOver(QStringLiteral("16:"));
    EXPECT_EQ(field->time(), QTime(16, 0));
    leave();
    EXPECT_EQ(text->text(), QStringLiteral("16:00"));

    // Up and Down step the part the cursor is in: the hour after Tab, else where it stands.
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_Up);
    EXPECT_EQ(field->time(), QTime(17, 0));
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Down);
    EXPECT_EQ(field->time(), QTime(15, 0));
    text->setCursorPosition(4);
    QTest::keyClick(field, Qt::Key_Down);
    EXPECT_EQ(field->time(), QTime(14, 59)) << "from 15:00, a minute back";
    EXPECT_EQ(text->text(), QStringLiteral("14:59"));

    // The hours of an interval rule take typing too, and the rule gets what was typed.
    child<QRadioButton>(rule, "intervalChoice")->setChecked(true);
    auto *from = child<TimeField>(rule, "windowStart");
    from->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(from, QStringLiteral("8"));
    auto *until = child<TimeField>(rule, "windowEnd");
    until->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(until, QStringLiteral("1830"));
    leave();
    ASSERT_TRUE(okButton(rule)->isEnabled()) << rule->problems().join(QLatin1Char(' ')).toStdString();
    okButton(rule)->click();
    ASSERT_EQ(m_changes.size(), 1);
    EXPECT_EQ(m_changes.last().last().windowStart, QTime(8, 0));
    EXPECT_EQ(m_changes.last().last().windowEnd, QTime(18, 30));
}

TEST_F(RemindersViewTest, RemovingWithDeleteCanBeUndone)
{
    m_view->setRules(starterRulesOn());
    m_view->selectRule(QStringLiteral("desk-break"));
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    ASSERT_EQ(m_changes.size(), 1);
    ASSERT_EQ(m_changes.last().size(), 1);
    EXPECT_EQ(m_changes.last().first().id, QStringLiteral("posture-check"));
    EXPECT_TRUE(child<QFrame>("undoBar")->isVisible());
    EXPECT_EQ(child<QLabel>("undoLabel")->text(), QStringLiteral("“Desk break” was removed."));

    child<QPushButton>("undoRemoveButton")->click();
    ASSERT_EQ(m_changes.size(), 2);
    EXPECT_EQ(m_changes.last(), starterRulesOn()) << "back in its place";
    EXPECT_FALSE(child<QFrame>("undoBar")->isVisible());
    EXPECT_EQ(m_view->currentRuleId(), QStringLiteral("desk-break"));

    // The button does the same; another change ends the offer to undo.
    child<QPushButton>("removeRuleButton")->click();
    EXPECT_EQ(m_view->rules().size(), 1);
    list()->topLevelItem(0)->setCheckState(NameColumn, Qt::Unchecked);
    EXPECT_TRUE(child<QFrame>("undoBar")->isVisible()) << "switching does not move rows";
    m_view->addRule();
    okButton(dialog())->click();
    EXPECT_FALSE(child<QFrame>("undoBar")->isVisible());
}

TEST_F(RemindersViewTest, ARoutineThatNoLongerExistsIsShownAsMissing)
{
    ReminderRule rule = starterRulesOn().first();
    rule.target = ReminderTarget::routine(QStringLiteral("deleted-routine"));
    m_view->setRules({rule});
    EXPECT_EQ(cell(0, TargetColumn), QStringLiteral("Missing routine"));
    EXPECT_FALSE(list()->topLevelItem(0)->icon(TargetColumn).isNull()) << "a warning sign";
    EXPECT_EQ(cell(0, NextColumn), QStringLiteral("Today 15:00, Tomorrow 10:30, Tomorrow 15:00"));

    m_view->setUpcoming(ReminderPlanner::next({rule}, m_clock.now(), m_clock.zone(), 5));
    EXPECT_EQ(child<QLabel>("upcomingTarget0")->text(), QStringLiteral("missing routine"));

    // The dialog keeps it until the user chooses something that exists.
    m_view->editCurrentRule();
    ReminderRuleDialog *dialog = this->dialog();
    ASSERT_NE(dialog, nullptr);
    auto *target = child<QComboBox>(dialog, "targetChoice");
    EXPECT_EQ(target->currentText(), QStringLiteral("Missing routine"));
    EXPECT_TRUE(problem(dialog, "targetProblem").contains(QStringLiteral("no longer exists")));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    target->setCurrentIndex(target->findText(QStringLiteral("Desk break")));
    EXPECT_EQ(problem(dialog, "targetProblem"), QString());
    okButton(dialog)->click();
    EXPECT_EQ(m_view->rules().first().target, ReminderTarget::routine(QStringLiteral("desk-break")));
    EXPECT_EQ(cell(0, TargetColumn), QStringLiteral("Desk break"));
}

TEST_F(RemindersViewTest, ThePauseBarSaysUntilWhenAndOffersResume)
{
    EXPECT_FALSE(child<QFrame>("pauseBar")->isVisible());
    m_view->setPausedUntil(berlinAt(11, 21, 16, 0));
    EXPECT_TRUE(child<QFrame>("pauseBar")->isVisible());
    EXPECT_EQ(child<QLabel>("pauseLabel")->text(), QStringLiteral("Reminders are paused until 16:00."));
    m_view->setPausedUntil(berlinAt(11, 22, 0, 0));
    EXPECT_EQ(child<QLabel>("pauseLabel")->text(), QStringLiteral("Reminders are paused until tomorrow."));
    m_view->setPausedUntil(berlinAt(11, 25, 8, 0));
    EXPECT_EQ(child<QLabel>("pauseLabel")->text(), QStringLiteral("Reminders are paused until Mon 25 Nov 08:00."));

    int resumes = 0;
    QObject::connect(m_view.get(), &RemindersView::resumeRequested, m_view.get(), [&resumes] { ++resumes; });
    QTest::mouseClick(child<QPushButton>("resumeButton"), Qt::LeftButton);
    EXPECT_EQ(resumes, 1);

    m_view->setPausedUntil(QDateTime());
    EXPECT_FALSE(child<QFrame>("pauseBar")->isVisible());
}

TEST_F(RemindersViewTest, NextFiveSaysWhenAndWhat)
{
    QList<ReminderRule> rules = starterRulesOn();
    ReminderRule morning;
    morning.id = QStringLiteral("morning");
    morning.name = QStringLiteral("Morning");
    morning.times = {QTime(10, 30)};
    morning.target = ReminderTarget::routine(QStringLiteral("gentle-morning"));
    rules.append(morning);
    m_view->setRules(rules);

    auto reminder = [&rules](int rule, const QDateTime &at) {
        const ReminderRule &of = rules.at(rule);
        return Reminder{of.id, of.name, of.target, at};
    };
    Reminder snoozed = reminder(0, berlinAt(11, 21, 14, 30));
    snoozed.snoozed = true;
    m_view->setUpcoming({snoozed, reminder(1, berlinAt(11, 21, 15, 0)), reminder(2, berlinAt(11, 22, 10, 30)),
                         reminder(2, berlinAt(11, 25, 10, 30))});

    EXPECT_EQ(child<QLabel>("upcomingWhen0")->text(), QStringLiteral("Today 14:30"));
    EXPECT_EQ(child<QLabel>("upcomingName0")->text(), QStringLiteral("Desk break"));
    EXPECT_EQ(child<QLabel>("upcomingTarget0")->text(), QStringLiteral("snoozed"));
    EXPECT_EQ(child<QLabel>("upcomingWhen1")->text(), QStringLiteral("Today 15:00"));
    EXPECT_EQ(child<QLabel>("upcomingName1")->text(), QStringLiteral("Posture check"));
    EXPECT_EQ(child<QLabel>("upcomingTarget1")->text(), QString()) << "said once";
    EXPECT_EQ(child<QLabel>("upcomingWhen2")->text(), QStringLiteral("Tomorrow 10:30"));
    EXPECT_EQ(child<QLabel>("upcomingName2")->text(), QStringLiteral("Morning"));
    EXPECT_EQ(child<QLabel>("upcomingTarget2")->text(), QStringLiteral("Gentle morning"));
    EXPECT_EQ(child<QLabel>("upcomingWhen3")->text(), QStringLiteral("Mon 25 Nov 10:30"));
    EXPECT_TRUE(child<QLabel>("upcomingWhen3")->isVisible());
    EXPECT_FALSE(child<QLabel>("upcomingWhen4")->isVisible());
    EXPECT_FALSE(child<QLabel>("upcomingEmpty")->isVisible());

    // "Today" becomes "Tomorrow"'s day when the date turns.
    m_clock.set(berlinAt(11, 22, 0, 5));
    m_view->hide();
    m_view->show();
    EXPECT_EQ(child<QLabel>("upcomingWhen2")->text(), QStringLiteral("Today 10:30"));

    m_view->setUpcoming({});
    EXPECT_TRUE(child<QLabel>("upcomingEmpty")->isVisible());
    EXPECT_EQ(child<QLabel>("upcomingEmpty")->text(), QStringLiteral("Nothing is coming up."));
    EXPECT_FALSE(child<QLabel>("upcomingWhen0")->isVisible());
}

TEST_F(RemindersViewTest, StartAtLoginBox)
{
    auto *box = child<QCheckBox>("startAtLogin");
    EXPECT_FALSE(box->isVisible()) << "hidden until told it is supported";
    QList<bool> changes;
    QObject::connect(m_view.get(), &RemindersView::startAtLoginChanged, m_view.get(),
                     [&changes](bool enabled) { changes.append(enabled); });
    m_view->setStartAtLogin(true, true);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->isChecked());
    EXPECT_TRUE(changes.isEmpty());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    EXPECT_EQ(changes, QList<bool>{false});
    m_view->setStartAtLogin(false, false);
    EXPECT_FALSE(box->isVisible());
    EXPECT_EQ(changes.size(), 1);
}

TEST_F(RemindersViewTest, TheMinuteTimerRunsOnlyWhileTheViewShows)
{
    auto *timer = child<QTimer>("minuteTimer");
    EXPECT_TRUE(timer->isActive());
    EXPECT_TRUE(timer->isSingleShot());
    EXPECT_LE(timer->interval(), 60'050);
    m_view->hide();
    EXPECT_FALSE(timer->isActive());
    m_clock.set(berlinAt(11, 21, 14, 59).addSecs(30));
    m_view->show();
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(timer->interval(), 30'050) << "to the next minute";
}

TEST_F(RemindersViewTest, AddIsDisabledAtTheMostRules)
{
    QList<ReminderRule> rules;
    for (int index = 0; index < Schedule::maxRules; ++index) {
        ReminderRule rule = starterRulesOn().first();
        rule.id = QStringLiteral("rule-%1").arg(index);
        rules.append(rule);
    }
    m_view->setRules(rules);
    EXPECT_FALSE(child<QPushButton>("addRuleButton")->isEnabled());
    EXPECT_FALSE(child<QLabel>("limitNote")->text().isEmpty());
    m_view->addRule();
    EXPECT_EQ(m_view->ruleDialog(), nullptr);
    m_view->removeCurrentRule();
    EXPECT_TRUE(child<QPushButton>("addRuleButton")->isEnabled());
}

TEST(WeekdayPickerTest, FollowsTheLocalesFirstDayAndOffersQuickChoices)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    WeekdayPicker picker;
    QLocale::setDefault(QLocale::system());
    EXPECT_EQ(picker.focusChain().first()->objectName(), QStringLiteral("day-sun"));
    EXPECT_EQ(picker.focusChain().at(1)->objectName(), QStringLiteral("day-mon"));
    EXPECT_EQ(picker.dayButton(7)->text(), QStringLiteral("Sun"));
    EXPECT_EQ(picker.dayButton(7)->accessibleName(), QStringLiteral("Sunday"));

    QList<Weekdays> changes;
    QObject::connect(&picker, &WeekdayPicker::daysChanged, &picker,
                     [&changes](const Weekdays &days) { changes.append(days); });
    picker.setDays(Weekdays::of({6, 7}));
    EXPECT_TRUE(changes.isEmpty()) << "setDays emits nothing";
    EXPECT_TRUE(picker.dayButton(6)->isChecked());
    picker.mondayToFridayButton()->click();
    EXPECT_EQ(picker.days(), Weekdays::mondayToFriday());
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_EQ(changes.last(), Weekdays::mondayToFriday());
    EXPECT_EQ(picker.mondayToFridayButton()->text(), QStringLiteral("Mon–Fri"));
    picker.everyDayButton()->click();
    EXPECT_EQ(picker.days(), Weekdays::everyDay());
    picker.dayButton(1)->click();
    EXPECT_EQ(changes.last(), Weekdays::of({2, 3, 4, 5, 6, 7}));
}
