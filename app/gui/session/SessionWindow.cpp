#include "SessionWindow.h"

#include "CountdownRing.h"
#include "cues/CueOutput.h"
#include "gui/widgets/FigureView.h"
#include "model/Catalog.h"
#include "model/DoseText.h"
#include "platform/ScreenSaverInhibitor.h"
#include "session/Clock.h"
#include "session/SessionFrame.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Limber {

namespace {

// Stopping after this much activity asks first: a stray Esc should not end a good session.
constexpr qint64 confirmStopAfterMs = 30 * 1000;
constexpr int displayIntervalMs = 100;

QString minutesAndSeconds(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QPushButton *controlButton(const QString &text, const QString &objectName, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::NoFocus); // keys belong to the session, not to a button
    button->setMinimumHeight(40);
    return button;
}

} // namespace

SessionWindow::SessionWindow(const Catalog &catalog, Timeline timeline, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_catalog(catalog)
    , m_clock(clock)
    , m_display(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_pages(new QStackedWidget)
    , m_routineLabel(new QLabel)
    , m_progressLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_exerciseLabel(new QLabel)
    , m_figure(new FigureView)
    , m_ring(new CountdownRing)
    , m_action(new QLabel)
    , m_detail(new QLabel)
    , m_nextUp(new QLabel)
    , m_steps(new QLabel)
    , m_controls(new QWidget)
    , m_startPause(controlButton(tr("Start"), QStringLiteral("startPauseButton"), tr("Start, pause or resume (Space)")))
    , m_back(controlButton(tr("◀ Back"), QStringLiteral("backButton"), tr("Back to the previous exercise (Left or P)")))
    , m_next(controlButton(tr("Next ▶"), QStringLiteral("nextButton"), tr("Skip to the next step (Right or N)")))
    , m_extend(controlButton(tr("+10 s"), QStringLiteral("extendButton"), tr("Ten more seconds of this (+)")))
    , m_skip(controlButton(tr("Skip Exercise"), QStringLiteral("skipButton"), tr("Go to the next exercise (S)")))
    , m_repDone(controlButton(tr("Rep Done"), QStringLiteral("repDoneButton"), tr("Count one rep (Enter)")))
    , m_showSteps(controlButton(tr("Steps"), QStringLiteral("stepsButton"), tr("Show how to do this exercise")))
    , m_mute(controlButton(tr("Mute"), QStringLiteral("muteButton"), tr("Sound on or off (M)")))
    , m_roomButton(
          controlButton(tr("Full Screen"), QStringLiteral("roomButton"), tr("Across the room: big countdown (F)")))
    , m_stop(controlButton(tr("Stop"), QStringLiteral("stopButton"), tr("End the session (Esc)")))
    , m_summaryTitle(new QLabel)
    , m_summaryTotals(new QLabel)
    , m_summaryTable(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("sessionWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("%1 – Limber").arg(timeline.routineName));
    m_engine = std::make_unique<SessionEngine>(clock, std::move(timeline));

    m_routineLabel->setText(m_engine->timeline().routineName);
    m_routineLabel->setObjectName(QStringLiteral("routineLabel"));
    m_progress->setObjectName(QStringLiteral("routineProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressLabel->setObjectName(QStringLiteral("timeLeftLabel"));
    m_exerciseLabel->setObjectName(QStringLiteral("exerciseLabel"));
    m_action->setObjectName(QStringLiteral("actionLabel"));
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_nextUp->setObjectName(QStringLiteral("nextUpLabel"));
    m_steps->setObjectName(QStringLiteral("stepsLabel"));
    m_ring->setObjectName(QStringLiteral("countdownRing"));
    m_figure->setObjectName(QStringLiteral("sessionFigure"));
    m_figure->setMaximumHeight(QWIDGETSIZE_MAX);
    for (QLabel *label : {m_action, m_detail, m_nextUp, m_exerciseLabel})
        label->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_nextUp, m_steps, m_exerciseLabel})
        label->setWordWrap(true);
    m_steps->setVisible(false);
    m_repDone->setVisible(false);
    m_showSteps->setCheckable(true);
    m_action->setAccessibleName(tr("What to do now"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_routineLabel);
    top->addWidget(m_progress, 1);
    top->addWidget(m_progressLabel);

    auto *side = new QVBoxLayout;
    side->addWidget(m_ring, 3);
    side->addWidget(m_action);
    side->addWidget(m_detail);
    side->addWidget(m_nextUp);
    side->addStretch(1);

    auto *middle = new QHBoxLayout;
    auto *figureColumn = new QVBoxLayout;
    figureColumn->addWidget(m_exerciseLabel);
    figureColumn->addWidget(m_figure, 1);
    figureColumn->addWidget(m_steps);
    middle->addLayout(figureColumn, 3);
    middle->addLayout(side, 2);

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_back, m_startPause, m_next, m_extend, m_repDone, m_skip})
        controls->addWidget(button);
    controls->addStretch(1);
    for (QPushButton *button : {m_showSteps, m_mute, m_roomButton, m_stop})
        controls->addWidget(button);

    auto *sessionPage = new QWidget;
    auto *sessionLayout = new QVBoxLayout(sessionPage);
    sessionLayout->addLayout(top);
    sessionLayout->addLayout(middle, 1);
    sessionLayout->addWidget(m_controls);

    auto *summaryPage = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    m_summaryTitle->setObjectName(QStringLiteral("summaryTitle"));
    m_summaryTotals->setObjectName(QStringLiteral("summaryTotals"));
    m_summaryTotals->setWordWrap(true);
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_summaryTable->setHorizontalHeaderLabels({tr("Exercise"), tr("How it went")});
    m_summaryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *again = new QPushButton(tr("Do It &Again"));
    again->setObjectName(QStringLiteral("againButton"));
    auto *close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    auto *summaryButtons = new QHBoxLayout;
    summaryButtons->addStretch(1);
    summaryButtons->addWidget(again);
    summaryButtons->addWidget(close);
    summaryLayout->addWidget(m_summaryTitle);
    summaryLayout->addWidget(m_summaryTotals);
    summaryLayout->addWidget(m_summaryTable, 1);
    summaryLayout->addLayout(summaryButtons);

    m_pages->addWidget(sessionPage);
    m_pages->addWidget(summaryPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_startPause, &QPushButton::clicked, this, &SessionWindow::togglePause);
    connect(m_back, &QPushButton::clicked, this, &SessionWindow::back);
    connect(m_next, &QPushButton::clicked, this, &SessionWindow::nextStep);
    connect(m_extend, &QPushButton::clicked, this, &SessionWindow::extend);
    connect(m_skip, &QPushButton::clicked, this, &SessionWindow::skipExercise);
    connect(m_repDone, &QPushButton::clicked, this, [this] {
        m_engine->markRep();
        tick();
    });
    connect(m_showSteps, &QPushButton::toggled, this, [this](bool on) {
        m_steps->setVisible(on);
        refresh();
    });
    connect(m_roomButton, &QPushButton::clicked, this, &SessionWindow::toggleRoomMode);
    connect(m_mute, &QPushButton::clicked, this, &SessionWindow::toggleMute);
    connect(m_stop, &QPushButton::clicked, this, &SessionWindow::requestStop);
    connect(again, &QPushButton::clicked, this, &SessionWindow::againRequested);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

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
    connect(m_engine.get(), &SessionEngine::finished, this, &SessionWindow::showSummary);

    // The display timer only redraws; the time itself comes from the clock. A second,
    // single-shot timer wakes up exactly when the next cue or step is due.
    m_display->setTimerType(Qt::PreciseTimer);
    m_display->setInterval(displayIntervalMs);
    connect(m_display, &QTimer::timeout, this, &SessionWindow::tick);
    m_deadline->setTimerType(Qt::PreciseTimer);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &SessionWindow::tick);

    setFocusPolicy(Qt::StrongFocus);
    resize(1100, 720);
    refresh();
}

SessionWindow::~SessionWindow() = default;

void SessionWindow::setCueOutput(CueOutput *output)
{
    m_output = output;
    refresh();
}

void SessionWindow::toggleMute()
{
    if (!m_output)
        return;
    CueSettings settings = m_output->settings();
    settings.muted = !settings.muted;
    m_output->setSettings(settings);
    if (settings.muted)
        m_output->stopAll();
    refresh();
    Q_EMIT cueSettingsChanged(settings);
}

bool SessionWindow::isShowingSummary() const
{
    return m_pages->currentIndex() == 1;
}

void SessionWindow::start()
{
    if (m_engine->state() != SessionEngine::State::Idle)
        return;
    m_engine->start();
    m_display->start();
    tick();
}

void SessionWindow::togglePause()
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

void SessionWindow::nextStep()
{
    if (!m_engine->isActive())
        return;
    if (m_engine->isWaitingForUser())
        m_engine->markSetDone();
    else
        m_engine->skipStep();
    tick();
}

void SessionWindow::back()
{
    if (!m_engine->isActive())
        return;
    m_engine->previousExercise();
    tick();
}

void SessionWindow::extend()
{
    if (m_engine->extend())
        tick();
}

void SessionWindow::skipExercise()
{
    if (!m_engine->isActive())
        return;
    m_engine->skipExercise();
    tick();
}

void SessionWindow::toggleRoomMode()
{
    m_roomMode = !m_roomMode;
    if (m_roomMode)
        showFullScreen();
    else
        showNormal();
    m_controls->setVisible(!m_roomMode);
    m_roomButton->setText(m_roomMode ? tr("Leave Full Screen") : tr("Full Screen"));
    scaleFonts();
}

void SessionWindow::requestStop()
{
    if (isShowingSummary()) {
        close();
        return;
    }
    if (m_engine->state() == SessionEngine::State::Idle) {
        close();
        return;
    }
    m_engine->update();
    if (m_engine->activeMs() >= confirmStopAfterMs) {
        const bool wasRunning = m_engine->state() == SessionEngine::State::Running;
        if (wasRunning)
            m_engine->pause();
        const auto answer = QMessageBox::question(
            this, tr("Stop the session?"),
            tr("You are %1 into this session. Stop now?").arg(DoseText::duration(int(m_engine->activeMs() / 1000))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            if (wasRunning)
                m_engine->resume();
            tick();
            return;
        }
    }
    m_engine->stop();
    tick();
}

void SessionWindow::tick()
{
    m_engine->update();
    refresh();
    armDeadline();
}

void SessionWindow::armDeadline()
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

void SessionWindow::refresh()
{
    const SessionFrame frame = SessionFrame::at(*m_engine, m_catalog);
    using State = SessionEngine::State;
    if (m_inhibitor) {
        if (frame.state == State::Running || frame.state == State::Countdown)
            m_inhibitor->inhibit(tr("A guided session is running"));
        else
            m_inhibitor->release();
    }

    m_progress->setValue(int(frame.routineProgress * 1000));
    m_progressLabel->setText(tr("%1 left").arg(minutesAndSeconds(frame.routineRemainingMs)));
    m_exerciseLabel->setText(
        frame.exerciseCount > 0
            ? tr("%1 · %2 of %3").arg(frame.exerciseName).arg(frame.exerciseNumber).arg(frame.exerciseCount)
            : QString());

    // The figure moves with the step: into a hold, with each breath, through each rep.
    if (m_figure->exercise() != frame.exerciseId)
        m_figure->setExercise(frame.exerciseId);
    m_figure->setSide(frame.side == Side::Left        ? FigureSide::Left
                          : frame.side == Side::Right ? FigureSide::Right
                                                      : FigureSide::None);
    m_figure->setPhaseProgress(frame.fromPosition, frame.toPosition, frame.motion);

    QString ringText = QString::number(frame.secondsShown);
    QString action = frame.action;
    switch (frame.state) {
    case State::Idle:
        action = tr("Ready when you are");
        ringText = minutesAndSeconds(m_engine->totalMs());
        break;
    case State::Paused:
        action = tr("Paused");
        break;
    case State::Countdown:
        action = tr("Get back in position");
        ringText = QString::number(frame.countdownSecondsLeft);
        break;
    case State::Finished:
    case State::Stopped:
        action = tr("Done");
        ringText = QStringLiteral("✓");
        break;
    case State::Running:
        if (frame.waitingForUser)
            action = tr("Your pace: press Enter for each rep");
        break;
    }
    m_ring->setState(frame.state == State::Idle ? 0.0 : frame.stepProgress, ringText);
    m_action->setText(action);
    m_detail->setText(frame.detail);
    m_nextUp->setText(frame.nextUp);

    m_startPause->setText(frame.state == State::Idle          ? tr("Start")
                              : frame.state == State::Running ? tr("Pause")
                                                              : tr("Resume"));
    const bool active = m_engine->isActive();
    for (QPushButton *button : {m_back, m_next, m_skip})
        button->setEnabled(active);
    const Step *step = m_engine->currentStep();
    m_extend->setEnabled(active && step && isExtendable(step->kind));
    m_repDone->setVisible(step && step->kind == StepKind::SelfPacedReps);
    m_mute->setEnabled(m_output != nullptr);
    m_mute->setText(m_output && m_output->settings().muted ? tr("Unmute") : tr("Mute"));

    if (m_steps->isVisible() && m_stepsShownFor != frame.exerciseId) {
        m_stepsShownFor = frame.exerciseId;
        m_steps->setText(stepsText(frame.exerciseId));
    }
}

QString SessionWindow::stepsText(const QString &exerciseId) const
{
    const Exercise *exercise = m_catalog.find(exerciseId);
    if (!exercise)
        return {};
    QString html = QStringLiteral("<ol>");
    for (const QString &step : exercise->steps)
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    return html + QStringLiteral("</ol><p><i>%1</i></p>").arg(exercise->safety.toHtmlEscaped());
}

void SessionWindow::showSummary()
{
    m_display->stop();
    m_deadline->stop();
    const SessionSummary summary = m_engine->summary();
    m_summaryTitle->setText(summary.reachedEnd ? tr("<h2>Well done!</h2>") : tr("<h2>Session stopped</h2>"));
    m_summaryTotals->setText(
        tr("%1 of %2 exercises completed, %3 partly done, %4 skipped. Active %5, paused %6.")
            .arg(summary.count(ExerciseStatus::Completed))
            .arg(summary.exercises.size())
            .arg(summary.count(ExerciseStatus::PartlyDone))
            .arg(summary.count(ExerciseStatus::Skipped))
            .arg(DoseText::duration(int(summary.activeMs / 1000)), DoseText::duration(int(summary.pausedMs / 1000)))
        + QStringLiteral("<br>")
        + tr("A few minutes every day is what helps most. If your pain persists or gets worse, see a healthcare "
             "professional."));
    m_summaryTable->setRowCount(0);
    for (const ExerciseOutcome &outcome : summary.exercises) {
        const int row = m_summaryTable->rowCount();
        m_summaryTable->insertRow(row);
        m_summaryTable->setItem(row, 0, new QTableWidgetItem(outcome.name));
        const QString status = outcome.status == ExerciseStatus::Completed ? tr("Completed")
            : outcome.status == ExerciseStatus::PartlyDone                 ? tr("Partly done")
                                                                           : tr("Skipped");
        m_summaryTable->setItem(row, 1, new QTableWidgetItem(status));
    }
    if (m_roomMode)
        toggleRoomMode();
    m_pages->setCurrentIndex(1);
    Q_EMIT finished(summary);
}

void SessionWindow::keyPressEvent(QKeyEvent *event)
{
    if (isShowingSummary()) {
        if (event->key() == Qt::Key_Escape)
            close();
        else
            QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        togglePause();
        break;
    case Qt::Key_Right:
    case Qt::Key_N:
        nextStep();
        break;
    case Qt::Key_Left:
    case Qt::Key_P:
        back();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        extend();
        break;
    case Qt::Key_S:
        skipExercise();
        break;
    case Qt::Key_F:
        toggleRoomMode();
        break;
    case Qt::Key_M:
        toggleMute();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_repDone->isVisible())
            m_repDone->click();
        break;
    case Qt::Key_Escape:
        if (m_roomMode)
            toggleRoomMode();
        else
            requestStop();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SessionWindow::closeEvent(QCloseEvent *event)
{
    if (m_engine->isActive())
        m_engine->stop();
    if (m_inhibitor)
        m_inhibitor->release();
    if (m_output)
        m_output->stopAll();
    m_display->stop();
    m_deadline->stop();
    event->accept();
}

void SessionWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void SessionWindow::scaleFonts()
{
    // Sized to the window, so the words stay readable from a step or two back.
    const int unit = std::max(10, std::min(width() / 40, height() / 22));
    QFont action = font();
    action.setBold(true);
    action.setPixelSize(m_roomMode ? unit * 3 : unit * 2);
    m_action->setFont(action);
    QFont detail = font();
    detail.setPixelSize(m_roomMode ? int(unit * 1.6) : int(unit * 1.1));
    m_detail->setFont(detail);
    m_exerciseLabel->setFont(detail);
    QFont small = font();
    small.setPixelSize(std::max(12, int(unit * 0.8)));
    m_nextUp->setFont(small);
}

} // namespace Limber
