#include "RoutineSheetWriter.h"

#include "FigurePainter.h"
#include "model/Catalog.h"
#include "model/ConcreteDose.h"
#include "model/DoseText.h"
#include "model/Durations.h"
#include "model/ExerciseFacts.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <functional>

namespace Limber {

namespace {

constexpr double marginMillimetres = 15.0;

// The sheet's colours: dark text, one blue accent, a warm colour for safety notes, light greys
// for rules. Everything still reads when printed in black and white.
struct Ink {
    QColor text{0x1f, 0x29, 0x33};
    QColor muted{0x5b, 0x67, 0x76};
    QColor accent{0x1d, 0x5a, 0x85};
    QColor rule{0xc3, 0xcc, 0xd6};
    QColor faint{0xee, 0xf3, 0xf8};
    QColor safety{0xa3, 0x4a, 0x0d};
    QColor safetyFill{0xfd, 0xf4, 0xe8};
    QColor white{0xff, 0xff, 0xff};
};

// One piece of the sheet that is never split across pages: the header, the advice, an
// exercise (or a row of two in the compact layout), a week of the tracking grid.
struct Block {
    double height = 0;
    double gapBefore = 0;
    std::function<void(QPainter &, double top)> paint;
};

struct Placed {
    qsizetype block;
    double top;
};

// Measures and paints the parts of one sheet on one device. Lengths are given in points and
// converted to the device's pixels, so the same layout serves a 1200 dpi PDF and a preview.
class Composer
{
    Q_DECLARE_TR_FUNCTIONS(Limber::RoutineSheetWriter)

public:
    Composer(const QPaintDevice &device, const RoutineSheet &sheet, const Catalog &catalog,
             const IllustrationSet &illustrations)
        : m_device(device)
        , m_sheet(sheet)
        , m_catalog(catalog)
        , m_illustrations(illustrations)
        , m_figures(FigureColors::light())
        , m_scale(device.logicalDpiY() / 72.0)
        , m_width(device.width())
        , m_compact(sheet.layout == RoutineSheet::Layout::Compact)
    { }

    [[nodiscard]] double footerHeight() const { return pt(24); }

    [[nodiscard]] QList<Block> blocks(double pageHeight) const
    {
        QList<Block> all{header(), advice()};
        const QList<const RoutineItem *> items = printableItems();
        if (m_compact) {
            for (qsizetype i = 0; i < items.size(); ++i)
                all.append(compactRow(*items.at(i), int(i) + 1));
        } else {
            for (qsizetype i = 0; i < items.size(); ++i)
                all.append(exercise(*items.at(i), int(i) + 1));
        }
        all.append(trackingGrid(items, pageHeight));
        return all;
    }

    void paintFooter(QPainter &painter, double top, int page, int pages) const
    {
        const double y = top + pt(8);
        painter.setPen(QPen(m_ink.rule, pt(0.6)));
        painter.drawLine(QPointF(0, y), QPointF(m_width, y));
        const QFont small = font(7.5);
        painter.setFont(small);
        painter.setPen(m_ink.muted);
        const QRectF line(0, y + pt(4), m_width, pt(12));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Limber · %1 · %2 level", "footer: routine name, level")
                             .arg(m_sheet.routine.name, levelLabel(m_sheet.level)));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
    }

private:
    [[nodiscard]] double pt(double points) const { return points * m_scale; }

    [[nodiscard]] static QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false)
    {
        QFont f;
        f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setWeight(weight);
        f.setItalic(italic);
        return f;
    }

