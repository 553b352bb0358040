#include "FigureView.h"

#include "illustration/IllustrationFormat.h"
#include "illustration/PoseInterpolation.h"
#include "render/FigurePainter.h"

#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace Limber {

namespace {

// The part of each loop step spent holding still at a key position before moving on.
constexpr double holdShare = 0.4;

} // namespace

const IllustrationSet &FigureView::bundledIllustrations()
{
    static const IllustrationSet set = [] {
        Result<IllustrationSet> loaded = IllustrationFormat::load();
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message()));
            return IllustrationSet();
        }
        return std::move(loaded).value();
    }();
    return set;
}

FigureView::FigureView(QWidget *parent)
    : QWidget(parent)
    , m_illustrations(bundledIllustrations())
    , m_animation(new QVariantAnimation(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_animation->setLoopCount(-1);
    m_animation->setStartValue(0.0);
    updateDuration();
    connect(m_animation, &QVariantAnimation::valueChanged, this, &FigureView::onAnimationValue);
}

FigureView::~FigureView() = default;

void FigureView::setIllustrations(const IllustrationSet &illustrations)
{
    m_illustrations = illustrations;
    setExercise(m_exerciseId);
}

const IllustrationSpec *FigureView::spec() const
{
    return m_illustrations.find(m_exerciseId);
}

bool FigureView::setExercise(const QString &exerciseId)
{
    const bool wasAnimating = isAnimating();
    m_animation->stop();
    m_exerciseId = exerciseId;
    m_keyPosition.clear();
    const IllustrationSpec *current = spec();
    updateDuration();
    if (current && !current->positions.isEmpty()) {
        showStill(current->positions.constFirst());
        if (wasAnimating)
            startAnimation();
    } else {
        m_pose = Pose();
        m_arrows.clear();
    }
    updateGeometry();
    update();
    return current != nullptr;
}

QStringList FigureView::keyPositions() const
{
    const IllustrationSpec *current = spec();
    return current ? current->keyPositionNames() : QStringList();
}

void FigureView::showStill(const KeyPosition &position)
{
    m_keyPosition = position.name;
    m_pose = position.pose;
    m_arrows = position.arrows;
    m_arrowOpacity = 1.0;
    update();
}

bool FigureView::setKeyPosition(const QString &name)
{
    const IllustrationSpec *current = spec();
    const KeyPosition *position = current ? current->position(name) : nullptr;
    if (!position)
        return false;
    m_animation->stop();
    showStill(*position);
    return true;
}

void FigureView::setSide(Side side)
{
    if (m_side == side)
        return;
    m_side = side;
    update();
}

void FigureView::setAnimating(bool animating)
{
    if (animating == isAnimating())
        return;
    if (!animating) {
        m_animation->stop();
        return;
    }
    const IllustrationSpec *current = spec();
    if (!current || current->positions.size() < 2)
        return;
    updateDuration();
    startAnimation();
}

bool FigureView::isAnimating() const
{
    return m_animation->state() != QAbstractAnimation::Stopped;
}

void FigureView::startAnimation()
{
    m_animation->start();
    if (!isVisible())
        m_animation->pause(); // nobody sees it: showEvent() lets it go on
}

void FigureView::showEvent(QShowEvent *event)
{
    if (m_animation->state() == QAbstractAnimation::Paused)
        m_animation->resume();
    QWidget::showEvent(event);
}

void FigureView::hideEvent(QHideEvent *event)
{
    if (m_animation->state() == QAbstractAnimation::Running)
        m_animation->pause();
    QWidget::hideEvent(event);
}

void FigureView::setStepDuration(int milliseconds)
{
    m_stepDuration = std::max(100, milliseconds);
    updateDuration();
}

void FigureView::updateDuration()
{
    const IllustrationSpec *current = spec();
    const qsizetype steps = current ? std::max<qsizetype>(1, current->positions.size()) : 2;
    m_animation->setDuration(m_stepDuration * int(steps));
    m_animation->setEndValue(double(steps));
}

void FigureView::onAnimationValue(const QVariant &value)
{
    const IllustrationSpec *current = spec();
    if (!current || current->positions.size() < 2)
        return;
    const qsizetype count = current->positions.size();
    const double v = value.toDouble();
    const qsizetype index = std::clamp<qsizetype>(qsizetype(std::floor(v)), 0, count - 1);
    const double within = v - double(index);
    const KeyPosition &from = current->positions.at(index);
    const KeyPosition &to = current->positions.at((index + 1) % count);
    if (within < holdShare) {
        if (m_keyPosition != from.name || m_pose != from.pose)
            showStill(from);
        return;
    }
    const double t = PoseInterpolation::easeInOut((within - holdShare) / (1.0 - holdShare));
    m_keyPosition.clear();
    m_pose = PoseInterpolation::interpolate(from.pose, to.pose, t);
    // The arrows of where the figure is going fade in as it arrives.
    m_arrows = to.arrows;
    m_arrowOpacity = std::clamp((t - 0.6) / 0.4, 0.0, 1.0);
    update();
}

bool FigureView::setPhaseProgress(const QString &from, const QString &to, double progress)
{
    const IllustrationSpec *current = spec();
    const KeyPosition *a = current ? current->position(from) : nullptr;
    const KeyPosition *b = current ? current->position(to) : nullptr;
    if (!a || !b)
        return false;
    m_animation->stop();
    const double t = PoseInterpolation::easeInOut(progress);
    if (t >= 1.0) {
        showStill(*b);
        return true;
    }
    if (t <= 0.0) {
        showStill(*a);
        return true;
    }
    m_keyPosition.clear();
    m_pose = PoseInterpolation::interpolate(a->pose, b->pose, t);
    m_arrows = b->arrows;
    m_arrowOpacity = std::clamp((t - 0.6) / 0.4, 0.0, 1.0);
    update();
    return true;
}

void FigureView::setColors(const std::optional<FigureColors> &colors)
{
    m_colors = colors;
    update();
}

QSize FigureView::sizeHint() const
{
    return {360, heightForWidth(360)};
}

QSize FigureView::minimumSizeHint() const
{
    return {120, 90};
}

int FigureView::heightForWidth(int width) const
{
    const IllustrationSpec *current = spec();
    const double aspect = current ? std::clamp(FigurePainter::aspectRatio(*current), 0.6, 2.5) : 1.5;
    return int(std::lround(width / aspect));
}

void FigureView::paintEvent(QPaintEvent *)
{
    const IllustrationSpec *current = spec();
    if (!current)
        return;
    QPainter painter(this);
    const FigurePainter figurePainter(m_colors.value_or(FigureColors::forPalette(palette())));
    figurePainter.paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4), *current, m_pose, m_side, m_arrows,
                        m_arrowOpacity);
}

} // namespace Limber
