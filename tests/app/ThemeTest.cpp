// The application style Limber installs: what it changes must look as Fusion's own does.
#include "gui/appearance/Theme.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QStyle>
#include <QStyleFactory>

#include <gtest/gtest.h>

#include <memory>

using namespace Limber;

namespace {

QImage imageOf(const QIcon &icon, qreal devicePixelRatio)
{
    return icon.pixmap(QSize(16, 16), devicePixelRatio).toImage().convertToFormat(QImage::Format_ARGB32);
}

TEST(Theme, TheMenuBarsOverflowIconIsFusionsReadWhenFirstDrawn)
{
    applyTheme(Theme::Light);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (QStyle::StandardPixmap which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon icon = QApplication::style()->standardIcon(which);
        const QIcon expected = fusion->standardIcon(which);
        ASSERT_FALSE(expected.isNull());
        EXPECT_FALSE(icon.isNull());
        for (qreal ratio : {1.0, 2.0}) {
            const QImage image = imageOf(icon, ratio);
            EXPECT_FALSE(image.isNull());
            EXPECT_EQ(image, imageOf(expected, ratio)) << "icon " << int(which) << " at " << ratio << "x";
        }
        EXPECT_EQ(icon.availableSizes(), expected.availableSizes());
    }
}

TEST(Theme, AnIconStillDrawsAfterTheStyleIsReplaced)
{
    applyTheme(Theme::Light);
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    applyTheme(Theme::Dark); // a new style: the one that made the icon is gone
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    EXPECT_EQ(imageOf(icon, 1.0), imageOf(fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton), 1.0));
    applyTheme(Theme::Light);
}

} // namespace
