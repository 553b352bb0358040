// The guided session window, offscreen, on a fake clock: what it shows, its keys, the summary.
#include "QtGTest.h"

#include "FakeClock.h"
#include "RecordingCueOutput.h"
#include "gui/session/CountdownRing.h"
#include "gui/session/SessionWindow.h"
#include "model/Catalog.h"
#include "session/TimelineBuilder.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Limber;

namespace {

class SessionWindowTest : public testing::Test
{
protected:
    SessionWindowTest()
        : m_library(Library::open(m_dir.path()).value())
    {
        const Routine *desk = m_library->routines().find(QStringLiteral("desk-break"));
        m_window = std::make_unique<SessionWindow>(
            m_library->catalog(), TimelineBuilder(m_library->catalog()).build(*desk, Level::Gentle), m_clock);
        m_window->show();
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QString text(const char *name) const
    {
        auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(name));
        EXPECT_NE(label, nullptr) << name;
        return label ? label->text() : QString();
    }
    QString ring() const { return m_window->findChild<CountdownRing *>(QStringLiteral("countdownRing"))->text(); }

    void advance(qint64 ms)
    {
        m_clock.advanceMs(ms);
        m_window->tick();
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    FakeClock m_clock;
    std::unique_ptr<SessionWindow> m_window;
};

} // namespace

TEST_F(SessionWindowTest, WaitsForStartThenCountsDownTheGetReady)
{
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Ready when you are"));
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Idle);
    key(Qt::Key_Space);
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Running);
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Get ready"));
    EXPECT_EQ(ring(), QStringLiteral("5"));
    EXPECT_TRUE(text("nextUpLabel").contains(QStringLiteral("Scapular Retractions")));
    advance(1200);
    EXPECT_EQ(ring(), QStringLiteral("4")); // 3.8 s left shows as 4
    advance(3800);
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Hold"));
    EXPECT_EQ(text("detailLabel"), QStringLiteral("Rep 1 of 10"));
    EXPECT_EQ(ring(), QStringLiteral("3")); // gentle: squeeze 3 s
}

TEST_F(SessionWindowTest, CuesAreEmittedAsTheyFallDue)
{
    QSignalSpy cues(m_window.get(), &SessionWindow::cueDue);
    m_window->start();
    advance(5000);
    ASSERT_GE(cues.count(), 2);
    const Cue first = cues.first().first().value<Cue>();
    EXPECT_TRUE(first.text.contains(QStringLiteral("Scapular Retractions"))) << first.text.toStdString();
}

TEST_F(SessionWindowTest, SpacePausesAndResumesThroughACountdown)
{
    m_window->start();
    advance(2000);
    key(Qt::Key_Space);
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Paused"));
    advance(60000); // a long pause moves nothing
    EXPECT_EQ(ring(), QStringLiteral("3"));
    key(Qt::Key_Space);
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Countdown);
    EXPECT_EQ(ring(), QStringLiteral("3"));
    advance(3000);
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Running);
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Get ready"));
    EXPECT_EQ(ring(), QStringLiteral("3"));
}

TEST_F(SessionWindowTest, KeysStepSkipExtendAndGoBack)
{
    m_window->start();
    advance(5000); // first squeeze
    key(Qt::Key_Right);
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Release"));
    key(Qt::Key_S);
    EXPECT_TRUE(text("exerciseLabel").startsWith(QStringLiteral("Corner Stretch")))
        << text("exerciseLabel").toStdString();
    advance(10000 + 1000); // rest between, then one second into the first hold (gentle: 20 s)
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Hold"));
    EXPECT_EQ(ring(), QStringLiteral("19"));
    key(Qt::Key_Plus);
    EXPECT_EQ(ring(), QStringLiteral("29"));
    // Back one step: from the first hold, the exercise's lead-in; pressed again at once, the
    // exercise before.
    key(Qt::Key_Left);
    EXPECT_TRUE(text("exerciseLabel").startsWith(QStringLiteral("Corner Stretch")))
        << text("exerciseLabel").toStdString();
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Rest"));
    key(Qt::Key_Left);
    EXPECT_TRUE(text("exerciseLabel").startsWith(QStringLiteral("Scapular Retractions")))
        << text("exerciseLabel").toStdString();
}

