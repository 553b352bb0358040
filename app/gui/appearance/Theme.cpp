#include "Theme.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace Limber {

namespace {

QPalette lightPalette()
{
    // Fusion's own light palette (applyTheme sets the style first), with Limber's accent.
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    palette.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xb2));
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base(0x1d, 0x1f, 0x23);
    const QColor text(0xec, 0xee, 0xf0);
    const QColor disabled(0x8a, 0x90, 0x98);
    const QColor accent(0x4d, 0x9d, 0xe0);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x40, 0x44, 0x4b));
    palette.setColor(QPalette::Midlight, QColor(0x36, 0x3a, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x17, 0x19, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0d, 0x0e, 0x10));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, QColor(0x0d, 0x0e, 0x10));
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::LinkVisited, accent.lighter(120));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x48, 0x4f));
    return palette;
}

// Fusion outlines check boxes and radio buttons in a darker shade of the window colour, which all
// but vanishes on a dark window. On a dark palette the indicators are drawn as if on a lighter
// window, so their outlines show; everything else is Fusion's own.
// A style's standard icon, read from its image files only when it is first drawn. The menu bar
// asks for its overflow button's icon as it is built, and reading those files makes Qt load every
// image-format plugin (GIF, ICO, JPEG, SVG) before the window's first paint, for a button that
// shows only when the menus do not fit.
class DeferredStandardIcon final : public QIconEngine
{
public:
    DeferredStandardIcon(const QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state); // `size` is in device pixels already
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("LimberDeferredStandardIcon"); }
    QIconEngine *clone() const override { return new DeferredStandardIcon(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            const QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon = style->standardIcon(m_which);
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_loaded = false;
    QIcon m_icon;
};

class ReadableIndicatorStyle final : public QProxyStyle
{
public:
    ReadableIndicatorStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        if (which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton)
            return QIcon(new DeferredStandardIcon(baseStyle(), which));
        return QProxyStyle::standardIcon(which, option, widget);
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
        const QPalette &palette = option->palette;
        if (!indicator
            || palette.color(QPalette::Window).lightness() >= palette.color(QPalette::WindowText).lightness()) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        const QColor lighterWindow = palette.color(QPalette::WindowText).darker(170);
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
            QStyleOptionButton copy(*button);
            copy.palette.setColor(QPalette::Window, lighterWindow);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
        } else {
            QStyleOption copy(*option);
            copy.palette.setColor(QPalette::Window, lighterWindow);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
        }
    }
};

} // namespace

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromId(const QString &id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void applyTheme(Theme theme)
{
    QApplication::setStyle(new ReadableIndicatorStyle);
    switch (theme) {
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::System:
        // An empty palette resolves to the desktop's own, as the platform theme reports it.
        QApplication::setPalette(QPalette());
        break;
    }
}

bool isDarkPalette()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace Limber
