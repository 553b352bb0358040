#pragma once

#include <QWidget>

class QSvgRenderer;

namespace Limber {

// Draws an exercise's SVG illustration, scaled to fit with its aspect ratio kept, crisp at any
// size and on HiDPI screens (it is rendered as vectors, never as a scaled bitmap).
class IllustrationView final : public QWidget
{
    Q_OBJECT

public:
    explicit IllustrationView(QWidget *parent = nullptr);

    void setResource(const QString &resource);
    // A line under the art, e.g. to say that it is a placeholder.
    void setCaption(const QString &caption);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
    QString m_caption;
};

} // namespace Limber