TEST_F(SessionWindowTest, LeftGoesBackAStepAndShiftLeftToTheStartOfTheExercise)
{
    m_window->start();
    advance(5000 + 5 * 5000 + 1000); // a second into the sixth squeeze (gentle: 3 s, release 2 s)
    EXPECT_EQ(text("detailLabel"), QStringLiteral("Rep 6 of 10"));
    key(Qt::Key_Left);
    EXPECT_EQ(text("detailLabel"), QStringLiteral("Rep 5 of 10"));
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Hold"));
    advance(3000); // into the release: too late to count as pressing again
    key(Qt::Key_Left);
    EXPECT_EQ(text("detailLabel"), QStringLiteral("Rep 5 of 10"));
    key(Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Get ready"));
    EXPECT_EQ(ring(), QStringLiteral("5"));

    const QString help = m_window->findChild<QPushButton *>(QStringLiteral("backButton"))->toolTip();
    EXPECT_TRUE(help.contains(QStringLiteral("Back one step"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("Shift+Left"))) << help.toStdString();
}

// The figure and the ring keep their place and size while the words around them change: the
// state line, the detail, a "Next up" line or none, the Rep Done button.
TEST_F(SessionWindowTest, NothingMovesWhenTheWordsChange)
{
    auto *figure = m_window->findChild<QWidget *>(QStringLiteral("sessionFigure"));
    auto *ringWidget = m_window->findChild<QWidget *>(QStringLiteral("countdownRing"));
    auto *skip = m_window->findChild<QPushButton *>(QStringLiteral("skipButton"));
    ASSERT_NE(figure, nullptr);
    ASSERT_NE(ringWidget, nullptr);
    QApplication::processEvents();
    const QRect figureAt = figure->geometry();
    const QRect ringAt = ringWidget->geometry();
    const QRect skipAt = skip->geometry();
    QSet<QString> actions;
    bool sawNextUp = false;
    bool sawNoNextUp = false;
    const auto expectStill = [&](const char *when) {
        QApplication::processEvents(); // the layout settles on posted events
        actions.insert(text("actionLabel"));
        (text("nextUpLabel").isEmpty() ? sawNoNextUp : sawNextUp) = true;
        EXPECT_EQ(figure->geometry(), figureAt) << when;
        EXPECT_EQ(ringWidget->geometry(), ringAt) << when;
        EXPECT_EQ(skip->geometry(), skipAt) << when;
    };
    expectStill("ready when you are");
    key(Qt::Key_Space);
    expectStill("get ready");
    advance(5500);
    expectStill("the first squeeze");
    key(Qt::Key_Space);
    advance(1000);
    expectStill("paused");
    key(Qt::Key_Space);
    expectStill("get back in position");
    advance(3000);
    key(Qt::Key_S);
    expectStill("the rest before the next exercise");
    advance(20000);
    expectStill("the next exercise");
    EXPECT_GE(actions.size(), 5) << "the words did change";
    EXPECT_TRUE(sawNextUp && sawNoNextUp);
}

TEST_F(SessionWindowTest, MutingShowsAMarkInTheWindowAndInFullScreen)
{
    Limber::Test::RecordingCueOutput output;
    m_window->setCueOutput(&output);
    auto *muted = m_window->findChild<QLabel *>(QStringLiteral("mutedIndicator"));
    ASSERT_NE(muted, nullptr);
    EXPECT_FALSE(muted->isVisible());
    m_window->start();
    key(Qt::Key_M);
    EXPECT_TRUE(output.settings().muted);
    EXPECT_TRUE(muted->isVisible());
    EXPECT_EQ(muted->text(), QStringLiteral("Muted"));
    key(Qt::Key_F);
    ASSERT_TRUE(m_window->isRoomMode());
    EXPECT_TRUE(muted->isVisible());
    key(Qt::Key_M);
    EXPECT_FALSE(muted->isVisible());
    key(Qt::Key_M);
    EXPECT_TRUE(muted->isVisible());
    key(Qt::Key_Escape);
    EXPECT_FALSE(m_window->isRoomMode());
    EXPECT_TRUE(muted->isVisible());
    m_window->setCueOutput(nullptr);
    EXPECT_FALSE(muted->isVisible());
}

TEST_F(SessionWindowTest, EscapeStopsAndShowsTheSummary)
{
    m_window->start();
    advance(5000);
    key(Qt::Key_S);
    advance(2000);
    key(Qt::Key_Escape); // under 30 s of activity: no question asked
    ASSERT_TRUE(m_window->isShowingSummary());
    EXPECT_EQ(text("summaryTitle"), QStringLiteral("Stopped after 7 seconds"));
    EXPECT_EQ(text("summaryOutcome"), QStringLiteral("You did part of 1 of 4 exercises. Every bit counts."));
    EXPECT_EQ(text("summaryTime"), QStringLiteral("Time spent: 7 s"));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("summaryTable"));
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Partly done"));
    EXPECT_EQ(table->item(3, 1)->text(), QStringLiteral("Skipped"));
    EXPECT_TRUE(table->item(0, 0)->text().startsWith(QStringLiteral("◐"))) << table->item(0, 0)->text().toStdString();
    EXPECT_TRUE(table->item(0, 0)->text().endsWith(QStringLiteral("Scapular Retractions")));
    EXPECT_TRUE(text("summaryClosing").contains(QStringLiteral("healthcare professional")));
}

TEST_F(SessionWindowTest, StoppingWellIntoASessionAsksFirst)
{
    m_window->start();
    advance(40000);
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::No)->click();
    });
    key(Qt::Key_Escape);
    EXPECT_FALSE(m_window->isShowingSummary());
    // Paused while asking, so answering "No" resumes through the 3-2-1.
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Countdown);

    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    key(Qt::Key_Escape);
    EXPECT_TRUE(m_window->isShowingSummary());
}

