#include "WrappedLabel.h"

#include <QEvent>

#include <cstdlib>

namespace Limber {

namespace {
// Layouts ask about a handful of widths while a window settles: the column's width with and
// without a scroll bar, and one or two on the way.
constexpr qsizetype rememberedWidths = 4;
constexpr int readingWidthInCharacters = 80;
constexpr int minimumWidthInCharacters = 16;
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::Measured WrappedLabel::measuredNow() const
{
    return {text(), textFormat(), contentsMargins(), margin(), indent()};
}

int WrappedLabel::horizontalExtra() const
{
    const QMargins margins = contentsMargins();
    return margins.left() + margins.right() + 2 * margin();
}

int WrappedLabel::verticalExtra() const
{
    const QMargins margins = contentsMargins();
    return margins.top() + margins.bottom() + 2 * margin();
}

int WrappedLabel::heightForWidth(int width) const
{
    if (Measured now = measuredNow(); !(now == m_measured)) {
        m_measured = std::move(now);
        m_heights.clear();
    }
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == rememberedWidths)
        m_heights.remove(0);
    m_heights.append({width, height});
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    ensurePolished();
    const int width
        = qMin(fontMetrics().averageCharWidth() * readingWidthInCharacters + horizontalExtra(), maximumWidth());
    // A layout asks for the hint before it knows the label's width, and then asks the height for
    // that width: laying the text out for the hint as well would be one more layout for a width
    // that is never used. The height is estimated from the length of the text, or taken from a
    // width that was laid out already.
    if (Measured now = measuredNow(); now == m_measured && !m_heights.isEmpty()) {
        const Height *nearest = &m_heights.front();
        for (const Height &known : m_heights) {
            if (std::abs(known.width - width) < std::abs(nearest->width - width))
                nearest = &known;
        }
        return {width, nearest->height};
    }
    const qsizetype characters = text().size(); // rich text's tags count too: a generous estimate
    const int lines = 1 + int(characters / readingWidthInCharacters) + int(text().count(QLatin1Char('\n')));
    return {width, lines * fontMetrics().lineSpacing() + verticalExtra()};
}

QSize WrappedLabel::minimumSizeHint() const
{
    ensurePolished();
    return {fontMetrics().averageCharWidth() * minimumWidthInCharacters + horizontalExtra(),
            fontMetrics().lineSpacing() + verticalExtra()};
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace Limber
