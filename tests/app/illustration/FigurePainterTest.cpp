// Every exercise renders at every key position, on both sides where it has sides, in light and
// dark colours: not blank, with the back highlighted. And the view shows and moves the figure.
#include "BundledContent.h"
#include "QtGTest.h"

#include "gui/widgets/FigureView.h"
#include "illustration/IllustrationFormat.h"
#include "render/FigurePainter.h"
#include "storage/CatalogFormat.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

using namespace Limber;

namespace {

QImage render(const FigureColors &colors, const IllustrationSpec &spec, const Pose &pose, Side side,
              const QList<MotionArrow> &arrows = {})
{
    QImage image(300, 220, QImage::Format_ARGB32);
    image.fill(colors.background);
    QPainter painter(&image);
    FigurePainter(colors).paint(painter, QRectF(image.rect()), spec, pose, side, arrows);
    painter.end();
    return image;
}

bool near(QRgb pixel, const QColor &color, int tolerance)
{
    return std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance
        && std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

int count(const QImage &image, const QColor &color, int tolerance = 24)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += near(line[x], color, tolerance) ? 1 : 0;
    }
    return n;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += near(a.pixel(x, y), QColor(b.pixel(x, y)), 40) ? 0 : 1;
    }
    return n;
}

} // namespace

TEST(FigurePainter, EveryKeyPositionRendersWithTheBackHighlighted)
{
    const Result<Catalog> catalog = CatalogFormat::load();
    ASSERT_TRUE(catalog.ok());
    for (const FigureColors &colors : {FigureColors::light(), FigureColors::dark()}) {
        for (const Exercise &exercise : catalog.value().exercises()) {
            const IllustrationSpec *spec = art().find(exercise.id);
            ASSERT_NE(spec, nullptr) << exercise.id.toStdString();
            const QList<Side> sides = spec->perSide ? QList<Side>{Side::Left, Side::Right} : QList<Side>{Side::None};
            for (const Side side : sides) {
                for (const QString &name : exercise.illustration.keyPositions) {
                    SCOPED_TRACE(
                        QString(exercise.id + QLatin1Char('/') + name + QLatin1Char('/') + sideId(side)).toStdString());
                    const KeyPosition *key = spec->position(name);
                    ASSERT_NE(key, nullptr);
                    const QImage image = render(colors, *spec, key->pose, side, key->arrows);
                    const int total = image.width() * image.height();
                    const int ink = count(image, colors.ink);
                    EXPECT_GT(ink, total / 50) << "the figure is drawn";
                    EXPECT_LT(ink, total / 2) << "and fits its frame";
                    EXPECT_GT(count(image, colors.highlight, 40), 60) << "the working area is highlighted";
                    if (!key->arrows.isEmpty()) {
                        EXPECT_GT(count(image, colors.arrow, 40), 20) << "arrows show the direction";
                    }
                }
            }
        }
    }
}

TEST(FigurePainter, TheOtherSideIsTheMirrorImage)
{
    const IllustrationSpec *spec = art().find(QStringLiteral("thread-the-needle"));
    ASSERT_NE(spec, nullptr);
    const Pose &pose = spec->position(QStringLiteral("threaded"))->pose;
    const QImage left = render(FigureColors::light(), *spec, pose, Side::Left);
    const QImage right = render(FigureColors::light(), *spec, pose, Side::Right);
    EXPECT_GT(differingPixels(left, right), 500) << "the two sides differ";
    EXPECT_LT(differingPixels(left.mirrored(true, false), right), 300) << "one is the other's mirror image";
}

TEST(FigurePainter, ColoursFollowThePalette)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    EXPECT_GT(FigureColors::forPalette(dark).ink.lightness(), 160);
    EXPECT_LT(FigureColors::forPalette(light).ink.lightness(), 100);
    EXPECT_EQ(FigureColors::forPalette(dark).background, dark.color(QPalette::Window));
}

TEST(FigureView, ShowsKeyPositionsAndTheMotionBetween)
{
    FigureView view;
    view.resize(360, 260);
    EXPECT_FALSE(view.setExercise(QStringLiteral("no-such-exercise")));
    ASSERT_TRUE(view.setExercise(QStringLiteral("cat-cow")));
    EXPECT_EQ(view.keyPositions(), (QStringList{QStringLiteral("cow"), QStringLiteral("cat")}));
    EXPECT_EQ(view.keyPosition(), QStringLiteral("cow"));
    const IllustrationSpec *spec = art().find(QStringLiteral("cat-cow"));
    EXPECT_EQ(view.currentPose(), spec->position(QStringLiteral("cow"))->pose);

    EXPECT_TRUE(view.setKeyPosition(QStringLiteral("cat")));
    EXPECT_EQ(view.currentPose(), spec->position(QStringLiteral("cat"))->pose);
    EXPECT_FALSE(view.setKeyPosition(QStringLiteral("dog")));

    EXPECT_TRUE(view.setPhaseProgress(QStringLiteral("cow"), QStringLiteral("cat"), 0.5));
    EXPECT_TRUE(view.keyPosition().isEmpty()) << "between key positions";
    EXPECT_NE(view.currentPose(), spec->position(QStringLiteral("cow"))->pose);
    EXPECT_NE(view.currentPose(), spec->position(QStringLiteral("cat"))->pose);
    EXPECT_TRUE(view.setPhaseProgress(QStringLiteral("cow"), QStringLiteral("cat"), 1.0));
    EXPECT_EQ(view.keyPosition(), QStringLiteral("cat"));

    view.setAnimating(true);
    EXPECT_TRUE(view.isAnimating());
    view.setKeyPosition(QStringLiteral("cow"));
    EXPECT_FALSE(view.isAnimating()) << "choosing a key position stops the motion";

    view.setSide(Side::Left);
    EXPECT_EQ(view.side(), Side::Left);
    const QImage shot = view.grab().toImage();
    EXPECT_FALSE(shot.isNull());
    EXPECT_GT(view.heightForWidth(400), 100);
}
