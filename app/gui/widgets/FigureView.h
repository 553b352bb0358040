#pragma once

#include "illustration/IllustrationSet.h"
#include "illustration/Pose.h"
#include "model/Side.h"
#include "render/FigureColors.h"

#include <QWidget>

#include <optional>

class QVariantAnimation;

namespace Limber {

// Shows an exercise's figure, still at one key position or moving between its key positions.
// It draws with FigurePainter (vectors, so it is crisp at any size and on HiDPI screens) in
// colours that follow the widget's palette, light or dark.
//
//   view->setExercise(QStringLiteral("cat-cow"));   // still, at the first key position
//   view->setKeyPosition(QStringLiteral("cat"));    // still, at another key position
//   view->setAnimating(true);                       // loops: hold, move to the next, hold...
//   view->setPhaseProgress("cow", "cat", 0.4);      // a session drives the motion itself
//   view->setSide(Side::Left);                // per-side exercises: mirrored as needed
class FigureView final : public QWidget
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);
    ~FigureView() override;

    // The illustrations to draw; by default the ones bundled with Limber.
    void setIllustrations(const IllustrationSet &illustrations);
    // The illustrations bundled with Limber, read once for the whole process.
    [[nodiscard]] static const IllustrationSet &bundledIllustrations();

    // Shows the exercise's first key position. Returns false (and shows nothing) when the
    // exercise has no illustration.
    bool setExercise(const QString &exerciseId);
    [[nodiscard]] QString exercise() const { return m_exerciseId; }
    [[nodiscard]] QStringList keyPositions() const;

    // Shows one key position, still (stops the animation). Returns false for an unknown name.
    bool setKeyPosition(const QString &name);
    [[nodiscard]] QString keyPosition() const { return m_keyPosition; }

    void setSide(Side side);
    [[nodiscard]] Side side() const { return m_side; }

    // Loops through the key positions, holding at each and moving smoothly to the next. The loop
    // waits while the view is hidden (another tab, a hidden window) and goes on when it is shown.
    void setAnimating(bool animating);
    [[nodiscard]] bool isAnimating() const;
    // How long one hold-and-move step of the loop takes.
    void setStepDuration(int milliseconds);

    // Shows the motion from one key position to another, `progress` 0 (at `from`) to 1 (at `to`),
    // eased. For a session that times the movement itself; stops the animation.
    bool setPhaseProgress(const QString &from, const QString &to, double progress);

    // Fixed colours instead of those that follow the palette (e.g. for print previews).
    void setColors(const std::optional<FigureColors> &colors);

    [[nodiscard]] Pose currentPose() const { return m_pose; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void startAnimation();
    void onAnimationValue(const QVariant &value);
    void updateDuration();
    void showStill(const KeyPosition &position);
    const IllustrationSpec *spec() const;

    IllustrationSet m_illustrations;
    QString m_exerciseId;
    QString m_keyPosition;
    Side m_side = Side::None;
    Pose m_pose;
    QList<MotionArrow> m_arrows;
    double m_arrowOpacity = 1.0;
    int m_stepDuration = 1800;
    std::optional<FigureColors> m_colors;
    QVariantAnimation *m_animation;
};

} // namespace Limber
