#include "SessionWindow.h"

#include "BeforeYouStartPage.h"
#include "CountdownRing.h"
#include "gui/widgets/FigureView.h"
#include "model/Catalog.h"
#include "model/DoseText.h"
#include "model/SafetyAdvice.h"
#include "model/StepText.h"
#include "session/SessionSummaryText.h"

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
#include <QVBoxLayout>

namespace Limber {

namespace {

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
    , m_back(controlButton(tr("◀ Back"), QStringLiteral("backButton"),
                           tr("Back one step (Left or P). Press again soon after for the start of the exercise, "
                              "and again for the previous exercise. Shift+Left: the start of the exercise.")))
    , m_next(controlButton(tr("Next ▶"), QStringLiteral("nextButton"), tr("Skip to the next step (Right or N)")))
    , m_extend(controlButton(tr("+10 s"), QStringLiteral("extendButton"), tr("Ten more seconds of this (+)")))
    , m_skip(controlButton(tr("Skip Exercise"), QStringLiteral("skipButton"), tr("Go to the next exercise (S)")))
    , m_repDone(controlButton(tr("Rep Done"), QStringLiteral("repDoneButton"), tr("Count one rep (Enter)")))
    , m_showSteps(controlButton(tr("Steps"), QStringLiteral("stepsButton"), tr("Show how to do this exercise")))
    , m_mute(controlButton(tr("Mute"), QStringLiteral("muteButton"), tr("Sound on or off (M)")))
    , m_roomButton(
          controlButton(tr("Full Screen"), QStringLiteral("roomButton"), tr("Across the room: big countdown (F)")))
    , m_stop(controlButton(tr("Stop"), QStringLiteral("stopButton"), tr("End the session (Esc)")))
    , m_muted(new QLabel(tr("Muted")))
    , m_summaryTitle(new QLabel)
    , m_summaryOutcome(new QLabel)
    , m_summaryTime(new QLabel)
    , m_summaryTable(new QTableWidget(0, 2))
    , m_summaryClosing(new QLabel)
{
    setObjectName(QStringLiteral("sessionWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("%1 – Limber").arg(timeline.routineName));
    m_player = std::make_unique<SessionPlayer>(catalog, std::move(timeline), clock);

    m_routineLabel->setText(m_player->engine().timeline().routineName);
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
    // The words change with every step; the figure and the ring must not move with them. Each
    // line of words keeps a fixed place (its height set in scaleFonts) and asks for no width of
    // its own, so a long "Next up" or state line wraps inside its place instead of pushing.
    for (QLabel *label : {m_action, m_detail, m_nextUp, m_exerciseLabel}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    m_steps->setWordWrap(true);
    m_steps->setVisible(false);
    m_repDone->setVisible(false);
    m_showSteps->setCheckable(true);
    m_action->setAccessibleName(tr("What to do now"));

    // A quiet mark beside the time left, where it is seen in full screen too. Its place is kept
    // while hidden, so the progress bar does not change size when the sound goes off and on.
    m_muted->setObjectName(QStringLiteral("mutedIndicator"));
    m_muted->setToolTip(tr("The sound is off: press M to turn it on"));
    m_muted->setAccessibleName(tr("Sound is muted"));
    // A frame drawn from the palette (not a style sheet), so it follows a change of theme.
    m_muted->setFrameShape(QFrame::StyledPanel);
    m_muted->setMargin(2);
    m_muted->setIndent(8);
    QSizePolicy mutedPolicy = m_muted->sizePolicy();
    mutedPolicy.setRetainSizeWhenHidden(true);
    m_muted->setSizePolicy(mutedPolicy);
    m_muted->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_routineLabel);
    top->addWidget(m_progress, 1);
    top->addWidget(m_progressLabel);
    top->addWidget(m_muted);

    auto *side = new QVBoxLayout;
    side->addWidget(m_ring, 3);
    side->addWidget(m_action);
    side->addWidget(m_detail);
    side->addWidget(m_nextUp); // the words have fixed places: the ring takes the rest

    auto *middle = new QHBoxLayout;
    auto *figureColumn = new QVBoxLayout;
    figureColumn->addWidget(m_exerciseLabel);
    figureColumn->addWidget(m_figure, 1);
    figureColumn->addWidget(m_steps);
    middle->addLayout(figureColumn, 3);
    middle->addLayout(side, 2);

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    // Rep Done comes and goes with self-paced sets: last in its group, so nothing shifts.
    for (QPushButton *button : {m_back, m_startPause, m_next, m_extend, m_skip, m_repDone})
        controls->addWidget(button);
    controls->addStretch(1);
    for (QPushButton *button : {m_showSteps, m_mute, m_roomButton, m_stop})
        controls->addWidget(button);

    auto *sessionPage = new QWidget;
    auto *sessionLayout = new QVBoxLayout(sessionPage);
    sessionLayout->addLayout(top);
    sessionLayout->addLayout(middle, 1);
    sessionLayout->addWidget(m_controls);

    // The summary: a column in the middle of the page with a heading that fits what happened,
    // the time, each exercise with its mark, and a calm closing line.
    auto *summaryPage = new QWidget;
    auto *summaryColumn = new QWidget;
    summaryColumn->setMaximumWidth(640);
    auto *column = new QVBoxLayout(summaryColumn);
    m_summaryTitle->setObjectName(QStringLiteral("summaryTitle"));
    m_summaryOutcome->setObjectName(QStringLiteral("summaryOutcome"));
    m_summaryTime->setObjectName(QStringLiteral("summaryTime"));
    m_summaryClosing->setObjectName(QStringLiteral("summaryClosing"));
    for (QLabel *label : {m_summaryTitle, m_summaryOutcome, m_summaryTime, m_summaryClosing}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_summaryTable->setHorizontalHeaderLabels({tr("Exercise"), tr("How it went")});
    m_summaryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summaryTable->horizontalHeader()->setVisible(false);
    m_summaryTable->verticalHeader()->setVisible(false);
    m_summaryTable->setShowGrid(false);
    m_summaryTable->setFrameShape(QFrame::NoFrame);
    m_summaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryTable->setFocusPolicy(Qt::NoFocus);
    m_summaryTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summaryTable->viewport()->setAutoFillBackground(false); // on the page, not in a box
    column->addWidget(m_summaryTitle);
    column->addWidget(m_summaryOutcome);
    column->addWidget(m_summaryTime);
    column->addSpacing(16);
    column->addWidget(m_summaryTable);
    column->addSpacing(16);
    column->addWidget(m_summaryClosing);

    auto *again = new QPushButton(tr("Do It &Again"));
    again->setObjectName(QStringLiteral("againButton"));
    auto *close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    auto *summaryButtons = new QHBoxLayout;
    summaryButtons->addStretch(1);
    summaryButtons->addWidget(again);
    summaryButtons->addWidget(close);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(summaryColumn, 4);
    centred->addStretch(1);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addStretch(1);
    summaryLayout->addLayout(centred);
    summaryLayout->addStretch(2);
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
    connect(m_repDone, &QPushButton::clicked, m_player.get(), &SessionPlayer::markRep);
    connect(m_showSteps, &QPushButton::toggled, this, [this](bool on) {
        m_steps->setVisible(on);
        draw(m_player->frame());
    });
    connect(m_roomButton, &QPushButton::clicked, this, &SessionWindow::toggleRoomMode);
    connect(m_mute, &QPushButton::clicked, this, &SessionWindow::toggleMute);
    connect(m_stop, &QPushButton::clicked, this, &SessionWindow::requestStop);
    connect(again, &QPushButton::clicked, this, &SessionWindow::againRequested);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    connect(m_player.get(), &SessionPlayer::frameChanged, this, &SessionWindow::draw);
    connect(m_player.get(), &SessionPlayer::cueDue, this, &SessionWindow::cueDue);
    connect(m_player.get(), &SessionPlayer::finished, this, &SessionWindow::showSummary);
    connect(m_player.get(), &SessionPlayer::cueSettingsChanged, this, &SessionWindow::cueSettingsChanged);

    setFocusPolicy(Qt::StrongFocus);
    resize(1100, 720);
    draw(m_player->frame());
}

SessionWindow::~SessionWindow() = default;

void SessionWindow::setCueOutput(CueOutput *output)
{
    m_player->setCueOutput(output);
    drawSound();
}

void SessionWindow::toggleMute()
{
    m_player->toggleMute();
    drawSound();
}

bool SessionWindow::isShowingSummary() const
{
    return m_pages->currentIndex() == 1;
}

void SessionWindow::showBeforeYouStart()
{
    if (isShowingBeforeYouStart())
        return;
    auto *page = new BeforeYouStartPage;
    connect(page, &BeforeYouStartPage::accepted, this, [this, page] {
        m_pages->setCurrentIndex(0);
        m_pages->removeWidget(page);
        page->deleteLater();
        setFocus();
        Q_EMIT beforeYouStartRead();
    });
    connect(page, &BeforeYouStartPage::declined, this, &QWidget::close);
    m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
    page->setFocus();
}

bool SessionWindow::isShowingBeforeYouStart() const
{
    return qobject_cast<BeforeYouStartPage *>(m_pages->currentWidget()) != nullptr;
}

void SessionWindow::start()
{
    m_player->start();
}

void SessionWindow::togglePause()
{
    m_player->togglePause();
}

void SessionWindow::nextStep()
{
    m_player->nextStep();
}

void SessionWindow::back()
{
    m_player->back();
}

void SessionWindow::backToExerciseStart()
{
    m_player->backToExerciseStart();
}

void SessionWindow::extend()
{
    m_player->extend();
}

void SessionWindow::skipExercise()
{
    m_player->skipExercise();
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
    if (m_player->state() == SessionEngine::State::Idle) {
        close();
        return;
    }
    if (m_player->asksBeforeStopping()) {
        // Paused while asking, so answering "No" resumes through the 3-2-1.
        const bool wasRunning = m_player->pause();
        const auto answer = QMessageBox::question(
            this, tr("Stop the session?"),
            tr("You are %1 into this session. Stop now?").arg(DoseText::duration(int(m_player->activeMs() / 1000))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            if (wasRunning)
                m_player->resume();
            else
                m_player->tick();
            return;
        }
    }
    m_player->stop();
}

void SessionWindow::draw(const SessionFrame &frame)
{
    using State = SessionEngine::State;
    m_progress->setValue(int(frame.routineProgress * 1000));
    m_progressLabel->setText(frame.timeLeft);
    m_exerciseLabel->setText(frame.heading);

    // The figure moves with the step: into a hold, with each breath, through each rep.
    if (m_figure->exercise() != frame.exerciseId)
        m_figure->setExercise(frame.exerciseId);
    m_figure->setSide(frame.side);
    m_figure->setPhaseProgress(frame.fromPosition, frame.toPosition, frame.motion);

    m_ring->setState(frame.ringProgress, frame.ringText);
    m_action->setText(frame.action);
    m_detail->setText(frame.detail);
    m_nextUp->setText(frame.nextUp);

    m_startPause->setText(frame.state == State::Idle          ? tr("Start")
                              : frame.state == State::Running ? tr("Pause")
                                                              : tr("Resume"));
    for (QPushButton *button : {m_back, m_next, m_skip})
        button->setEnabled(frame.active);
    m_extend->setEnabled(frame.extendable);
    m_repDone->setVisible(frame.countsReps);
    drawSound();

    if (m_steps->isVisible() && m_stepsShownFor != frame.exerciseNumber) {
        m_stepsShownFor = frame.exerciseNumber;
        m_steps->setText(stepsText(frame.exerciseNumber));
    }
}

void SessionWindow::drawSound()
{
    m_mute->setEnabled(m_player->cueOutput() != nullptr);
    m_mute->setText(m_player->isMuted() ? tr("Unmute") : tr("Mute"));
    m_muted->setVisible(m_player->isMuted());
}

QString SessionWindow::stepsText(int exerciseNumber) const
{
    // The steps with the numbers this session gives, as the headline and the voice say them.
    const QList<SessionExercise> &exercises = m_player->engine().timeline().exercises;
    if (exerciseNumber < 1 || exerciseNumber > exercises.size())
        return {};
    const SessionExercise &playing = exercises.at(exerciseNumber - 1);
    const Exercise *exercise = m_catalog.find(playing.id);
    if (!exercise)
        return {};
    QString html = QStringLiteral("<ol>");
    for (const QString &step : StepText::forDose(*exercise, playing.dose))
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    return html
        + QStringLiteral("</ol><p><i>%1</i></p><p><i>%2</i></p>")
              .arg(exercise->safety.toHtmlEscaped(), SafetyAdvice::stopIf().toHtmlEscaped());
}

void SessionWindow::showSummary(const SessionSummary &summary)
{
    const SessionSummaryText text = SessionSummaryText::of(summary);
    m_summaryTitle->setText(text.heading);
    m_summaryOutcome->setText(text.outcome);
    m_summaryTime->setText(text.time);
    m_summaryClosing->setText(text.closing);
    m_summaryTable->setRowCount(0);
    for (const ExerciseOutcome &outcome : summary.exercises) {
        const int row = m_summaryTable->rowCount();
        m_summaryTable->insertRow(row);
        auto *name = new QTableWidgetItem(
            QStringLiteral("%1   %2").arg(SessionSummaryText::mark(outcome.status), outcome.name));
        name->setData(Qt::AccessibleTextRole, outcome.name);
        m_summaryTable->setItem(row, 0, name);
        m_summaryTable->setItem(row, 1, new QTableWidgetItem(SessionSummaryText::status(outcome.status)));
    }
    if (m_roomMode)
        toggleRoomMode();
    m_pages->setCurrentIndex(1);
    Q_EMIT finished(summary);
}

void SessionWindow::keyPressEvent(QKeyEvent *event)
{
    if (isShowingSummary() || isShowingBeforeYouStart()) {
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
        if (event->modifiers() & Qt::ShiftModifier)
            backToExerciseStart();
        else
            back();
        break;
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
    m_player->leave();
    event->accept();
}

void SessionWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

int SessionWindow::headingLines(const QFont &font) const
{
    // One line unless some exercise's heading would wrap in the figure's column: then two for
    // every exercise, so the figure keeps its size from one exercise to the next.
    const int column = m_figure->width() > 0 ? m_figure->width() : width() * 3 / 5;
    const QFontMetrics metrics(font);
    const Timeline &timeline = m_player->engine().timeline();
    const int count = int(timeline.exercises.size());
    for (const SessionExercise &exercise : timeline.exercises) {
        const QString widest = SessionFrame::headingFor(exercise.name, count, count);
        if (metrics.horizontalAdvance(widest) > column)
            return 2;
    }
    return 1;
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
    // Fixed places for the words: two lines for the action and the detail, three for "Next up".
    m_action->setFixedHeight(2 * QFontMetrics(action).lineSpacing());
    m_detail->setFixedHeight(2 * QFontMetrics(detail).lineSpacing());
    m_nextUp->setFixedHeight(3 * QFontMetrics(small).lineSpacing());
    m_exerciseLabel->setFixedHeight(headingLines(detail) * QFontMetrics(detail).lineSpacing());
    // The mark is read from across the room in full screen, so it grows with the words.
    QFont muted = font();
    muted.setBold(true);
    muted.setPixelSize(m_roomMode ? int(unit * 1.1) : std::max(13, int(unit * 0.7)));
    m_muted->setFont(muted);

    QFont heading = font();
    heading.setBold(true);
    heading.setPixelSize(std::max(18, int(unit * 1.3)));
    m_summaryTitle->setFont(heading);
    QFont outcome = font();
    outcome.setPixelSize(std::max(14, int(unit * 0.75)));
    m_summaryOutcome->setFont(outcome);
    QFont body = font();
    body.setPixelSize(std::max(13, int(unit * 0.6)));
    m_summaryTime->setFont(body);
    m_summaryTable->setFont(body);
    m_summaryTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(body).height() * 2);
}

} // namespace Limber