TEST_F(SessionWindowTest, PlayingToTheEndSaysWellDone)
{
    m_window->start();
    advance(m_window->engine().totalMs() + 1000);
    ASSERT_TRUE(m_window->isShowingSummary());
    EXPECT_EQ(text("summaryTitle"), QStringLiteral("Well done!"));
    EXPECT_EQ(text("summaryOutcome"), QStringLiteral("You did every exercise of Desk break, from start to end."));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("summaryTable"));
    ASSERT_EQ(table->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(table->item(row, 1)->text(), QStringLiteral("Completed"));
        EXPECT_TRUE(table->item(row, 0)->text().startsWith(QStringLiteral("✓")));
    }
}

TEST_F(SessionWindowTest, FullScreenModeHidesTheControls)
{
    key(Qt::Key_F);
    EXPECT_TRUE(m_window->isRoomMode());
    EXPECT_FALSE(m_window->findChild<QPushButton *>(QStringLiteral("stopButton"))->isVisible());
    key(Qt::Key_Escape); // leaves full screen first
    EXPECT_FALSE(m_window->isRoomMode());
    EXPECT_TRUE(m_window->findChild<QPushButton *>(QStringLiteral("stopButton"))->isVisible());
}

TEST_F(SessionWindowTest, TheStepsPanelSaysThisSessionsNumbers)
{
    // Gentle desk break: squeeze 3 s, 10 times; the corner stretch held 20 s, 3 times.
    auto *steps = m_window->findChild<QPushButton *>(QStringLiteral("stepsButton"));
    ASSERT_NE(steps, nullptr);
    steps->click();
    m_window->start();
    advance(5000);
    EXPECT_TRUE(text("stepsLabel").contains(QStringLiteral("hold the squeeze for 3 seconds.")))
        << text("stepsLabel").toStdString();
    EXPECT_TRUE(text("stepsLabel").contains(QStringLiteral("Repeat 10 times."))) << text("stepsLabel").toStdString();
    EXPECT_TRUE(text("stepsLabel").contains(QStringLiteral("Limber's advice: stop and get advice")));
    EXPECT_FALSE(text("stepsLabel").contains(QRegularExpression(QStringLiteral("\\d+ to \\d+"))))
        << text("stepsLabel").toStdString();
    key(Qt::Key_S);
    EXPECT_TRUE(text("stepsLabel").contains(QStringLiteral("Hold for 20 seconds, then step back. Do it 3 times.")))
        << text("stepsLabel").toStdString();
}

TEST_F(SessionWindowTest, BeforeYouStartHoldsTheSessionUntilThePersonGoesOn)
{
    QSignalSpy read(m_window.get(), &SessionWindow::beforeYouStartRead);
    m_window->showBeforeYouStart();
    ASSERT_TRUE(m_window->isShowingBeforeYouStart());
    for (Qt::Key key : {Qt::Key_Space, Qt::Key_Right, Qt::Key_S})
        QTest::keyClick(m_window.get(), key);
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Idle);
    EXPECT_EQ(read.count(), 0);
    m_window->findChild<QPushButton *>(QStringLiteral("beforeYouStartContinue"))->click();
    EXPECT_EQ(read.count(), 1);
    EXPECT_FALSE(m_window->isShowingBeforeYouStart());
    EXPECT_EQ(text("actionLabel"), QStringLiteral("Ready when you are"));
    key(Qt::Key_Space);
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Running);
}

TEST_F(SessionWindowTest, EscapeOnBeforeYouStartClosesWithoutStarting)
{
    m_window->showBeforeYouStart();
    key(Qt::Key_Escape);
    EXPECT_FALSE(m_window->isVisible());
    EXPECT_EQ(m_window->engine().state(), SessionEngine::State::Idle);
}
