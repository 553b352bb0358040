#pragma once

#include "cues/CueSettings.h"
#include "session/SessionPlayer.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Limber {

class Catalog;
class Clock;
class CountdownRing;
class CueOutput;
class FigureView;
class ScreenSaverInhibitor;

// The guided session: a big illustration, a countdown readable from across the room, what to
// do now in a word or two, and the controls (Space pause and resume, Right or N next step,
// Left or P back a step (again soon after: the start of the exercise, then the one before),
// Shift+Left the start of the exercise, + extend, S skip exercise, M mute, F full screen, Esc
// stop). A summary closes it. Its SessionPlayer plays the session and decides what each key
// does; the window draws the frames the player emits.
class SessionWindow final : public QWidget
{
    Q_OBJECT

public:
    SessionWindow(const Catalog &catalog, Timeline timeline, const Clock &clock, QWidget *parent = nullptr);
    ~SessionWindow() override;

    [[nodiscard]] SessionPlayer &player() { return *m_player; }
    [[nodiscard]] const SessionEngine &engine() const { return m_player->engine(); }
    [[nodiscard]] bool isShowingSummary() const;
    // "Before you start" in place of the session until the person goes on (their first session).
    void showBeforeYouStart();
    [[nodiscard]] bool isShowingBeforeYouStart() const;
    [[nodiscard]] bool isRoomMode() const { return m_roomMode; }
    // Where cues sound (tones and voice). Not owned; without one the session is silent.
    void setCueOutput(CueOutput *output);
    // M: mute or unmute. The new settings are announced so their owner can keep them.
    void toggleMute();

    // Held while the session moves, released when it pauses or ends. Not owned.
    void setScreenSaverInhibitor(ScreenSaverInhibitor *inhibitor) { m_player->setScreenSaverInhibitor(inhibitor); }

    void start();
    void togglePause();
    void nextStep();
    void back();
    void backToExerciseStart();
    void extend();
    void skipExercise();
    void toggleRoomMode();
    // Stops the session (asking first when it is well under way) and shows the summary.
    void requestStop();
    // Catches up with the clock and redraws: the player's timers do it by themselves.
    void tick() { m_player->tick(); }

Q_SIGNALS:
    // Every cue as it falls due, for sound and voice.
    void cueDue(const Limber::Cue &cue);
    void finished(const Limber::SessionSummary &summary);
    void againRequested();
    // The person read "Before you start" and went on to the session.
    void beforeYouStartRead();
    void cueSettingsChanged(const Limber::CueSettings &settings);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void draw(const SessionFrame &frame);
    void drawSound();
    void showSummary(const SessionSummary &summary);
    void scaleFonts();
    [[nodiscard]] int headingLines(const QFont &font) const;
    [[nodiscard]] QString stepsText(int exerciseNumber) const;

    const Catalog &m_catalog;
    std::unique_ptr<SessionPlayer> m_player;
    bool m_roomMode = false;
    int m_stepsShownFor = 0; // the exercise (1-based) whose steps are shown

    QStackedWidget *m_pages;
    QLabel *m_routineLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_exerciseLabel;
    FigureView *m_figure;
    CountdownRing *m_ring;
    QLabel *m_action;
    QLabel *m_detail;
    QLabel *m_nextUp;
    QLabel *m_steps;
    QWidget *m_controls;
    QPushButton *m_startPause;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_extend;
    QPushButton *m_skip;
    QPushButton *m_repDone;
    QPushButton *m_showSteps;
    QPushButton *m_mute;
    QPushButton *m_roomButton;
    QPushButton *m_stop;
    QLabel *m_muted; // shown while the sound is off, in full screen too

    QLabel *m_summaryTitle;
    QLabel *m_summaryOutcome;
    QLabel *m_summaryTime;
    QTableWidget *m_summaryTable;
    QLabel *m_summaryClosing;
};

} // namespace Limber
