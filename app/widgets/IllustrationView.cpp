#include "IllustrationView.h"

#include <QPainter>
#include <QSvgRenderer>

namespace Limber {

IllustrationView::IllustrationView(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(120);
}

void IllustrationView::setResource(const QString &resource)
{
    m_renderer->load(resource);
    updateGeometry();
    update();
}

void IllustrationView::setCaption(const QString &caption)
{
    m_caption = caption;
    setAccessibleDescription(caption);
    update();
}

QSize IllustrationView::sizeHint() const
{
    return {360, heightForWidth(360)};
}

int IllustrationView::heightForWidth(int width) const
{
    const QSizeF art = m_renderer->isValid() ? m_renderer->defaultSize() : QSizeF(320, 200);
    const int captionHeight = m_caption.isEmpty() ? 0 : fontMetrics().height() + 6;
    return int(width * art.height() / art.width()) + captionHeight;
}

void IllustrationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QRect area = rect();
    if (!m_caption.isEmpty()) {
        const int captionHeight = fontMetrics().height() + 6;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(0, area.height() - captionHeight, 0, 0), Qt::AlignCenter, m_caption);
        area.setBottom(area.bottom() - captionHeight);
    }
    if (!m_renderer->isValid())
        return;
    QSizeF art = m_renderer->defaultSize();
    art.scale(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.x() + (area.width() - art.width()) / 2.0, area.y() + (area.height() - art.height()) / 2.0,
                        art.width(), art.height());
    m_renderer->render(&painter, target);
}

} // namespace Limber
