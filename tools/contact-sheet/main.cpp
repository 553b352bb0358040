// Renders every exercise illustration at every key position (both sides for per-side
// exercises) into one labelled PNG, to review the art as a whole. Runs without a display:
//   QT_QPA_PLATFORM=offscreen limber-contact-sheet docs/illustrations.png [--dark]
// Review options: --only <exercise id> draws just that exercise; --tween adds in-between poses;
// --poses <file> reads poses from a file instead of the bundled resource (to edit without rebuilding).
#include "illustration/IllustrationFormat.h"
#include "illustration/PoseInterpolation.h"
#include "render/FigurePainter.h"
#include "storage/CatalogFormat.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

namespace {

struct Cell {
    QString title;
    QString caption;
    const Limber::IllustrationSpec *spec = nullptr;
    Limber::Pose pose;
    Limber::Side side = Limber::Side::None;
    QList<Limber::MotionArrow> arrows;
};

QString sideName(Limber::Side side)
{
    switch (side) {
    case Limber::Side::Left:
        return QApplication::translate("ContactSheet", "left side");
    case Limber::Side::Right:
        return QApplication::translate("ContactSheet", "right side");
    case Limber::Side::None:
        break;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("ContactSheet", "Renders every Limber illustration."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("out"), QApplication::translate("ContactSheet", "The PNG to write."));
    const QCommandLineOption dark(QStringLiteral("dark"), QApplication::translate("ContactSheet", "Dark background."));
    const QCommandLineOption only(QStringLiteral("only"), QApplication::translate("ContactSheet", "One exercise."),
                                  QStringLiteral("id"));
    const QCommandLineOption tween(QStringLiteral("tween"),
                                   QApplication::translate("ContactSheet", "Add poses between key positions."));
    const QCommandLineOption poses(QStringLiteral("poses"),
                                   QApplication::translate("ContactSheet", "Read the poses from this file."),
                                   QStringLiteral("file"));
    const QCommandLineOption cellWidth(QStringLiteral("cell-width"),
                                       QApplication::translate("ContactSheet", "Width of one picture in pixels."),
                                       QStringLiteral("pixels"), QStringLiteral("340"));
    parser.addOptions({dark, only, tween, poses, cellWidth});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    QTextStream err(stderr);

    const Limber::Result<Limber::Catalog> catalog = Limber::CatalogFormat::load();
    if (!catalog) {
        err << catalog.error().message() << Qt::endl;
        return 1;
    }
    const Limber::Result<Limber::IllustrationSet> art = Limber::IllustrationFormat::load(
        parser.isSet(poses) ? parser.value(poses) : Limber::IllustrationFormat::builtInPath);
    if (!art) {
        err << art.error().message() << Qt::endl;
        return 1;
    }

    QList<Cell> cells;
    for (const Limber::Exercise &exercise : catalog.value().exercises()) {
        if (parser.isSet(only) && exercise.id != parser.value(only))
            continue;
        const Limber::IllustrationSpec *spec = art.value().find(exercise.id);
        if (!spec) {
            err << "contact-sheet: no illustration for " << exercise.id << Qt::endl;
            return 1;
        }
        const QList<Limber::Side> sides = spec->perSide ? QList<Limber::Side>{Limber::Side::Left, Limber::Side::Right}
                                                        : QList<Limber::Side>{Limber::Side::None};
        const QString title = exercise.code + QStringLiteral("  ") + exercise.name;
        for (const Limber::Side side : sides) {
            const QStringList names = exercise.illustration.keyPositions;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const Limber::KeyPosition *position = spec->position(names[i]);
                if (!position) {
                    err << "contact-sheet: " << exercise.id << " has no key position " << names[i] << Qt::endl;
                    return 1;
                }
                QString caption = names[i];
                if (side != Limber::Side::None)
                    caption += QStringLiteral(" · ") + sideName(side);
                cells.append({title, caption, spec, position->pose, side, position->arrows});
                if (parser.isSet(tween) && i + 1 < names.size()) {
                    const Limber::Pose &next = spec->position(names[i + 1])->pose;
                    for (const double t : {0.25, 0.5, 0.75})
                        cells.append({title,
                                      QStringLiteral("t = %1").arg(t),
                                      spec,
                                      Limber::PoseInterpolation::interpolate(position->pose, next, t),
                                      side,
                                      {}});
                }
            }
        }
    }

    const Limber::FigureColors colors
        = parser.isSet(dark) ? Limber::FigureColors::dark() : Limber::FigureColors::light();
    const Limber::FigurePainter figurePainter(colors);
    const int columns = int(std::clamp<qsizetype>(cells.size(), 1, 4));
    const int width = std::clamp(parser.value(cellWidth).toInt(), 120, 2000);
    const QSize cellSize(width, width * 27 / 34);
    const int titleHeight = 40;
    const int rows = int((cells.size() + columns - 1) / columns);
    QImage image(columns * cellSize.width(), titleHeight + rows * cellSize.height(),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(colors.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colors.ink);
    painter.drawText(
        QRect(0, 0, image.width(), titleHeight), Qt::AlignCenter,
        QApplication::translate("ContactSheet", "Limber illustrations: every exercise, every key position"));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells[i];
        const QRect box(int(i % columns) * cellSize.width(), titleHeight + int(i / columns) * cellSize.height(),
                        cellSize.width(), cellSize.height());
        painter.setPen(QPen(colors.prop, 1));
        painter.drawRect(box.adjusted(4, 4, -5, -5));
        font.setPixelSize(14);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(colors.ink);
        painter.drawText(box.adjusted(12, 8, -12, 0), Qt::AlignTop | Qt::AlignLeft, cell.title);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(colors.farInk);
        painter.drawText(box.adjusted(12, 0, -12, -10), Qt::AlignBottom | Qt::AlignHCenter, cell.caption);
        const QRectF figureArea = QRectF(box).adjusted(12, 30, -12, -32);
        figurePainter.paint(painter, figureArea, *cell.spec, cell.pose, cell.side, cell.arrows);
    }
    painter.end();
    const QString out = parser.positionalArguments().constFirst();
    if (!image.save(out)) {
        err << "contact-sheet: could not write " << out << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "contact-sheet: wrote " << out << Qt::endl;
    return 0;
}
