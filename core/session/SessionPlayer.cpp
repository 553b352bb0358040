#include "SessionPlayer.h"

#include "Clock.h"
#include "SessionScreenWords.h"
#include "cues/CueOutput.h"
#include "platform/ScreenSaverInhibitor.h"

#include <QTimer>

#include <algorithm>

namespace Limber {

SessionPlayer::SessionPlayer(const Catalog &catalog, Timeline timeline, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_engine(std::make_unique<SessionEngine>(clock, std::move(timeline)))
    , m_display(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    connect(m_engine.get(), &SessionEngine::cueDue, this, [this](const Cue &cue, int, qint64) {
        if (m_output)
            m_output->play(cue);
        Q_EMIT cueDue(cue);
    });
    // A pause silences what is still sounding.
    connect(m_engine.get(), &SessionEngine::paused, this, [this] {
        if (m_output)
            m_output->stopAll();
    });
    connect(m_engine.get(), &SessionEngine::finished, this, &SessionPlayer::onFinished);

    // The display timer only wakes the player; the time itself comes from the clock. The
    // single-shot one wakes it exactly when the next cue or step is due.
    m_display->setObjectName(QStringLiteral("displayTimer"));
    m_display->setTimerType(Qt::PreciseTimer);
    m_display->setInterval(displayIntervalMs);
    connect(m_display, &QTimer::timeout, this, &SessionPlayer::tick);
    m_deadline->setObjectName(QStringLiteral("deadlineTimer"));
    m_deadline->setTimerType(Qt::PreciseTimer);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &SessionPlayer::tick);

    m_frame = SessionFrame::at(*m_engine, m_catalog);
}

SessionPlayer::~SessionPlayer()
{
    if (m_holding && m_inhibitor)
        m_inhibitor->release();
}

bool SessionPlayer::isMuted() const
{
    return m_output && m_output->settings().muted;
}

void SessionPlayer::toggleMute()
{
    if (!m_output)
        return;
    CueSettings settings = m_output->settings();
    settings.muted = !settings.muted;
    m_output->setSettings(settings);
    if (settings.muted)
        m_output->stopAll();
    Q_EMIT cueSettingsChanged(settings);
}

void SessionPlayer::setScreenSaverInhibitor(ScreenSaverInhibitor *inhibitor)
{
    if (inhibitor == m_inhibitor)
        return;
    if (m_holding && m_inhibitor)
        m_inhibitor->release();
    m_inhibitor = inhibitor;
    if (m_holding && m_inhibitor)
        m_inhibitor->inhibit(SessionScreenWords::tr("A guided session is running"));
}

void SessionPlayer::start()
{
    if (m_engine->state() != SessionEngine::State::Idle)
        return;
    m_engine->start();
    m_display->start();
    tick();
}

void SessionPlayer::togglePause()
{
    switch (m_engine->state()) {
    case SessionEngine::State::Idle:
        start();
        return;
    case SessionEngine::State::Running:
        m_engine->pause();
        break;
    case SessionEngine::State::Paused:
        m_engine->resume();
        break;
    case SessionEngine::State::Countdown:
    case SessionEngine::State::Finished:
    case SessionEngine::State::Stopped:
        break;
    }
    tick();
}

bool SessionPlayer::pause()
{
    if (m_engine->state() != SessionEngine::State::Running)
        return false;
    m_engine->pause();
    tick();
    return true;
}

void SessionPlayer::resume()
{
    if (m_engine->state() != SessionEngine::State::Paused)
        return;
    m_engine->resume();
    tick();
}

void SessionPlayer::nextStep()
{
    if (!m_engine->isActive())
        return;
    if (m_engine->isWaitingForUser())
        m_engine->markSetDone();
    else
        m_engine->skipStep();
    tick();
}

void SessionPlayer::back()
{
    goBack(BackReach::Step);
}

void SessionPlayer::backToExerciseStart()
{
    goBack(BackReach::ExerciseStart);
}

void SessionPlayer::goBack(BackReach reach)
{
    if (!m_engine->isActive())
        return;
    const qint64 now = m_clock.now().count();
    if (m_wentBack && now - m_backAt <= backAgainWithinMs)
        reach = BackReach(std::max(int(reach), std::min(int(m_backReached) + 1, int(BackReach::PreviousExercise))));
    switch (reach) {
    case BackReach::Step:
        m_engine->previousStep();
        break;
    case BackReach::ExerciseStart:
        m_engine->restartExercise();
        break;
    case BackReach::PreviousExercise:
        m_engine->previousExercise();
        break;
    }
    // Landing on an exercise's lead-in is its start: the next press goes to the one before.
    const int exercise = m_engine->currentExerciseIndex();
    const bool atStart
        = exercise >= 0 && m_engine->currentStepIndex() == m_engine->timeline().exercises.at(exercise).firstStep;
    m_backReached = atStart ? BackReach::ExerciseStart : BackReach::Step;
    m_backAt = now;
    m_wentBack = true;
    tick();
}

void SessionPlayer::extend()
{
    if (m_engine->extend())
        tick();
}

void SessionPlayer::skipExercise()
{
    if (!m_engine->isActive())
        return;
    m_engine->skipExercise();
    tick();
}

void SessionPlayer::markRep()
{
    m_engine->markRep();
    tick();
}

bool SessionPlayer::asksBeforeStopping()
{
    m_engine->update();
    return m_engine->activeMs() >= confirmStopAfterMs;
}

void SessionPlayer::stop()
{
    m_engine->stop();
    tick();
}

void SessionPlayer::leave()
{
    if (m_engine->isActive())
        m_engine->stop();
    m_holding = false;
    if (m_inhibitor)
        m_inhibitor->release();
    if (m_output)
        m_output->stopAll();
    m_display->stop();
    m_deadline->stop();
}

void SessionPlayer::tick()
{
    m_engine->update();
    m_frame = SessionFrame::at(*m_engine, m_catalog);
    holdScreenSaver(m_frame.state == SessionEngine::State::Running || m_frame.state == SessionEngine::State::Countdown);
    Q_EMIT frameChanged(m_frame);
    armDeadline();
}

void SessionPlayer::onFinished()
{
    m_display->stop();
    m_deadline->stop();
    Q_EMIT finished(m_engine->summary());
}

void SessionPlayer::armDeadline()
{
    const qint64 due = m_engine->nextDueAtMs();
    if (due < 0) {
        m_deadline->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, due - m_clock.now().count());
    // The display timer runs anyway; the deadline only matters when it is sooner.
    if (wait < displayIntervalMs)
        m_deadline->start(int(wait));
}

void SessionPlayer::holdScreenSaver(bool moving)
{
    if (moving == m_holding)
        return;
    m_holding = moving;
    if (!m_inhibitor)
        return;
    if (moving)
        m_inhibitor->inhibit(SessionScreenWords::tr("A guided session is running"));
    else
        m_inhibitor->release();
}

} // namespace Limber
