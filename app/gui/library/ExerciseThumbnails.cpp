#include "ExerciseThumbnails.h"

#include "gui/widgets/FigureView.h"
#include "model/ExerciseListModel.h"
#include "render/FigureColors.h"
#include "render/FigurePainter.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPalette>
#include <QTimer>

namespace Limber {

ExerciseThumbnails::ExerciseThumbnails(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_illustrations(FigureView::bundledIllustrations())
{ }

void ExerciseThumbnails::setThumbnailSize(const QSize &size)
{
    m_size = size;
    refresh();
}

void ExerciseThumbnails::refresh()
{
    m_cache.clear();
    m_blank = QPixmap();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

QVariant ExerciseThumbnails::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QString id = index.data(ExerciseListModel::IdRole).toString();
    auto cached = m_cache.constFind(id);
    if (cached != m_cache.constEnd())
        return *cached;
    if (!m_drawing)
        return blank();
    return *m_cache.insert(id, render(id));
}

void ExerciseThumbnails::drawAfterFirstPaintOf(QWidget *view)
{
    m_drawing = false;
    view->installEventFilter(this);
}

bool ExerciseThumbnails::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_drawing) {
        watched->removeEventFilter(this);
        // On the event loop's next turn: the first picture is on the screen by then.
        QTimer::singleShot(0, this, [this] {
            m_drawing = true;
            refresh();
        });
    }
    return QIdentityProxyModel::eventFilter(watched, event);
}

QPixmap ExerciseThumbnails::blank() const
{
    if (m_blank.isNull()) {
        const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
        m_blank = QPixmap(m_size * ratio);
        m_blank.setDevicePixelRatio(ratio);
        m_blank.fill(QApplication::palette().color(QPalette::Base));
    }
    return m_blank;
}

QPixmap ExerciseThumbnails::render(const QString &exerciseId) const
{
    const IllustrationSpec *spec = m_illustrations.find(exerciseId);
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(m_size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    // Drawn on the list's own background: the figure separates overlapping limbs with it.
    const QPalette palette = QApplication::palette();
    pixmap.fill(palette.color(QPalette::Base));
    if (!spec || spec->positions.isEmpty())
        return pixmap;
    FigureColors colors = FigureColors::forPalette(palette);
    colors.background = palette.color(QPalette::Base);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The last key position is the telling one: the stretch, the hold, the lift.
    const KeyPosition &position = spec->positions.last();
    FigurePainter(colors).paint(painter, QRectF(QPointF(0, 0), QSizeF(m_size)), *spec, position.pose, Side::None);
    return pixmap;
}

} // namespace Limber
