#pragma once

#include "SessionEngine.h"
#include "SessionFrame.h"
#include "cues/CueSettings.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Limber {

class Catalog;
class Clock;
class CueOutput;
class ScreenSaverInhibitor;

// Plays a guided session for a screen: owns the engine and its two timers, sounds the cues,
// holds the screen saver off while the session moves, and says what to draw (frameChanged) and,
// at the end, what happened (finished). The screen only draws and turns keys into calls here.
//
// The time comes from the clock; the timers only wake the player up: a 10 Hz display timer while
// the session plays, and a single-shot timer for the engine's next due moment when that is
// sooner, so a cue sounds on time. Each calls tick(), which tests call themselves.
class SessionPlayer final : public QObject
{
    Q_OBJECT

public:
    // How often the display timer wakes up while the session plays.
    static constexpr int displayIntervalMs = 100;
    // Back pressed again within this long (on the clock) goes further back.
    static constexpr qint64 backAgainWithinMs = 2000;
    // Stopping after this much activity asks first: a stray Esc should not end a good session.
    static constexpr qint64 confirmStopAfterMs = 30 * 1000;

    SessionPlayer(const Catalog &catalog, Timeline timeline, const Clock &clock, QObject *parent = nullptr);
    ~SessionPlayer() override;

    [[nodiscard]] const SessionEngine &engine() const { return *m_engine; }
    [[nodiscard]] SessionEngine::State state() const { return m_engine->state(); }
    // What the screen shows now, as of the last tick (or the start, before the first).
    [[nodiscard]] const SessionFrame &frame() const { return m_frame; }

    // Where cues sound (tones and voice). Not owned; without one the session is silent.
    void setCueOutput(CueOutput *output) { m_output = output; }
    [[nodiscard]] CueOutput *cueOutput() const { return m_output; }
    [[nodiscard]] bool isMuted() const;
    // Mutes or unmutes the output (muting silences what is sounding); see cueSettingsChanged.
    void toggleMute();

    // Held while the session moves (running or counting down to resume), released when it
    // pauses, ends, is left or the player goes. Not owned: it must outlive the player.
    void setScreenSaverInhibitor(ScreenSaverInhibitor *inhibitor);

    void start(); // only from idle
    // Idle: start; running: pause; paused: resume through the 3-2-1.
    void togglePause();
    // Pauses a running session; false when it was not running.
    bool pause();
    void resume();
    // The next step, or, where the person sets the pace, the set done.
    void nextStep();
    // Back one step (from hold 2, hold 1: see SessionEngine::previousStep); pressed again soon
    // after (backAgainWithinMs), the start of the exercise; again, the previous exercise, and
    // so on. Going back never throws away more than the person asked for.
    void back();
    // The start of the exercise at once; pressed again soon after, the previous exercise.
    void backToExerciseStart();
    void extend(); // ten more seconds of a hold, block or rest
    void skipExercise();
    void markRep(); // self-paced reps: one more
    // Whether stopping now should be confirmed: the session has been moving a while.
    [[nodiscard]] bool asksBeforeStopping();
    [[nodiscard]] qint64 activeMs() const { return m_engine->activeMs(); }
    // Ends the session early; finished() follows.
    void stop();
    // The screen goes away: an active session stops (finished() follows), the screen saver is
    // released, sound stops and the timers with it.
    void leave();

    // Catches up with the clock, says what to draw and arms the timers: the timers call it.
    void tick();

Q_SIGNALS:
    // What the screen shows now, after each tick.
    void frameChanged(const Limber::SessionFrame &frame);
    // Every cue as it falls due (it has been given to the cue output already).
    void cueDue(const Limber::Cue &cue);
    // The session reached its end or was stopped: what it amounted to.
    void finished(const Limber::SessionSummary &summary);
    // The cue settings changed here (mute); their owner keeps them.
    void cueSettingsChanged(const Limber::CueSettings &settings);

private:
    // How far back a press goes.
    enum class BackReach { Step = 1, ExerciseStart = 2, PreviousExercise = 3 };

    void goBack(BackReach reach);
    void onFinished();
    void armDeadline();
    void holdScreenSaver(bool moving);

    const Catalog &m_catalog;
    const Clock &m_clock;
    std::unique_ptr<SessionEngine> m_engine;
    QTimer *m_display;
    QTimer *m_deadline;
    SessionFrame m_frame;
    CueOutput *m_output = nullptr;
    ScreenSaverInhibitor *m_inhibitor = nullptr;
    bool m_holding = false; // the screen saver is held off
    // Where the last Back left the session and when (clock ms), so a press soon after goes on.
    BackReach m_backReached = BackReach::Step;
    qint64 m_backAt = 0;
    bool m_wentBack = false;
};

} // namespace Limber