    [[nodiscard]] QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, &m_device); }

    static constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

    [[nodiscard]] double textHeight(const QFont &f, double width, const QString &text) const
    {
        if (text.isEmpty())
            return 0;
        return metrics(f).boundingRect(QRectF(0, 0, width, 1e9), wrapFlags, text).height();
    }

    // Draws wrapped text with its top-left at (x, y) and returns its height.
    double drawText(QPainter &painter, const QFont &f, const QColor &color, double x, double y, double width,
                    const QString &text) const
    {
        const double height = textHeight(f, width, text);
        painter.setFont(f);
        painter.setPen(color);
        painter.drawText(QRectF(x, y, width, height + pt(2)), wrapFlags, text);
        return height;
    }

    [[nodiscard]] QList<const RoutineItem *> printableItems() const
    {
        QList<const RoutineItem *> items;
        for (const RoutineItem &item : m_sheet.routine.items) {
            if (m_catalog.find(item.exerciseId))
                items.append(&item);
        }
        return items;
    }

    // --- Header -------------------------------------------------------------------------------

    [[nodiscard]] Block header() const
    {
        const QFont kicker = font(m_compact ? 7.5 : 8, QFont::Bold);
        const QFont title = font(m_compact ? 17 : 20, QFont::Bold);
        const QFont facts = font(m_compact ? 9.5 : 10.5);
        const QFont description = font(m_compact ? 8.5 : 9.5, QFont::Normal, true);
        const QFont field = font(m_compact ? 9 : 10);
        const int count = int(printableItems().size());
        const QString factsText
            = tr("Level: %1   ·   Takes about %2   ·   %n exercises", nullptr, count)
                  .arg(levelLabel(m_sheet.level),
                       DoseText::duration(routineSeconds(m_sheet.routine, m_catalog, m_sheet.level)));
        const QString descriptionText = m_sheet.routine.description;
        const double gap = pt(m_compact ? 3 : 6);

        const double kickerHeight = metrics(kicker).height();
        const double titleHeight = textHeight(title, m_width, m_sheet.routine.name);
        const double factsHeight = textHeight(facts, m_width, factsText);
        const double descriptionHeight = textHeight(description, m_width, descriptionText);
        const double fieldHeight = metrics(field).height();
        const double height = kickerHeight + pt(2) + titleHeight + gap + factsHeight
            + (descriptionText.isEmpty() ? 0 : pt(3) + descriptionHeight) + gap * 2 + fieldHeight + gap + pt(2);

        Block block;
        block.height = height;
        block.paint = [=, this](QPainter &painter, double top) {
            double y = top;
            painter.setFont(kicker);
            painter.setPen(m_ink.accent);
            painter.drawText(QRectF(0, y, m_width, kickerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("ROUTINE SHEET"));
            painter.setPen(m_ink.muted);
            painter.drawText(QRectF(0, y, m_width, kickerHeight), Qt::AlignRight | Qt::AlignVCenter,
                             tr("Limber · exercises for the mid and upper back"));
            y += kickerHeight + pt(2);
            y += drawText(painter, title, m_ink.text, 0, y, m_width, m_sheet.routine.name) + gap;
            y += drawText(painter, facts, m_ink.text, 0, y, m_width, factsText);
            if (!descriptionText.isEmpty())
                y += pt(3) + drawText(painter, description, m_ink.muted, 0, y + pt(3), m_width, descriptionText);
            y += gap * 2;

            // "For: ____   Date: ____", to fill in by hand when no name was given.
            painter.setFont(field);
            const QFontMetricsF fm = metrics(field);
            const QString forLabel = tr("For:");
            painter.setPen(m_ink.muted);
            painter.drawText(QPointF(0, y + fm.ascent()), forLabel);
            const double nameX = fm.horizontalAdvance(forLabel) + pt(6);
            if (m_sheet.personName.isEmpty()) {
                painter.setPen(QPen(m_ink.rule, pt(0.6)));
                painter.drawLine(QPointF(nameX, y + fm.ascent() + pt(2)),
                                 QPointF(nameX + m_width * 0.38, y + fm.ascent() + pt(2)));
            } else {
                painter.setFont(font(m_compact ? 9 : 10, QFont::Bold));
                painter.setPen(m_ink.text);
                painter.drawText(QRectF(nameX, y, m_width * 0.55, fieldHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 metrics(font(m_compact ? 9 : 10, QFont::Bold))
                                     .elidedText(m_sheet.personName, Qt::ElideRight, m_width * 0.55));
            }
            painter.setFont(field);
            painter.setPen(m_ink.muted);
            const QString dateText = tr("Date: %1").arg(QLocale().toString(m_sheet.printedDate(), QLocale::LongFormat));
            painter.drawText(QRectF(0, y, m_width, fieldHeight), Qt::AlignRight | Qt::AlignVCenter, dateText);
            y += fieldHeight + gap;
            painter.setPen(QPen(m_ink.accent, pt(1.5)));
            painter.drawLine(QPointF(0, y), QPointF(m_width, y));
        };
        return block;
    }

    // --- Advice -------------------------------------------------------------------------------

    [[nodiscard]] Block advice() const
    {
        const QFont heading = font(m_compact ? 8.5 : 10, QFont::Bold);
        const QFont body = font(m_compact ? 8 : 9);
        const QFont strong = font(m_compact ? 8 : 9, QFont::Bold);
        const QStringList points{
            tr("A few minutes every day does more good than a long session once in a while."),
            tr("Keep at it: doing the routine regularly is what brings lasting relief and helps keep the pain "
               "away."),
        };
        const QString warning = tr("If your pain persists or gets worse, see a healthcare professional.");
        const QString headingText = tr("How to get the most from it");
        const double pad = pt(m_compact ? 5 : 8);
        const double bar = pt(3);
        const double bullet = pt(10);
        const double textWidth = m_width - bar - pad * 2 - bullet;
        double height = pad + metrics(heading).height() + pt(2);
        for (const QString &point : points)
            height += textHeight(body, textWidth, point) + pt(1.5);
        height += textHeight(strong, textWidth, warning) + pad;

        Block block;
        block.height = height;
        block.gapBefore = pt(m_compact ? 6 : 12);
        block.paint = [=, this](QPainter &painter, double top) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_ink.faint);
            painter.drawRect(QRectF(0, top, m_width, height));
            painter.setBrush(m_ink.accent);
            painter.drawRect(QRectF(0, top, bar, height));
            painter.setBrush(Qt::NoBrush);
            const double x = bar + pad;
            double y = top + pad;
            painter.setFont(heading);
            painter.setPen(m_ink.accent);
            painter.drawText(QPointF(x, y + metrics(heading).ascent()), headingText);
            y += metrics(heading).height() + pt(2);
            auto item = [&](const QFont &f, const QString &text) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(m_ink.accent);
                const double dot = pt(1.6);
                painter.drawEllipse(QPointF(x + dot * 1.5, y + metrics(f).ascent() * 0.62), dot, dot);
                painter.setBrush(Qt::NoBrush);
                y += drawText(painter, f, m_ink.text, x + bullet, y, textWidth, text) + pt(1.5);
            };
            for (const QString &point : points)
                item(body, point);
            item(strong, warning);
        };
        return block;
    }

    // --- Exercises ----------------------------------------------------------------------------

    struct ExerciseTexts {
        QString name;
        QString dose;
        QString time;
        QString facts;
        QStringList steps;
        QString safety;
        bool perSide = false;
    };

    [[nodiscard]] ExerciseTexts texts(const RoutineItem &item) const
    {
        const Exercise &exercise = *m_catalog.find(item.exerciseId);
        const ConcreteDose dose = ConcreteDose::resolve(exercise.dose, m_sheet.level, item.override);
        ExerciseTexts texts;
        texts.name = exercise.name;
        texts.dose = DoseText::describe(dose);
        texts.time = tr("about %1", "time an exercise takes").arg(DoseText::duration(exerciseSeconds(dose, {})));
        texts.facts = ExerciseFacts::printed(exercise);
        texts.steps = exercise.steps;
        texts.safety = exercise.safety;
        texts.perSide = dose.perSide;
        return texts;
    }

    // The key positions, side by side in equal cells, with a small arrow between them.
    struct Figures {
        const IllustrationSpec *spec = nullptr;
        QList<const KeyPosition *> positions;
        double cellWidth = 0;
        double cellHeight = 0;
        double gap = 0;
    };

    [[nodiscard]] Figures figures(const QString &exerciseId, double width, double maxHeight) const
    {
        Figures result;
        result.spec = m_illustrations.find(exerciseId);
        const Exercise *exercise = m_catalog.find(exerciseId);
        if (!result.spec || !exercise)
            return result;
        for (const QString &name : exercise->illustration.keyPositions) {
            if (const KeyPosition *position = result.spec->position(name))
                result.positions.append(position);
        }
        if (result.positions.isEmpty()) {
            result.spec = nullptr;
            return result;
        }
        const qsizetype n = result.positions.size();
        result.gap = pt(m_compact ? 10 : 14);
        result.cellWidth = (width - result.gap * double(n - 1)) / double(n);
        const double aspect = std::max(0.2, FigurePainter::aspectRatio(*result.spec));
        result.cellHeight = std::clamp(result.cellWidth / aspect, maxHeight * 0.55, maxHeight);
        return result;
    }

    void paintFigures(QPainter &painter, const Figures &figs, double x, double y) const
    {
        if (!figs.spec)
            return;
        const FigureSide side = figs.spec->perSide
            ? (figs.spec->authoredSide == FigureSide::None ? FigureSide::Left : figs.spec->authoredSide)
            : FigureSide::None;
        for (qsizetype i = 0; i < figs.positions.size(); ++i) {
            const QRectF cell(x + double(i) * (figs.cellWidth + figs.gap), y, figs.cellWidth, figs.cellHeight);
            painter.setPen(QPen(m_ink.rule, pt(0.6)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(cell, pt(4), pt(4));
            const double inset = pt(m_compact ? 3 : 5);
            painter.save();
            m_figures.paint(painter, cell.adjusted(inset, inset, -inset, -inset), *figs.spec,
                            figs.positions.at(i)->pose, side, figs.positions.at(i)->arrows);
            painter.restore();
            // A small number in the corner: the order of the positions.
            painter.setFont(font(m_compact ? 6.5 : 7, QFont::Bold));
            painter.setPen(m_ink.muted);
            painter.drawText(cell.adjusted(pt(4), pt(2), 0, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(i + 1));
            if (i + 1 < figs.positions.size()) {
                // A chevron pointing on to the next position.
                const double cx = cell.right() + figs.gap / 2;
                const double cy = cell.center().y();
                const double s = figs.gap * 0.18;
                QPainterPath chevron;
                chevron.moveTo(cx - s, cy - s * 1.6);
                chevron.lineTo(cx + s, cy);
                chevron.lineTo(cx - s, cy + s * 1.6);
                painter.setPen(QPen(m_ink.muted, pt(1.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPath(chevron);
            }
        }
    }

    [[nodiscard]] QString perSideNote() const { return tr("Shown on one side: do the same on the other side."); }

    // Steps as a numbered list and the safety note in a tinted box; returns the height.
    [[nodiscard]] double stepsHeight(const ExerciseTexts &t, double width, const QFont &body, const QFont &label,
                                     const QFont &safety) const
    {
        const double indent = pt(m_compact ? 11 : 13);
        double height = 0;
        for (const QString &step : t.steps)
            height += textHeight(body, width - indent, step) + pt(m_compact ? 1 : 2.5);
        if (!t.safety.isEmpty()) {
            const double pad = pt(m_compact ? 3 : 5);
            height += pt(m_compact ? 2.5 : 4) + pad + metrics(label).height()
                + textHeight(safety, width - pad * 2 - pt(2.5), t.safety) + pad;
        }
        return height;
    }

    void paintSteps(QPainter &painter, const ExerciseTexts &t, double x, double y, double width, const QFont &body,
                    const QFont &label, const QFont &safety) const
    {
        const double indent = pt(m_compact ? 11 : 13);
        for (qsizetype i = 0; i < t.steps.size(); ++i) {
            QFont numberFont = body;
            numberFont.setWeight(QFont::Bold);
            painter.setFont(numberFont);
            painter.setPen(m_ink.accent);
            painter.drawText(QPointF(x, y + metrics(body).ascent()), QStringLiteral("%1.").arg(i + 1));
            y += drawText(painter, body, m_ink.text, x + indent, y, width - indent, t.steps.at(i))
                + pt(m_compact ? 1 : 2.5);
        }
        if (t.safety.isEmpty())
            return;
        const double pad = pt(m_compact ? 3 : 5);
        const double bar = pt(2.5);
        y += pt(m_compact ? 2.5 : 4);
        const double boxHeight
            = pad + metrics(label).height() + textHeight(safety, width - pad * 2 - bar, t.safety) + pad;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_ink.safetyFill);
        painter.drawRect(QRectF(x, y, width, boxHeight));
        painter.setBrush(m_ink.safety);
        painter.drawRect(QRectF(x, y, bar, boxHeight));
        painter.setBrush(Qt::NoBrush);
        painter.setFont(label);
        painter.setPen(m_ink.safety);
        painter.drawText(QPointF(x + bar + pad, y + pad + metrics(label).ascent()), tr("SAFETY"));
        drawText(painter, safety, m_ink.text, x + bar + pad, y + pad + metrics(label).height(), width - pad * 2 - bar,
                 t.safety);
    }

    // A numbered disc followed by the exercise's name.
    void paintTitle(QPainter &painter, int number, const QString &name, double y, double width, const QFont &title,
                    double disc, const QString &time) const
    {
        const QFontMetricsF fm = metrics(title);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_ink.accent);
        painter.drawEllipse(QRectF(0, y + (fm.height() - disc) / 2, disc, disc));
        painter.setBrush(Qt::NoBrush);
        painter.setFont(font(title.pointSizeF() * 0.62, QFont::Bold));
        painter.setPen(m_ink.white);
        painter.drawText(QRectF(0, y + (fm.height() - disc) / 2, disc, disc), Qt::AlignCenter, QString::number(number));
        const QFont timeFont = font(title.pointSizeF() * 0.62);
        const double timeWidth = time.isEmpty() ? 0 : metrics(timeFont).horizontalAdvance(time) + pt(8);
        painter.setFont(title);
        painter.setPen(m_ink.text);
        const double nameX = disc + pt(6);
        painter.drawText(QRectF(nameX, y, width - nameX - timeWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(name, Qt::ElideRight, width - nameX - timeWidth));
        if (!time.isEmpty()) {
            painter.setFont(timeFont);
            painter.setPen(m_ink.muted);
            painter.drawText(QRectF(0, y, width, fm.height()), Qt::AlignRight | Qt::AlignVCenter, time);
        }
    }

    [[nodiscard]] Block exercise(const RoutineItem &item, int number) const
    {
        const ExerciseTexts t = texts(item);
        const QFont title = font(13, QFont::Bold);
        const QFont dose = font(11, QFont::Bold);
        const QFont facts = font(8.5);
        const QFont body = font(9.5);
        const QFont label = font(7, QFont::Bold);
        const QFont safety = font(9);
        const QFont note = font(8, QFont::Normal, true);
        const double disc = pt(18);
        const double textX = disc + pt(6);
        const double pad = pt(10);

        const double figureWidth = m_width * 0.42;
        const Figures figs = figures(item.exerciseId, figureWidth, pt(100));
        const bool hasFigures = figs.spec != nullptr;
        const double stepsX = hasFigures ? figureWidth + pt(18) : textX;
        const double stepsWidth = m_width - stepsX;
        const double noteHeight = t.perSide && hasFigures ? pt(3) + textHeight(note, figureWidth, perSideNote()) : 0;
        const double titleHeight = metrics(title).height();
        const double doseHeight = textHeight(dose, m_width - textX, t.dose);
        const double factsHeight = textHeight(facts, m_width - textX, t.facts);
        const double headHeight = titleHeight + pt(1) + doseHeight + pt(1) + factsHeight + pt(8);
        const double bodyHeight = std::max(hasFigures ? figs.cellHeight + noteHeight : 0.0,
                                           stepsHeight(t, stepsWidth, body, label, safety));
        const double height = pad + headHeight + bodyHeight + pad;

        Block block;
        block.height = height;
        block.gapBefore = 0;
        block.paint = [=, this](QPainter &painter, double top) {
            double y = top + pad;
            paintTitle(painter, number, t.name, y, m_width, title, disc, t.time);
            y += titleHeight + pt(1);
            y += drawText(painter, dose, m_ink.accent, textX, y, m_width - textX, t.dose) + pt(1);
            y += drawText(painter, facts, m_ink.muted, textX, y, m_width - textX, t.facts) + pt(8);
            if (hasFigures) {
                paintFigures(painter, figs, 0, y);
                if (t.perSide)
                    drawText(painter, note, m_ink.muted, 0, y + figs.cellHeight + pt(3), figureWidth, perSideNote());
            }
            paintSteps(painter, t, stepsX, y, stepsWidth, body, label, safety);
            painter.setPen(QPen(m_ink.rule, pt(0.6)));
            painter.drawLine(QPointF(0, top + height), QPointF(m_width, top + height));
        };
        return block;
    }

    // --- Compact rows -------------------------------------------------------------------------

    // The steps as one paragraph: "1. Sit tall.  2. Squeeze ...".
    [[nodiscard]] static QString runOnSteps(const QStringList &steps)
    {
        QStringList numbered;
        for (qsizetype i = 0; i < steps.size(); ++i)
            numbered.append(tr("%1. %2", "a numbered step").arg(i + 1).arg(steps.at(i)));
        return numbered.join(QStringLiteral("  "));
    }

    // One exercise as a row of a table: small figures on the left; name and dose on one line,
    // then the facts, the steps as a paragraph and the safety note on the right.
    [[nodiscard]] Block compactRow(const RoutineItem &item, int number) const
    {
        const ExerciseTexts t = texts(item);
        const QFont title = font(10, QFont::Bold);
        const QFont dose = font(9, QFont::Bold);
        const QFont facts = font(7.5);
        const QFont body = font(8);
        const QFont safety = font(7.5, QFont::Normal, true);
        const QFont note = font(6.5, QFont::Normal, true);
        const double pad = pt(6);
        const double disc = pt(14);
        const double figureWidth = m_width * 0.30;
        const Figures figs = figures(item.exerciseId, figureWidth, pt(62));
        const bool hasFigures = figs.spec != nullptr;
        const double x = hasFigures ? figureWidth + pt(12) : 0;
        const double width = m_width - x;
        const double textX = disc + pt(5);
        const double textWidth = width - textX;
        const double bar = pt(2);
        const double titleHeight = metrics(title).height();
        const double timeWidth = metrics(facts).horizontalAdvance(t.time) + pt(8);
        const double nameWidth = metrics(title).horizontalAdvance(t.name);
        const bool doseInline
            = textX + nameWidth + pt(10) + metrics(dose).horizontalAdvance(t.dose) <= width - timeWidth;
        const double doseHeight = doseInline ? 0 : textHeight(dose, textWidth, t.dose);
        const double factsHeight = textHeight(facts, textWidth, t.facts);
        const QString stepsText = runOnSteps(t.steps);
        const double stepsHeight = textHeight(body, textWidth, stepsText);
        const QString safetyText = t.safety.isEmpty() ? QString() : tr("Safety: %1").arg(t.safety);
        const double safetyHeight
            = safetyText.isEmpty() ? 0 : pt(3) + textHeight(safety, textWidth - bar - pt(4), safetyText);
        const double textBlock = titleHeight + doseHeight + factsHeight + pt(3) + stepsHeight + safetyHeight;
        const double noteHeight = t.perSide && hasFigures ? pt(2) + textHeight(note, figureWidth, perSideNote()) : 0;
        const double height = pad + std::max(hasFigures ? figs.cellHeight + noteHeight : 0.0, textBlock) + pad;

        Block block;
        block.height = height;
        block.paint = [=, this](QPainter &painter, double top) {
            if (hasFigures) {
                const double used
                    = figs.cellWidth * double(figs.positions.size()) + figs.gap * double(figs.positions.size() - 1);
                paintFigures(painter, figs, (figureWidth - used) / 2, top + pad);
                if (t.perSide)
                    drawText(painter, note, m_ink.muted, 0, top + pad + figs.cellHeight + pt(2), figureWidth,
                             perSideNote());
            }
            double y = top + pad;
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_ink.accent);
            painter.drawEllipse(QRectF(x, y + (titleHeight - disc) / 2, disc, disc));
            painter.setBrush(Qt::NoBrush);
            painter.setFont(font(7, QFont::Bold));
            painter.setPen(m_ink.white);
            painter.drawText(QRectF(x, y + (titleHeight - disc) / 2, disc, disc), Qt::AlignCenter,
                             QString::number(number));
            painter.setFont(title);
            painter.setPen(m_ink.text);
            painter.drawText(QRectF(x + textX, y, width - textX - timeWidth, titleHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics(title).elidedText(t.name, Qt::ElideRight, width - textX - timeWidth));
            if (doseInline) {
                painter.setFont(dose);
                painter.setPen(m_ink.accent);
                painter.drawText(QRectF(x + textX + nameWidth + pt(10), y, width, titleHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, t.dose);
            }
            painter.setFont(facts);
            painter.setPen(m_ink.muted);
            painter.drawText(QRectF(x, y, width, titleHeight), Qt::AlignRight | Qt::AlignVCenter, t.time);
            y += titleHeight;
            if (!doseInline)
                y += drawText(painter, dose, m_ink.accent, x + textX, y, textWidth, t.dose);
            y += drawText(painter, facts, m_ink.muted, x + textX, y, textWidth, t.facts) + pt(3);
            y += drawText(painter, body, m_ink.text, x + textX, y, textWidth, stepsText);
            if (!safetyText.isEmpty()) {
                y += pt(3);
                const double h = textHeight(safety, textWidth - bar - pt(4), safetyText);
                painter.setPen(Qt::NoPen);
                painter.setBrush(m_ink.safety);
                painter.drawRect(QRectF(x + textX, y, bar, h));
                painter.setBrush(Qt::NoBrush);
                drawText(painter, safety, m_ink.safety, x + textX + bar + pt(4), y, textWidth - bar - pt(4),
                         safetyText);
            }
            painter.setPen(QPen(m_ink.rule, pt(0.6)));
            painter.drawLine(QPointF(0, top + height), QPointF(m_width, top + height));
        };
        return block;
    }

    // --- Tracking grid ------------------------------------------------------------------------

    [[nodiscard]] double rowHeight() const { return pt(m_compact ? 13 : 17); }

    [[nodiscard]] QStringList dayNames() const
    {
        const QLocale locale;
        QStringList names;
        const int first = int(locale.firstDayOfWeek());
        for (int i = 0; i < 7; ++i)
            names.append(locale.dayName((first - 1 + i) % 7 + 1, QLocale::ShortFormat));
        return names;
    }

    // One week of tick boxes (or part of one, for a routine too long for a page), with the
    // grid's heading above the first.
    [[nodiscard]] Block weekTable(const QList<const RoutineItem *> &items, int week, qsizetype from, qsizetype to,
                                  bool withHeading, bool withPainRow) const
    {
        const QFont heading = font(m_compact ? 10 : 11.5, QFont::Bold);
        const QFont explanation = font(m_compact ? 7.5 : 8.5);
        const QFont headFont = font(8.5, QFont::Bold);
        const QFont cellFont = font(m_compact ? 8 : 8.5);
        const QFont painFont = font(m_compact ? 7.5 : 8, QFont::Normal, true);
        const QString headingText = tr("Tracking");
        const QString explanationText
            = tr("Tick a box for each exercise you do. In the last row, rate your back pain that day from 0 (none) "
                 "to 10 (worst).");
        const double headingHeight = withHeading
            ? metrics(heading).height() + pt(2) + textHeight(explanation, m_width, explanationText) + pt(6)
            : 0;
        const double headerRow = pt(m_compact ? 15 : 18);
        const double row = rowHeight();
        const qsizetype rows = to - from + (withPainRow ? 1 : 0);
        const double height = headingHeight + headerRow + row * double(rows);
        const double nameWidth = m_width * 0.34;
        const double dayWidth = (m_width - nameWidth) / 7;
        const QStringList days = dayNames();
        QStringList names;
        for (qsizetype i = from; i < to; ++i)
            names.append(QStringLiteral("%1. %2").arg(i + 1).arg(m_catalog.find(items.at(i)->exerciseId)->name));

        Block block;
        block.height = height;
        block.gapBefore = pt(withHeading ? (m_compact ? 10 : 16) : 10);
        block.paint = [=, this](QPainter &painter, double top) {
            double y = top;
            if (withHeading) {
                painter.setFont(heading);
                painter.setPen(m_ink.accent);
                painter.drawText(QPointF(0, y + metrics(heading).ascent()), headingText);
                y += metrics(heading).height() + pt(2);
                y += drawText(painter, explanation, m_ink.muted, 0, y, m_width, explanationText) + pt(6);
            }
            const double tableTop = y;
            // Header row.
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_ink.faint);
            painter.drawRect(QRectF(0, y, m_width, headerRow));
            painter.setBrush(Qt::NoBrush);
            painter.setFont(headFont);
            painter.setPen(m_ink.text);
            const QString weekText = m_sheet.weeks > 1 ? tr("Week %1 of %2").arg(week).arg(m_sheet.weeks) : tr("Week");
            painter.drawText(QRectF(pt(5), y, nameWidth - pt(5), headerRow), Qt::AlignLeft | Qt::AlignVCenter,
                             weekText);
            painter.setFont(font(7.5));
            painter.setPen(m_ink.muted);
            painter.drawText(QRectF(0, y, nameWidth - pt(5), headerRow), Qt::AlignRight | Qt::AlignVCenter,
                             tr("from ___ / ___"));
            painter.setFont(headFont);
            painter.setPen(m_ink.text);
            for (int d = 0; d < 7; ++d)
                painter.drawText(QRectF(nameWidth + dayWidth * d, y, dayWidth, headerRow), Qt::AlignCenter, days.at(d));
            y += headerRow;
            // Exercise rows with a tick box each day.
            const double box = pt(9);
            for (qsizetype r = 0; r < names.size(); ++r) {
                painter.setFont(cellFont);
                painter.setPen(m_ink.text);
                painter.drawText(QRectF(pt(5), y, nameWidth - pt(8), row), Qt::AlignLeft | Qt::AlignVCenter,
                                 metrics(cellFont).elidedText(names.at(r), Qt::ElideRight, nameWidth - pt(8)));
                painter.setPen(QPen(m_ink.muted, pt(0.7)));
                for (int d = 0; d < 7; ++d) {
                    const QPointF centre(nameWidth + dayWidth * (d + 0.5), y + row / 2);
                    painter.drawRoundedRect(QRectF(centre.x() - box / 2, centre.y() - box / 2, box, box), pt(1.5),
                                            pt(1.5));
                }
                y += row;
                painter.setPen(QPen(m_ink.rule, pt(0.5)));
                painter.drawLine(QPointF(0, y), QPointF(m_width, y));
            }
            if (withPainRow) {
                painter.setFont(painFont);
                painter.setPen(m_ink.muted);
                painter.drawText(QRectF(pt(5), y, nameWidth - pt(8), row), Qt::AlignLeft | Qt::AlignVCenter,
                                 tr("Back pain today (0–10)"));
                y += row;
            }
            // Grid lines and frame.
            painter.setPen(QPen(m_ink.rule, pt(0.5)));
            for (int d = 0; d <= 7; ++d) {
                const double x = nameWidth + dayWidth * d;
                painter.drawLine(QPointF(x, tableTop), QPointF(x, y));
            }
            painter.setPen(QPen(m_ink.muted, pt(0.8)));
            painter.drawRect(QRectF(0, tableTop, m_width, y - tableTop));
        };
        return block;
    }

    [[nodiscard]] QList<Block> trackingGrid(const QList<const RoutineItem *> &items, double pageHeight) const
    {
        // Rows that fit on one page besides the heading, the header row and the pain row.
        const double row = rowHeight();
        const qsizetype perPage = std::max<qsizetype>(1, qsizetype((pageHeight - pt(90)) / row) - 1);
        QList<Block> blocks;
        const int weeks = m_sheet.weekCount();
        for (int week = 1; week <= weeks; ++week) {
            for (qsizetype from = 0; from < std::max<qsizetype>(items.size(), 1); from += perPage) {
                const qsizetype to = std::min(items.size(), from + perPage);
                blocks.append(weekTable(items, week, from, to, week == 1 && from == 0, to == items.size()));
            }
        }
        return blocks;
    }

    const QPaintDevice &m_device;
    const RoutineSheet &m_sheet;
    const Catalog &m_catalog;
    const IllustrationSet &m_illustrations;
    const FigurePainter m_figures;
    const Ink m_ink;
    const double m_scale;
    const double m_width;
    const bool m_compact;
};

FileError fileError(const QString &path, const QString &problem)
{
    return FileError{QDir::toNativeSeparators(path), {}, problem};
}

} // namespace

RoutineSheetWriter::RoutineSheetWriter(const Catalog &catalog, IllustrationSet illustrations)
    : m_catalog(catalog)
    , m_illustrations(std::move(illustrations))
{ }

QPageLayout RoutineSheetWriter::pageLayout(RoutineSheet::Paper paper)
{
    const QMarginsF margins(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres);
    const QPageSize size(paper == RoutineSheet::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

int RoutineSheetWriter::paint(QPagedPaintDevice &device, const RoutineSheet &sheet) const
{
    const Composer composer(device, sheet, m_catalog, m_illustrations);
    const double available = device.height() - composer.footerHeight();
    const QList<Block> blocks = composer.blocks(available);

    // Each block goes on the current page if it fits there, else at the top of a new one.
    QList<QList<Placed>> pages(1);
    double bottom = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        double top = pages.last().isEmpty() ? 0 : bottom + block.gapBefore;
        if (!pages.last().isEmpty() && top + block.height > available) {
            pages.append(QList<Placed>());
            top = 0;
        }
        pages.last().append(Placed{i, top});
        bottom = top + block.height;
    }

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return 0;
        }
        for (const Placed &placed : pages.at(page)) {
            painter.save();
            blocks.at(placed.block).paint(painter, placed.top);
            painter.restore();
        }
        composer.paintFooter(painter, available, int(page) + 1, int(pages.size()));
    }
    return painter.end() ? int(pages.size()) : 0;
}

MaybeError RoutineSheetWriter::writePdf(const QString &path, const RoutineSheet &sheet) const
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return fileError(path, tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return fileError(path, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (target.isDir())
        return fileError(path, tr("this is a folder; give the name of a PDF file to write."));

    // Opened first, so that an unwritable folder is reported before any drawing.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, tr("the file cannot be written: %1.").arg(file.errorString()));

    // The PDF is drawn into memory: QPdfWriter closes its device when it ends, and a QSaveFile
    // must not be closed, only committed.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout(sheet.paper));
        writer.setResolution(1200);
        writer.setTitle(tr("%1: routine sheet").arg(sheet.routine.name));
        writer.setCreator(QStringLiteral("Limber %1").arg(QLatin1String(LIMBER_VERSION)));
        pages = paint(writer, sheet);
    }
    if (pages == 0) {
        file.cancelWriting();
        return fileError(path, tr("the sheet could not be drawn; nothing was written."));
    }
    const QByteArray &pdf = buffer.data();
    if (file.write(pdf) != pdf.size() || !file.commit())
        return fileError(path, tr("the file could not be written: %1. Nothing was changed.").arg(file.errorString()));
    return std::nullopt;
}

} // namespace Limber
